package io.factstream.query.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values an attacker or a broken client sends to the read side, generated from a fixed seed so a failure replays:
 * Elasticsearch query syntax and JSON to inject, huge values, bad and extreme dates and numbers, and unicode that
 * breaks naive code (lone surrogates, right-to-left marks, zero-width and control characters).
 */
final class HostileInputs {
    private static final List<String> INJECTIONS = List.of("*", "?", "\"", "\\", "/.*/", "a:b", "text:*",
            "label:CONTRADICTED OR 1=1", "(", ")", "[* TO *]", "{\"match_all\":{}}", "\"}},{\"script\":{\"source\":\"1\"}}",
            "_id:*", "~", "^10", "&&", "||", "!", "NOT", "-", "+", "<script>alert(1)</script>", "' OR '1'='1",
            "${jndi:ldap://x/a}", "%00", "../../etc/passwd", "..%2f..%2f", "\u0000", "null", "undefined", "[]", "{}");
    private static final List<String> DATES = List.of("2026-13-40", "0000-00-00", "99999-01-01", "-1", "2026-02-30",
            "2026-11-23T25:61:00Z", "1970-01-01", "+1000000000-12-31T23:59:59Z", "now-1d", "2026-11-23T00:00:00",
            "2026/11/23", "9223372036854775807", "1e309", "NaN", "");
    private static final List<String> NUMBERS = List.of("-1", "0", "2147483648", "-2147483649", "99999999999999999999",
            "1.5", "1e3", "0x10", " 1", "NaN", "", "+5", "٣", "2147483647", "10000", "99");
    private static final String UNICODE = "\u202Eevil\u200B\u200D\uFEFF\uD800\uDFFF\u0007\u001B[31m🦀ﷺ𝔘ǅİı";

    static final int HUGE_ENCODED_BYTES = 1_200;

    private final Random random;

    HostileInputs(long seed) {
        random = new Random(seed);
    }

    List<String> generate(int count) {
        List<String> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(switch (i % 6) {
                case 0 -> pick(INJECTIONS);
                case 1 -> pick(INJECTIONS) + " " + pick(INJECTIONS) + word();
                case 2 -> pick(DATES);
                case 3 -> pick(NUMBERS);
                case 4 -> unicode();
                default -> huge();
            });
        }
        return inputs;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String word() {
        return Integer.toString(random.nextInt(1_000_000), 36);
    }

    private String unicode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, length = 1 + random.nextInt(40); i < length; i++) {
            text.append(UNICODE.charAt(random.nextInt(UNICODE.length())));
        }
        return text.toString();
    }

    /**
     * Long, but within the request line the HTTP server accepts even three times over (4,096 bytes encoded; it
     * refuses a longer line with 414 itself, before the service sees it).
     */
    private String huge() {
        String unit = pick(List.of("bridge ", "a", "*", "\"", "é", "x".repeat(50) + " "));
        int encoded = URLEncoder.encode(unit, StandardCharsets.UTF_8).length();
        return unit.repeat(Math.max(1, (HUGE_ENCODED_BYTES / 2 + random.nextInt(HUGE_ENCODED_BYTES / 2)) / encoded));
    }
}
