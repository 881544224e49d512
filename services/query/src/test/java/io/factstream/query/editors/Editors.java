package io.factstream.query.editors;

import static io.restassured.RestAssured.given;

/** Signs the test accounts in (src/test/resources/editors-accounts: each one's password is "<name>-password"). */
public final class Editors {
    public static final String SESSION_COOKIE = "quarkus-credential";

    private Editors() {
    }

    /** The session cookie of {@code name}, signed in with the dashboard's form. */
    public static String signIn(String name) {
        return given().formParam("j_username", name).formParam("j_password", name + "-password")
                .post("/j_security_check").then().statusCode(200).extract().cookie(SESSION_COOKIE);
    }
}
