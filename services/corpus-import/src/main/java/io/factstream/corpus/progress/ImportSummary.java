package io.factstream.corpus.progress;

import io.factstream.corpus.read.CorpusRecord;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run: documents imported and their passages, records skipped because an earlier run
 * committed them, bad records (the first {@value #LISTED_BAD} with where they are and why; the rest only counted,
 * so that a dump full of empty abstracts does not fill the memory) and how long it took.
 */
public record ImportSummary(long imported, long passages, long skipped, long badCount,
        List<? extends CorpusRecord.Rejected<?>> firstBad, double seconds) {
    public static final int LISTED_BAD = 20;

    public String format() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Imported %,d documents (%,d passages) in %.1f s, %,.1f passages/s; skipped %,d already imported; "
                        + "%,d bad",
                imported, passages, seconds, seconds > 0 ? passages / seconds : 0.0, skipped, badCount));
        firstBad.forEach(record -> text.append(System.lineSeparator()).append("  ").append(record.location())
                .append(": ").append(record.reason()));
        if (badCount > firstBad.size()) {
            text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  ... and %,d more bad records",
                    badCount - firstBad.size()));
        }
        return text.toString();
    }
}
