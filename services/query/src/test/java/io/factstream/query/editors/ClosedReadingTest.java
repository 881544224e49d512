package io.factstream.query.editors;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that closes reading: results need sign-in, while the pages and sign-in stay reachable. */
@QuarkusTest
@TestProfile(ClosedReadingTest.ReadingNeedsSignIn.class)
class ClosedReadingTest {
    public static class ReadingNeedsSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factstream.read.access", "authenticated");
        }
    }

    private static final List<String> RESULTS = List.of("/claims?q=bridge", "/stories", "/stats",
            "/stories/s-unknown", "/articles/a-unknown/report", "/claims/c-unknown/override", "/q/openapi");

    @Test
    void resultsNeedSignInAndAnyAccountMayRead() {
        for (String path : RESULTS) {
            given().get(path).then().statusCode(401);
        }
        String reader = Editors.signIn("reader");
        given().cookie(Editors.SESSION_COOKIE, reader).get("/claims?q=bridge").then().statusCode(200);
        given().cookie(Editors.SESSION_COOKIE, reader).get("/stories/s-unknown").then().statusCode(404);
    }

    @Test
    void thePagesAndTheirScriptsStillLoadSoThatTheyCanOfferSignIn() {
        for (String path : List.of("/", "/report.html", "/story.html", "/search.html", "/app.js", "/app.css",
                "/q/health/ready")) {
            given().get(path).then().statusCode(200);
        }
    }
}
