package io.factstream.query.editorial;

import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.VerdictOverride;
import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Editors override a claim's verdict ({@code PUT}), withdraw the override ({@code DELETE}) and anyone who may read
 * reads the claim's editorial history ({@code GET}). Deciding needs the {@code editor} role (401 when not signed in,
 * 403 without the role). Decisions are accepted once stored; the verdict service then publishes them as an editorial
 * revision on {@code verdicts}.
 */
@Path("/claims/{id}/override")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class OverrideResource {
    static final String EDITOR = "editor";
    private static final Pattern CLAIM_ID = Pattern.compile("[\\p{Alnum}._:-]{1,512}");

    private final EditorialDesk desk;
    private final ResultReader results;
    private final SecurityIdentity identity;

    public OverrideResource(EditorialDesk desk, ResultReader results, SecurityIdentity identity) {
        this.desk = desk;
        this.results = results;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed(EDITOR)
    public Response override(@PathParam("id") String claimId, OverrideRequest request) throws IOException, SQLException {
        return decide(claimId, request, true);
    }

    @DELETE
    @RolesAllowed(EDITOR)
    public Response withdraw(@PathParam("id") String claimId, OverrideRequest request) throws IOException, SQLException {
        return decide(claimId, request, false);
    }

    @GET
    public Response history(@PathParam("id") String claimId) throws SQLException {
        if (!CLAIM_ID.matcher(claimId).matches()) {
            return noSuchClaim();
        }
        return Response.ok(desk.history(claimId)).build();
    }

    /** No claim id holds anything but CLAIM_ID's characters, and PostgreSQL refuses some (NUL) outright. */
    private static Response noSuchClaim() {
        return Problem.of(Response.Status.NOT_FOUND, "no claim has such an id").toResponse();
    }

    private Response decide(String claimId, OverrideRequest request, boolean setting) throws IOException, SQLException {
        if (request == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "a JSON body with a note is required").toResponse();
        }
        if (!CLAIM_ID.matcher(claimId).matches()) {
            return noSuchClaim();
        }
        List<String> problems = request.problems(setting);
        if (!problems.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.join("; ", problems)).toResponse();
        }
        // Only a verdict can be overridden: the verdict service holds no state for a claim before its first one.
        Optional<Verdict> current = results.newestVerdict(claimId);
        if (current.isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "claim " + claimId + " has no verdict yet").toResponse();
        }
        VerdictLabel label = setting ? VerdictLabel.valueOf(request.label()) : null;
        VerdictOverride decision = desk.decide(claimId, current.get().articleId(), label, request.note().strip(),
                identity.getPrincipal().getName(), current.get().label());
        return Response.accepted(Map.of("overrideId", decision.overrideId())).build();
    }
}
