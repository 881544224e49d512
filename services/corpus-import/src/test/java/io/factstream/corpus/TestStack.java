package io.factstream.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** The Elasticsearch of the test stack ({@code make test}) that the import tests write to. */
final class TestStack {
    private TestStack() {
    }

    /** The test profile's Elasticsearch as deploy/local/profile.sh defines it, so its port is written down once. */
    static URI elasticsearch() throws IOException, InterruptedException {
        String override = System.getProperty("factstream.elasticsearch");
        if (override != null) {
            return URI.create(override);
        }
        Path repo = Path.of(System.getProperty("factstream.repo", "../..")).toAbsolutePath().normalize();
        Process process = new ProcessBuilder("bash", "-c", "PROFILE=test; source deploy/local/profile.sh; echo $ES_PORT")
                .directory(repo.toFile()).start();
        String port = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cannot read the test ports from deploy/local/profile.sh");
        }
        return URI.create("http://localhost:" + port);
    }
}
