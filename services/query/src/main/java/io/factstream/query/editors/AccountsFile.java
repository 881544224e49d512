package io.factstream.query.editors;

import io.factstream.query.editors.EditorAccounts.Account;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The editors' accounts file named by {@code factstream.editors.accounts-file} ({@link EditorAccounts}). It is read
 * again when it changes, so an account is added or removed without a restart (a Kubernetes secret mounted as a file
 * is updated in place). Without a file nobody can sign in, and overrides are closed.
 */
@ApplicationScoped
public class AccountsFile {
    private static final Logger LOG = Logger.getLogger(AccountsFile.class);

    private final Optional<Path> file;
    private volatile EditorAccounts accounts = EditorAccounts.parse(List.of());
    private volatile FileTime readAt;

    public AccountsFile(@ConfigProperty(name = "factstream.editors.accounts-file") Optional<Path> file) {
        this.file = file;
    }

    /** A missing or malformed accounts file stops the service at start-up, saying what to fix. */
    void check(@Observes StartupEvent start) {
        if (file.isEmpty()) {
            LOG.warn("no editors' accounts file (FACTSTREAM_EDITORS_ACCOUNTS_FILE): nobody can sign in, and "
                    + "overrides are closed");
        } else if (current().isEmpty()) {
            LOG.warnf("the editors' accounts file %s holds no account: nobody can sign in", file.get());
        }
    }

    /** The accounts as the file holds them now; none without a file. */
    EditorAccounts current() {
        if (file.isEmpty()) {
            return accounts;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            if (!modified.equals(readAt)) {
                synchronized (this) {
                    if (!modified.equals(readAt)) {
                        accounts = EditorAccounts.parse(Files.readAllLines(file.get()));
                        readAt = modified;
                        LOG.infof("editors' accounts read from %s", file.get());
                    }
                }
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException("the editors' accounts file " + file.get() + " cannot be read", e);
        }
    }

    static SecurityIdentity identityOf(Account account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.name()))
                .addRoles(account.roles()).build();
    }
}
