package io.factstream.query.editors;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The editor of a session cookie, which carries only the name it was signed in with: the roles are the account's
 * as the accounts file holds them now, and an account removed from it is signed out at its next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final AccountsFile accounts;

    public SessionIdentityProvider(AccountsFile accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.current().named(request.getPrincipal())
                .map(AccountsFile::identityOf).orElseThrow(AuthenticationFailedException::new));
    }
}
