package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * deploy/secrets/check-secrets.sh, run with {@code sh} as docker-compose.yml and the Kubernetes initContainers run it:
 * one line per refused secret, naming its variable and what to set, and one line when all are good.
 */
class CheckSecretsScriptTest {
    private static final Path SCRIPT = Repository.ROOT.resolve("deploy/secrets/check-secrets.sh");
    private static final Path DEMO_ACCOUNTS = Repository.ROOT.resolve("deploy/local/demo/editors");
    private static final String DOCS = "(see docs/operations.md#securing-a-deployment)";
    private static final String PASSWORD = Secrets.POSTGRES_PASSWORD;
    private static final String API_KEYS = "FACTSTREAM_INGEST_API_KEYS";
    private static final String SESSION_KEY = "FACTSTREAM_SESSION_KEY";
    private static final String ACCOUNTS = Secrets.EDITORS_ACCOUNTS_FILE;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                | is empty",
            "factstream        | is a well-known default",
            "Factstream-Demo   | is a well-known default",
            "CHANGEME          | is a well-known default",
            "test-newsroom-key | is a well-known default",
            "eleven-char       | is shorter than 12 characters"})
    void refusesAWeakPassword(String value, String problem) throws IOException, InterruptedException {
        Outcome outcome = run(Map.of(PASSWORD, value), PASSWORD);

        assertEquals(1, outcome.exitCode(), outcome.lines().toString());
        assertEquals(List.of(PASSWORD + " " + problem + ": set " + PASSWORD + " to 12 or more random characters " + DOCS),
                outcome.lines());
    }

    @Test
    void refusesAnUnsetVariable() throws IOException, InterruptedException {
        Outcome outcome = run(Map.of(), PASSWORD);

        assertEquals(1, outcome.exitCode());
        assertEquals(List.of(PASSWORD + " is not set: set " + PASSWORD + " to 12 or more random characters " + DOCS),
                outcome.lines());
    }

    @Test
    void theSessionKeyNeedsSixteenCharacters() throws IOException, InterruptedException {
        assertEquals(List.of(SESSION_KEY + " is shorter than 16 characters: set " + SESSION_KEY
                        + " to 16 or more random characters, the same on every query instance " + DOCS),
                run(Map.of(SESSION_KEY, "fifteen-charact"), SESSION_KEY).lines());
        assertEquals(0, run(Map.of(SESSION_KEY, "sixteen-characte"), SESSION_KEY).exitCode());
    }

    @Test
    void checksEachApiKey() throws IOException, InterruptedException {
        Outcome weakKeys = run(Map.of(API_KEYS, "a-good-long-newsroom-key,,Test-Newsroom-Key,short"), API_KEYS);
        Outcome noKey = run(Map.of(API_KEYS, ",,"), API_KEYS);

        assertEquals(List.of("key 2 of " + API_KEYS + " is a well-known default", "key 3 of " + API_KEYS
                + " is shorter than 12 characters"), problems(weakKeys));
        assertEquals(List.of(API_KEYS + " holds no key"), problems(noKey));
        assertTrue(noKey.lines().getFirst().endsWith(": set " + API_KEYS
                + " to one or more keys of 12 or more random characters, separated by commas " + DOCS), noKey.lines().toString());
    }

    @Test
    void refusesTheDemoAccountsAMissingFileAndOneWithoutAccounts() throws IOException, InterruptedException {
        Path commentsOnly = Files.writeString(folder.resolve("comments-only"), "# name roles hash\n\n");
        Path missing = folder.resolve("missing");

        assertEquals(List.of(ACCOUNTS + " names " + DEMO_ACCOUNTS
                        + ", which holds the demo's account (its password is published)"),
                problems(run(Map.of(ACCOUNTS, DEMO_ACCOUNTS.toString()), ACCOUNTS)));
        assertEquals(List.of(ACCOUNTS + " names " + missing + ", which is not a readable file"),
                problems(run(Map.of(ACCOUNTS, missing.toString()), ACCOUNTS)));
        assertEquals(List.of(ACCOUNTS + " names " + folder + ", which is not a readable file"),
                problems(run(Map.of(ACCOUNTS, folder.toString()), ACCOUNTS)));
        assertEquals(List.of(ACCOUNTS + " names " + commentsOnly + ", which holds no account"),
                problems(run(Map.of(ACCOUNTS, commentsOnly.toString()), ACCOUNTS)));
    }

    @Test
    void acceptsGoodSecretsInOneLineAndReportsEveryProblemAtOnce() throws IOException, InterruptedException {
        Path accounts = Files.writeString(folder.resolve("accounts"), "jdoe editor pbkdf2-sha256$600000$c2FsdA==$aGFzaA==\n");
        Map<String, String> good = new HashMap<>(Map.of(
                PASSWORD, "a password with spaces, quotes \" and $signs",
                API_KEYS, "newsroom-one-7f3a9c,newsroom-two-2b8e1d",
                SESSION_KEY, "4f0c1d8e9a7b6c5d4e3f",
                ACCOUNTS, accounts.toString()));
        String[] variables = {PASSWORD, API_KEYS, SESSION_KEY, ACCOUNTS};

        assertEquals(new Outcome(0, List.of("secrets checked: " + String.join(" ", variables))), run(good, variables));
        good.put(PASSWORD, "");
        good.put(SESSION_KEY, "password");
        assertEquals(List.of(PASSWORD + " is empty", SESSION_KEY + " is a well-known default"), problems(run(good, variables)));
    }

    @Test
    void theComposeExampleIsRefusedUntilEveryValueIsReplaced() throws IOException, InterruptedException {
        Map<String, String> example = new HashMap<>(Secrets.composeExample());
        example.put(ACCOUNTS, Repository.ROOT.resolve(example.get(ACCOUNTS)).normalize().toString());

        Outcome outcome = run(example, example.keySet().toArray(String[]::new));

        assertEquals(1, outcome.exitCode());
        assertEquals(example.keySet().stream().sorted().toList(),
                outcome.lines().stream().map(line -> line.replaceFirst(".*: set (\\w+) to .*", "$1")).sorted().toList(),
                "one refusal per variable of deploy/compose/env.example: " + outcome.lines());
    }

    @Test
    void theDemoHashIsTheOneOfTheDemoAccountsFile() throws IOException {
        Matcher inScript = Pattern.compile("(?m)^DEMO_HASH='([^']+)'$").matcher(Files.readString(SCRIPT));
        assertTrue(inScript.find(), "check-secrets.sh no longer sets DEMO_HASH");
        List<String> demoAccounts = Files.readAllLines(DEMO_ACCOUNTS).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(1, demoAccounts.size(), "the demo has one account: " + demoAccounts);
        assertEquals(demoAccounts.getFirst().split("\\s+")[2], inScript.group(1),
                "the hash that check-secrets.sh refuses should be the one in deploy/local/demo/editors");
    }

    private record Outcome(int exitCode, List<String> lines) {
    }

    private static Outcome run(Map<String, String> environment, String... variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(variables));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("FACTSTREAM_"));
        builder.environment().putAll(environment);
        Process sh = builder.start();
        String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(sh.waitFor(), output.lines().toList());
    }

    /** What each line of a refusal says is wrong, without what to set instead. */
    private static List<String> problems(Outcome outcome) {
        assertEquals(1, outcome.exitCode(), outcome.lines().toString());
        return outcome.lines().stream().map(line -> line.substring(0, line.indexOf(": set "))).toList();
    }
}
