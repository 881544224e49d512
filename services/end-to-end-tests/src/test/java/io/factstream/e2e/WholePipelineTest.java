package io.factstream.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that runs against every service, started (if not running yet) before it and stopped after it. */
abstract class WholePipelineTest {
    static LocalServices services;
    static PipelineApi api;

    @BeforeAll
    static void startServices() throws Exception {
        services = new LocalServices();
        services.start();
        api = new PipelineApi(services);
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (services != null) {
            services.stop();
        }
    }
}
