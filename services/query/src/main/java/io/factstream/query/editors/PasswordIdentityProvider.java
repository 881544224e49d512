package io.factstream.query.editors;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs an editor in with name and password (the dashboard's form) against the accounts file. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final AccountsFile accounts;

    public PasswordIdentityProvider(AccountsFile accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // Hashing takes a tenth of a second or more by design: off the event loop.
        return context.runBlocking(() -> accounts.current()
                .signIn(request.getUsername(), request.getPassword().getPassword())
                .map(AccountsFile::identityOf).orElseThrow(AuthenticationFailedException::new));
    }
}
