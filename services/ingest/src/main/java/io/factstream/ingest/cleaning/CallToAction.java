package io.factstream.ingest.cleaning;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of page furniture that speaks to the reader instead of reporting: appeals to
 * subscribe or donate, cookie and notification prompts, ad-blocker notices, related-link and comment
 * widgets, author bios, newsletter promos and login walls. Phrases are chosen so that ordinary
 * reporting rarely contains them ("we use cookies", not "cookies"; "leave a comment", not "comment").
 */
final class CallToAction {
    /** Phrases that may occur anywhere in a line; each starts with a literal letter or a digit. */
    private static final List<String> PHRASES = List.of(
            // subscription and donation appeals
            "subscribe (now|today|for|to our)", "subscription (offer|plans?)", "unlimited (digital )?access",
            "free trial", "support (our|independent|quality|local) (journalism|reporting|newsroom)",
            "become an? (member|supporter|subscriber)", "mak(e|ing) a (donation|contribution)", "donate (now|today)",
            "every contribution", "please consider (supporting|subscribing|donating|making)",
            "from (just|only) [$€£]\\d",
            // notification and cookie prompts
            "we use cookies", "use of cookies", "cookie (policy|settings|preferences|consent)",
            "accept (all|cookies|all cookies)", "manage (your )?(preferences|settings|consent)",
            "by continuing to (browse|use)", "you agree to", "privacy policy",
            "turn on (push |browser |desktop )?notifications", "enable (push |browser |desktop )?notifications",
            "allow (push |browser |desktop )?notifications", "never miss a (story|thing|beat)", "breaking news alerts",
            "news alerts",
            // ad-blocker notices
            "ad[- ]?blocker", "ad[- ]?blocking", "whitelist", "allowlist", "disable your", "ads (help )?(fund|pay for|support)",
            // related links
            "you (may|might) also (like|enjoy)", "recommended for you", "more (stories|articles) from",
            "most (read|popular|viewed)", "trending (now|stories)", "don'?t miss",
            // comment-section leftovers
            "leave a (comment|reply)", "join the (conversation|discussion)", "comments are (closed|moderated)",
            "be the first to comment", "show \\d* ?more (comments|replies)", "sort by", "newest first", "oldest first",
            "community (guidelines|standards)", "report (abuse|this comment)", "\\d+ (minutes?|hours?|days?) ago",
            "\\d+ (comments|replies)", "posted by",
            // author bios and newsletter promos
            "is an? (\\w+ ){0,2}(reporter|writer|correspondent|journalist|editor|columnist) (at|for|with|covering)",
            "follow (her|him|them|us|me) on", "email (her|him|them|the author)", "contact (her|him|them|the author)",
            "newsletter", "to your inbox", "in your inbox", "sign up (for|to|now|here)",
            // login prompts
            "already a (subscriber|member)", "log ?in to", "sign ?in to", "create an? (free )?account",
            "forgot (your )?password", "continue reading", "keep reading", "register (now|for free|to)");

    /** Phrases that count only at the start of a line. */
    private static final Pattern LINE_START = Pattern.compile("(read|see) (more|also|next)\\b");

    /** Buttons and widget labels that make up a whole line. */
    private static final Pattern WIDGET = Pattern.compile(
            "(advertisement|sponsored( content)?|subscribe|donate|share( this( article| story)?)?|tweet|print|email"
                    + "|reply|report|like|comments?|log ?in|sign ?in|sign up|register|related"
                    + "( articles| stories| coverage| reading)?|read more|see also|more from .{1,40}|top stories"
                    + "|most read|read next|up next)\\W*");

    private static final Pattern SOCIAL_HANDLE = Pattern.compile("(^|\\s)@\\w{2,}");

    /**
     * The phrases grouped by their first character (all digits under '0'): a line is scanned once,
     * and at each word start only the phrases that can begin there are tried.
     */
    private static final Map<Character, Pattern> PHRASES_BY_FIRST_CHAR = PHRASES.stream()
            .collect(Collectors.groupingBy(phrase -> phrase.startsWith("\\d") ? '0' : phrase.charAt(0),
                    Collectors.collectingAndThen(Collectors.joining("|"), Pattern::compile)));

    /**
     * Lines that head a list of links or comments: the short lines right after them belong to the
     * widget. A heading with its link on the same line ("Read more: ...") heads nothing.
     */
    private static final Pattern LIST_HEADINGS = Pattern.compile(String.join("|", List.of(
            "^(you (may|might) also (like|enjoy)|recommended( for you)?|related( articles| stories| coverage)?"
                    + "|read (more|next|also)|see also|more (from|on|stories|articles)( .{1,40})?"
                    + "|most (read|popular|viewed)|trending( now)?|top stories|up next)\\W*$",
            "^\\d+ (comments|replies)\\W*$", "^comments\\W*$", "join the (conversation|discussion)", "sort by",
            "^(reply|report|like)\\W*$", "\\d+ (minutes?|hours?|days?) ago")));

    private static final Pattern IMPERATIVE_START = Pattern.compile(
            "^(subscribe|sign (up|in)|log in|register|join|donate|support|follow|share|click|tap|download|get|try"
                    + "|turn on|enable|allow|accept|disable|create|become|read|watch|listen|never miss|don'?t miss)\\b");

    private static final Pattern ADDRESSES_READER = Pattern.compile("\\b(you|your|you're|we|our|us)\\b");

    private CallToAction() {
    }

    /** All methods take the line in lower case. */
    static int phraseCount(String line) {
        int count = LINE_START.matcher(line).lookingAt() || WIDGET.matcher(line).matches() ? 1 : 0;
        if (SOCIAL_HANDLE.matcher(line).find()) {
            count++;
        }
        Matcher matcher = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean wordStart = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
            Pattern candidates = wordStart ? PHRASES_BY_FIRST_CHAR.get(Character.isDigit(c) ? '0' : c) : null;
            if (candidates == null) {
                continue;
            }
            matcher = matcher == null ? candidates.matcher(line) : matcher.usePattern(candidates);
            if (matcher.region(i, line.length()).lookingAt()) {
                count++;
                i = matcher.end() - 1;
            }
        }
        return count;
    }

    static boolean headsList(String line) {
        return LIST_HEADINGS.matcher(line).find();
    }

    static boolean startsWithImperative(String line) {
        return IMPERATIVE_START.matcher(line).find();
    }

    static boolean addressesReader(String line) {
        return ADDRESSES_READER.matcher(line).find();
    }
}
