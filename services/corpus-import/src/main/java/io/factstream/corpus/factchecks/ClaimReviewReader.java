package io.factstream.corpus.factchecks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.FactCheckRating.NormalisedRating;
import io.factstream.corpus.read.CorpusReader;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.corpus.read.IsoDates;
import io.factstream.corpus.read.JsonFields;
import io.factstream.corpus.read.NumberedLines;
import io.factstream.reference.factchecks.FactCheckDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * schema.org ClaimReview, as fact-checkers publish it in JSON-LD: one object, an array of them, a {@code @graph}, a
 * DataFeed of them (Google's fact-check feed: {@code dataFeedElement[].item[]}), or JSON Lines of any of these. Every
 * ClaimReview found is one record, numbered in the order found, so a second run numbers them the same and resumes.
 * A JSON array at the top is read one item at a time; any other document is read whole.
 */
final class ClaimReviewReader implements CorpusReader<FactCheckDocument> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SCHEMA_WORST = 1;
    private static final double SCHEMA_BEST = 5;

    /** Where the next items come from: a line of JSON Lines, or an item of a JSON document. */
    private interface Items {
        /** The next item and where it is, or null at the end; an item that is no JSON is a text node. */
        Item next() throws IOException;
    }

    /** @param location where the item is in its file, or null for the whole file, whose reviews are numbered */
    private record Item(String location, JsonNode json, String error) {
    }

    private final Items items;
    private final Deque<CorpusRecord<FactCheckDocument>> pending = new ArrayDeque<>();
    private long number;

    private ClaimReviewReader(Items items) {
        this.items = items;
    }

    static ClaimReviewReader jsonLines(InputStream in) {
        NumberedLines lines = new NumberedLines(in);
        return new ClaimReviewReader(() -> {
            NumberedLines.Line line = lines.next();
            if (line == null) {
                return null;
            }
            try {
                return new Item("line " + line.number(), JSON.readTree(line.text()), null);
            } catch (JsonProcessingException e) {
                return new Item("line " + line.number(), null, "invalid JSON: " + e.getOriginalMessage());
            }
        });
    }

    static ClaimReviewReader document(InputStream in) throws IOException {
        JsonParser parser = JSON.getFactory().createParser(in);
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
            JsonNode whole = first == null ? null : parser.readValueAsTree();
            boolean[] read = {false};
            return new ClaimReviewReader(() -> {
                if (read[0] || whole == null) {
                    return null;
                }
                read[0] = true;
                return new Item(null, whole, null);
            });
        }
        long[] itemNumber = {0};
        return new ClaimReviewReader(() -> {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            itemNumber[0]++;
            return new Item("item " + itemNumber[0], parser.readValueAsTree(), null);
        });
    }

    @Override
    public CorpusRecord<FactCheckDocument> next() throws IOException {
        while (pending.isEmpty()) {
            Item item = items.next();
            if (item == null) {
                return null;
            }
            if (item.error() != null) {
                pending.add(new CorpusRecord.Rejected<>(++number, item.location(), item.error()));
            } else {
                List<JsonNode> reviews = new ArrayList<>();
                collect(item.json(), reviews);
                if (reviews.isEmpty()) {
                    pending.add(new CorpusRecord.Rejected<>(++number, Objects.requireNonNullElse(item.location(),
                            "document"), "no ClaimReview in it"));
                }
                for (int i = 0; i < reviews.size(); i++) {
                    String location = item.location() == null ? "review " + (i + 1)
                            : reviews.size() == 1 ? item.location() : item.location() + ", review " + (i + 1);
                    pending.add(parse(++number, location, reviews.get(i)));
                }
            }
        }
        return pending.poll();
    }

    /** The ClaimReviews in a JSON-LD value: itself, the items of an array, a {@code @graph} or a DataFeed. */
    private static void collect(JsonNode json, List<JsonNode> reviews) {
        if (json.isArray()) {
            json.forEach(item -> collect(item, reviews));
        } else if (json.isObject()) {
            if (json.has("@graph")) {
                collect(json.get("@graph"), reviews);
            } else if (json.has("dataFeedElement")) {
                collect(json.get("dataFeedElement"), reviews);
            } else if (json.has("item") && !json.has("claimReviewed")) {
                collect(json.get("item"), reviews);
            } else if (isClaimReview(json)) {
                reviews.add(json);
            }
        }
    }

    private static boolean isClaimReview(JsonNode json) {
        JsonNode type = json.get("@type");
        if (type == null) {
            return json.has("claimReviewed");
        }
        for (JsonNode each : type.isArray() ? type : List.of(type)) {
            if (each.asText().endsWith("ClaimReview")) {
                return true;
            }
        }
        return false;
    }

    private static CorpusRecord<FactCheckDocument> parse(long number, String location, JsonNode review) {
        String claim = JsonFields.text(review, "claimReviewed");
        if (claim == null) {
            return new CorpusRecord.Rejected<>(number, location, "missing claimReviewed");
        }
        String reviewer = name(review.get("author"));
        if (reviewer == null) {
            return new CorpusRecord.Rejected<>(number, location, "missing author (the fact-checker)");
        }
        JsonNode rating = review.get("reviewRating");
        String ratingName = JsonFields.text(rating, "alternateName");
        NormalisedRating normalised = Ratings.ofName(ratingName);
        String published = ratingName;
        if (normalised == null) {
            Double value = number(rating, "ratingValue");
            if (value == null) {
                return new CorpusRecord.Rejected<>(number, location,
                        "reviewRating has neither alternateName nor a numeric ratingValue");
            }
            double worst = orDefault(number(rating, "worstRating"), SCHEMA_WORST);
            double best = orDefault(number(rating, "bestRating"), SCHEMA_BEST);
            normalised = Ratings.ofValue(value, worst, best);
            published = String.format(Locale.ROOT, "%s of %s-%s", plain(value), plain(worst), plain(best));
        }
        JsonNode claimItem = review.get("itemReviewed");
        String reviewDate = JsonFields.text(review, "datePublished");
        String claimDate = JsonFields.text(claimItem, "datePublished");
        for (String date : new String[] {reviewDate, claimDate}) {
            if (date != null && !IsoDates.valid(date)) {
                return new CorpusRecord.Rejected<>(number, location, "invalid date '" + date + "'");
            }
        }
        return new CorpusRecord.Parsed<>(number, location, new FactCheckDocument(claim, name(claimItem == null
                ? null : claimItem.get("author")), claimDate, reviewer, JsonFields.text(review, "url"), reviewDate,
                published, normalised, location, null, null));
    }

    /** A Person's or Organization's name, the first of an array, or a plain string. */
    private static String name(JsonNode party) {
        if (party == null) {
            return null;
        }
        if (party.isArray()) {
            return party.isEmpty() ? null : name(party.get(0));
        }
        if (party.isTextual()) {
            return party.asText().isBlank() ? null : party.asText().strip();
        }
        return JsonFields.text(party, "name");
    }

    private static Double number(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double orDefault(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
