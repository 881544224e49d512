package io.factstream.verdict.labeling;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The explanation of each label, from the sources the label was decided on. Sources that support are always
 * and only named in a "Supported by ..." sentence, sources that refute in a "Refuted by ..." sentence.
 */
final class Explanation {
    static final String SUPPORTED_BY = "Supported by ";
    static final String REFUTED_BY = "Refuted by ";
    static final String RELATED = "Related but neither supporting nor refuting: ";

    private Explanation() {
    }

    static String verifiedByReference(List<Source> supporting) {
        return "The reference corpus confirms it. " + supportedBy(supporting) + " Nothing found refutes it.";
    }

    static String corroborated(List<Source> supporting) {
        return supporting.size() + " independent outlets report the same. " + supportedBy(supporting)
                + " Nothing found refutes it.";
    }

    static String singleSource(List<Source> supporting) {
        return "Only one independent source reports the same. " + supportedBy(supporting)
                + " Nothing found refutes it.";
    }

    static String contradicted(List<Source> refuting) {
        return refutedBy(refuting) + " No source supports it.";
    }

    static String disputed(List<Source> supporting, List<Source> refuting) {
        return "Sources disagree. " + supportedBy(supporting) + " " + refutedBy(refuting);
    }

    static String insufficient(List<Source> related) {
        return related.isEmpty() ? "No related coverage or reference was found."
                : "No source supports or refutes it. " + RELATED + names(related) + ".";
    }

    static String pending(List<Source> related) {
        return insufficient(related) + " Too recent to judge: it is checked again as coverage grows.";
    }

    private static String supportedBy(List<Source> sources) {
        return SUPPORTED_BY + names(sources) + ".";
    }

    private static String refutedBy(List<Source> sources) {
        return REFUTED_BY + names(sources) + ".";
    }

    private static String names(List<Source> sources) {
        return sources.stream().map(Source::name).collect(Collectors.joining("; "));
    }
}
