package io.factstream.query.editors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Signing in and out with the dashboard's form, against the test accounts file. */
@QuarkusTest
class SignInTest {
    @Test
    void anEditorSignsInSeesWhoTheyAreAndSignsOut() {
        String session = Editors.signIn("jdoe");
        given().cookie(Editors.SESSION_COOKIE, session).get("/editors/me").then().statusCode(200)
                .body("name", equalTo("jdoe")).body("roles", contains("editor"));

        String cleared = given().cookie(Editors.SESSION_COOKIE, session).post("/editors/sign-out").then()
                .statusCode(204).extract().cookie(Editors.SESSION_COOKIE);
        given().cookie(Editors.SESSION_COOKIE, cleared == null ? "" : cleared).get("/editors/me").then()
                .statusCode(401);
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefusedAlike() {
        given().formParam("j_username", "jdoe").formParam("j_password", "reader-password").post("/j_security_check")
                .then().statusCode(401);
        given().formParam("j_username", "nobody").formParam("j_password", "nobody-password")
                .post("/j_security_check").then().statusCode(401);
        given().get("/editors/me").then().statusCode(401);
    }
}
