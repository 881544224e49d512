package io.factstream.bench.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A claim, one evidence sentence and the stance annotators gave it. */
record LabelledPair(String claimId, String claim, String evidence, Stance label) {

    /**
     * The pairs of a Climate-FEVER style JSON-lines file: one claim per line ({@code claim_id}, {@code claim},
     * {@code evidences[]} of {@code {evidence, evidence_label}}); NOT_ENOUGH_INFO counts as NEUTRAL.
     */
    static List<LabelledPair> read(Path jsonLines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabelledPair> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonLines)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode claim = mapper.readTree(line);
                for (JsonNode evidence : claim.get("evidences")) {
                    pairs.add(new LabelledPair(claim.get("claim_id").asText(), claim.get("claim").asText().strip(),
                            evidence.get("evidence").asText().strip(), stance(evidence.get("evidence_label").asText())));
                }
            }
        }
        return pairs;
    }

    private static Stance stance(String label) {
        return switch (label) {
            case "SUPPORTS" -> Stance.SUPPORTS;
            case "REFUTES" -> Stance.REFUTES;
            case "NOT_ENOUGH_INFO" -> Stance.NEUTRAL;
            default -> throw new IllegalArgumentException("unknown evidence label " + label);
        };
    }
}
