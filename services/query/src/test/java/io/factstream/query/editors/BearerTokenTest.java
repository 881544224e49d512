package io.factstream.query.editors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.factstream.contracts.Topic;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A newsroom with an identity provider: the query service takes OpenID Connect bearer tokens, checked here against
 * the provider's public key (src/test/resources/oidc-test-*.pem, a key pair made for this test alone).
 */
@QuarkusTest
@TestProfile(BearerTokenTest.WithIdentityProvider.class)
class BearerTokenTest {
    private static final String ISSUER = "https://idp.harbor-daily.example/realms/newsroom";

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                String publicKey = Files.readString(Path.of("src/test/resources/oidc-test-public.pem"))
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.public-key", publicKey,
                        "quarkus.oidc.token.issuer", ISSUER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    ResultTopics topics;

    private final String articleId = ResultTopics.newArticleId();
    private final String claimId = articleId + "-c0";

    private static String token(String name, Set<String> groups) throws Exception {
        PrivateKey key = KeyUtils.readPrivateKey("/oidc-test-private.pem");
        return Jwt.issuer(ISSUER).claim("preferred_username", name).groups(groups)
                .expiresIn(Duration.ofMinutes(5)).sign(key);
    }

    @Test
    void anEditorsTokenOverridesInTheirNameAndOtherTokensAreRefused() throws Exception {
        topics.send(Topic.VERDICTS, articleId, ResultTopics.verdictOn(claimId, 1, VerdictLabel.SINGLE_SOURCE));
        topics.awaitVerdictIndexed(claimId);
        Map<String, String> body = Map.of("label", "DISPUTED", "note", "The ministry gives another date.");

        given().auth().oauth2(token("asmith", Set.of("editor"))).get("/editors/me").then().statusCode(200)
                .body("name", equalTo("asmith")).body("roles", contains("editor"));
        given().auth().oauth2(token("asmith", Set.of("editor"))).contentType("application/json").body(body)
                .put("/claims/" + claimId + "/override").then().statusCode(202);
        given().get("/claims/" + claimId + "/override").then().body("[0].editor", equalTo("asmith"));

        given().auth().oauth2(token("bwriter", Set.of("reader"))).contentType("application/json").body(body)
                .put("/claims/" + claimId + "/override").then().statusCode(403);
        String forged = token("asmith", Set.of("editor"));
        given().auth().oauth2(forged.substring(0, forged.length() - 4) + "AAAA").contentType("application/json")
                .body(body).put("/claims/" + claimId + "/override").then().statusCode(401);
        given().contentType("application/json").body(body).put("/claims/" + claimId + "/override").then()
                .statusCode(401);
        // The accounts file still signs editors in beside the identity provider.
        given().cookie(Editors.SESSION_COOKIE, Editors.signIn("jdoe")).get("/editors/me").then()
                .body("name", equalTo("jdoe"));
    }
}
