package io.factstream.query.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts file of a deployment without an identity provider: one account per line, {@code name roles hash}, the
 * roles separated by commas ({@code editor}, or {@code reader} for one who may only read when reading needs sign-in),
 * the hash as {@link PasswordHash} writes it. Blank lines and lines starting with {@code #} are skipped.
 */
public final class EditorAccounts {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z-]{0,30}");

    /** Checked against when the name is unknown, so that a wrong name takes as long to refuse as a wrong password. */
    private static final String NO_ACCOUNT = PasswordHash.of("no account has this password".toCharArray());

    private final Map<String, Account> byName;

    private EditorAccounts(Map<String, Account> byName) {
        this.byName = byName;
    }

    public record Account(String name, Set<String> roles, String passwordHash) {
    }

    /** @throws IllegalArgumentException naming every malformed line, so a deployment stops with what to fix */
    public static EditorAccounts parse(List<String> lines) {
        Map<String, Account> accounts = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 3 || !NAME.matcher(fields[0]).matches()
                    || !Arrays.stream(fields[1].split(",")).allMatch(role -> ROLE.matcher(role).matches())
                    || !fields[2].startsWith("pbkdf2-sha256$")) {
                problems.add("line " + number + " is not 'name role[,role] pbkdf2-sha256$...'");
            } else if (accounts.putIfAbsent(fields[0], new Account(fields[0], Set.of(fields[1].split(",")),
                    fields[2])) != null) {
                problems.add("line " + number + " repeats account " + fields[0]);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the editors' accounts file is malformed: "
                    + String.join("; ", problems));
        }
        return new EditorAccounts(Map.copyOf(accounts));
    }

    /** The account with this name and password; empty for an unknown name or a wrong password alike. */
    public Optional<Account> signIn(String name, char[] password) {
        Account account = byName.get(name);
        boolean matches = PasswordHash.matches(password, account == null ? NO_ACCOUNT : account.passwordHash());
        return account != null && matches ? Optional.of(account) : Optional.empty();
    }

    /** The account of an editor signed in already (a session), by name alone. */
    public Optional<Account> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
