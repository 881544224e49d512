package io.factstream.spectrum.coverage;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Coverage;
import io.factstream.contracts.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A story's coverage spectrum. Each independent outlet counts once (an outlet, or reprints of one
 * origin); unrated outlets are counted apart and stay out of the percentages.
 *
 * <p>Coverage gap rule: a side with no rated outlet while others have some is "no X coverage"; a side
 * under 20% that another side outweighs at least three times is "low X coverage". A gap read from one or two
 * sources is noise, so it is named only once the story rests on {@value #SETTLED_RATED_SOURCES} rated independent
 * sources, or on two whose story is older than the settle window; before that the coverage is "too early to tell".
 */
public final class SpectrumCalculator {
    /** Rated independent sources from which a gap is named whatever the story's age. */
    static final int SETTLED_RATED_SOURCES = 3;
    /** Rated independent sources from which a gap is named once the story is older than the settle window. */
    static final int SETTLED_RATED_SOURCES_AFTER_WINDOW = 2;

    private SpectrumCalculator() {
    }

    /**
     * @param ratingSourceOf who rated an outlet (null when unrated)
     * @param now            when the spectrum is computed, to tell the story's age from its first article
     * @param settleWindow   the age after which two rated sources suffice to name a gap
     */
    public static Coverage compute(List<StoryArticle> articles, Function<String, String> ratingSourceOf, Instant now,
            Duration settleWindow) {
        List<StoryArticle> sources = independentSources(articles);
        Map<Bias.Side, Integer> counts = new EnumMap<>(Bias.Side.class);
        Set<String> ratingsSources = new TreeSet<>();
        int unrated = 0;
        for (StoryArticle source : sources) {
            if (source.bias().side() == null) {
                unrated++;
            } else {
                counts.merge(source.bias().side(), 1, Integer::sum);
                String ratedBy = ratingSourceOf.apply(source.outlet());
                if (ratedBy != null) {
                    ratingsSources.add(ratedBy);
                }
            }
        }
        int rated = sources.size() - unrated;
        Instant firstPublished = articles.stream().map(StoryArticle::publishedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(now);
        boolean settled = rated >= SETTLED_RATED_SOURCES || rated >= SETTLED_RATED_SOURCES_AFTER_WINDOW
                && !firstPublished.plus(settleWindow).isAfter(now);
        int[] percent = percentages(counts);
        return new Coverage(percent[0], percent[1], percent[2], unrated, settled ? gap(percent, counts) : null,
                sources.size(), rated, !settled, ratingsSources.isEmpty() ? null : String.join("; ", ratingsSources));
    }

    private static List<StoryArticle> independentSources(List<StoryArticle> articles) {
        Set<String> seenOutlets = new HashSet<>();
        Set<String> seenOrigins = new HashSet<>();
        List<StoryArticle> sources = new ArrayList<>();
        for (StoryArticle article : articles) {
            boolean known = seenOutlets.contains(article.outlet())
                    || article.originId() != null && seenOrigins.contains(article.originId());
            seenOutlets.add(article.outlet());
            if (article.originId() != null) {
                seenOrigins.add(article.originId());
            }
            if (!known) {
                sources.add(article);
            }
        }
        return sources;
    }

    /** Left, center and right shares of the rated outlets, rounded so that they add up to 100. */
    private static int[] percentages(Map<Bias.Side, Integer> counts) {
        int rated = counts.values().stream().mapToInt(Integer::intValue).sum();
        int[] percent = new int[3];
        if (rated == 0) {
            return percent;
        }
        double[] remainders = new double[3];
        int assigned = 0;
        for (Bias.Side side : Bias.Side.values()) {
            double exact = 100.0 * counts.getOrDefault(side, 0) / rated;
            percent[side.ordinal()] = (int) exact;
            remainders[side.ordinal()] = exact - (int) exact;
            assigned += (int) exact;
        }
        for (; assigned < 100; assigned++) {
            int largest = 0;
            for (int i = 1; i < 3; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            percent[largest]++;
            remainders[largest] = -1;
        }
        return percent;
    }

    private static String gap(int[] percent, Map<Bias.Side, Integer> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        int largest = Math.max(percent[0], Math.max(percent[1], percent[2]));
        List<String> missing = new ArrayList<>();
        List<String> low = new ArrayList<>();
        for (Bias.Side side : Bias.Side.values()) {
            int share = percent[side.ordinal()];
            if (share == 0) {
                missing.add(name(side));
            } else if (share < 20 && largest >= 3 * share) {
                low.add(name(side));
            }
        }
        if (!missing.isEmpty()) {
            return "no " + String.join(" or ", missing) + " coverage";
        }
        return low.isEmpty() ? null : "low " + String.join(" and ", low) + " coverage";
    }

    private static String name(Bias.Side side) {
        return side.name().charAt(0) + side.name().substring(1).toLowerCase();
    }
}
