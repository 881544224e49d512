package io.factstream.query.editors;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is signed in ({@code GET /editors/me}, 401 when nobody is) and signing out ({@code POST /editors/sign-out}).
 * Signing in is {@code POST /j_security_check} with {@code j_username} and {@code j_password} (Quarkus form
 * authentication), which answers 200 with the session cookie, or 401.
 */
@Path("/editors")
@Produces(MediaType.APPLICATION_JSON)
public class EditorResource {
    private final SecurityIdentity identity;

    public EditorResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    public record SignedIn(String name, Set<String> roles) {
    }

    @GET
    @Path("/me")
    @Authenticated
    public SignedIn me() {
        return new SignedIn(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.noContent().build();
    }
}
