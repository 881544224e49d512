package io.factstream.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at Quarkus' standard path describes the public API of DESIGN.md §8. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void describesEveryPublicEndpoint() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/articles/{id}/report"))
                .body(containsString("/stories/{id}"))
                .body(containsString("/stories/{id}/timeline"))
                .body(containsString("\"/stories\""))
                .body(containsString("\"/stats\""))
                .body(containsString("\"/claims\""))
                .body(containsString("/claims/{id}/claimreview"))
                .body(containsString("/claims/{id}/override"))
                .body(containsString("/verdicts/stream"));
    }
}
