package io.factstream.query.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditorAccountsTest {
    private static final String HASH = PasswordHash.of("s3cret-pass".toCharArray(), 1_000);

    @Test
    void aPasswordMatchesOnlyItsOwnHashAndEveryHashHasItsOwnSalt() {
        assertTrue(PasswordHash.matches("s3cret-pass".toCharArray(), HASH));
        assertFalse(PasswordHash.matches("s3cret-pasS".toCharArray(), HASH));
        assertFalse(HASH.equals(PasswordHash.of("s3cret-pass".toCharArray(), 1_000)), "salted");
        assertFalse(PasswordHash.matches("s3cret-pass".toCharArray(), "md5$abc"), "not a hash of ours");
        assertFalse(PasswordHash.matches("s3cret-pass".toCharArray(), "pbkdf2-sha256$x$!!$??"), "malformed");
        assertTrue(PasswordHash.of("x".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void accountsSignInByNameAndPasswordWithTheirRoles() {
        EditorAccounts accounts = EditorAccounts.parse(List.of("# desk", "", "jdoe editor,reader " + HASH));

        assertEquals(Set.of("editor", "reader"), accounts.signIn("jdoe", "s3cret-pass".toCharArray())
                .orElseThrow().roles());
        assertTrue(accounts.signIn("jdoe", "wrong".toCharArray()).isEmpty());
        assertTrue(accounts.signIn("nobody", "s3cret-pass".toCharArray()).isEmpty());
    }

    @Test
    void aMalformedFileNamesEveryBadLine() {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class, () -> EditorAccounts.parse(
                List.of("jdoe editor " + HASH, "asmith editor", "jdoe editor " + HASH, "x Editor " + HASH,
                        "y editor plaintext")));
        assertEquals("the editors' accounts file is malformed: line 2 is not 'name role[,role] pbkdf2-sha256$...'; "
                + "line 3 repeats account jdoe; line 4 is not 'name role[,role] pbkdf2-sha256$...'; "
                + "line 5 is not 'name role[,role] pbkdf2-sha256$...'", problem.getMessage());
    }
}
