package io.factstream.ingest;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the ingest API as a newsroom with the test profile's API key sends them. */
public final class IngestApi {
    public static final String TEST_KEY = "test-newsroom-key";

    private IngestApi() {
    }

    public static RequestSpecification asNewsroom() {
        return given().header("X-API-Key", TEST_KEY);
    }
}
