package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The explanation of each label, from the sources the label was decided on, each named with what decided its stance.
 * Sources whose support counts are always and only named in a "Supported by ..." sentence, sources whose refutation
 * counts in a "Refuted by ..." sentence; a source whose stance only the stance model gives, and no other source
 * confirms, in a "Possibly supporting ..." or "Possibly refuting ..." sentence.
 */
final class Explanation {
    static final String SUPPORTED_BY = "Supported by ";
    static final String REFUTED_BY = "Refuted by ";
    static final String POSSIBLY_SUPPORTING = "Possibly supporting, not confirmed: ";
    static final String POSSIBLY_REFUTING = "Possibly refuting, not confirmed: ";
    static final String RELATED = "Related but neither supporting nor refuting: ";

    private Explanation() {
    }

    static String verifiedByReference(Stances supporting, Stances refuting) {
        boolean byReference = supporting.counted().stream().anyMatch(source -> source.kind() == EvidenceKind.REFERENCE);
        return join(byReference ? "The reference corpus confirms it." : "A fact-checker rated the same claim true.",
                supportedBy(supporting), nothingRefutes(refuting));
    }

    /**
     * The explanation led by what fact-checkers said of the same claim, whatever the label: "PolitiFact rated a
     * matching claim 'Pants on Fire' (2016-03-02)." A rating that is neither true nor false is said, and decides
     * nothing.
     */
    static String withFactChecks(List<Evidence> evidence, String explanation) {
        List<String> ratings = evidence.stream().filter(item -> item.kind() == EvidenceKind.FACT_CHECK
                        && item.factCheck() != null)
                .map(item -> item.outlet() + " rated a matching claim '" + item.factCheck().published() + "'"
                        + (item.publishedAt() == null ? "" : " (" + Source.day(item.publishedAt()) + ")"))
                .toList();
        return ratings.isEmpty() ? explanation : join(String.join("; ", ratings) + ".", explanation);
    }

    static String corroborated(Stances supporting, Stances refuting) {
        return join(supporting.counted().size() + " independent outlets report the same.", supportedBy(supporting),
                nothingRefutes(refuting));
    }

    static String singleSource(Stances supporting, Stances refuting) {
        return join("Only one independent source reports the same.", supportedBy(supporting),
                nothingRefutes(refuting));
    }

    static String contradicted(Stances refuting) {
        return join(refutedBy(refuting), "No source supports it.");
    }

    static String disputed(Stances supporting, Stances refuting) {
        return join("Sources disagree.", supportedBy(supporting), refutedBy(refuting));
    }

    static String insufficient(List<Source> related, Stances supporting, Stances refuting) {
        if (related.isEmpty() && !supporting.any() && !refuting.any()) {
            return "No related coverage or reference was found.";
        }
        return join("No source supports or refutes it so that a verdict can rest on it.",
                possibly(POSSIBLY_SUPPORTING, supporting), possibly(POSSIBLY_REFUTING, refuting),
                related.isEmpty() ? "" : RELATED + names(related) + ".");
    }

    static String pending(List<Source> related, Stances supporting, Stances refuting) {
        return insufficient(related, supporting, refuting)
                + " Too recent to judge: it is checked again as coverage grows.";
    }

    private static String supportedBy(Stances supporting) {
        return join(supporting.counted().isEmpty() ? "" : SUPPORTED_BY + names(supporting.counted()) + ".",
                possibly(POSSIBLY_SUPPORTING, supporting));
    }

    private static String refutedBy(Stances refuting) {
        return join(refuting.counted().isEmpty() ? "" : REFUTED_BY + names(refuting.counted()) + ".",
                possibly(POSSIBLY_REFUTING, refuting));
    }

    private static String nothingRefutes(Stances refuting) {
        return refuting.unconfirmed().isEmpty() ? "Nothing found refutes it." : possibly(POSSIBLY_REFUTING, refuting);
    }

    private static String possibly(String lead, Stances stances) {
        return stances.unconfirmed().isEmpty() ? "" : lead + names(stances.unconfirmed()) + ".";
    }

    private static String names(List<Source> sources) {
        return sources.stream().map(Source::nameAndReason).collect(Collectors.joining("; "));
    }

    private static String join(String... sentences) {
        List<String> present = new ArrayList<>();
        for (String sentence : sentences) {
            if (!sentence.isEmpty()) {
                present.add(sentence);
            }
        }
        return String.join(" ", present);
    }
}
