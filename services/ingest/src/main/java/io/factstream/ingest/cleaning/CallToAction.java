package io.factstream.ingest.cleaning;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of page furniture that speaks to the reader instead of reporting: appeals to
 * subscribe or donate, cookie and notification prompts, ad-blocker notices, related-link and comment
 * widgets, author bios, newsletter promos and login walls. Phrases are chosen so that ordinary
 * reporting rarely contains them ("we use cookies", not "cookies"; "leave a comment", not "comment").
 */
final class CallToAction {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern PHRASES = Pattern.compile(String.join("|", List.of(
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
            "(turn on|enable|allow) (push |browser |desktop )?notifications", "never miss a (story|thing|beat)",
            "(breaking|news) alerts",
            // ad-blocker notices
            "ad[- ]?blocker", "ad[- ]?blocking", "(whitelist|allowlist)", "disable your", "ads (help )?(fund|pay for|support)",
            // related links
            "you (may|might) also (like|enjoy)", "recommended for you", "more (stories|articles) from",
            "most (read|popular|viewed)", "trending (now|stories)", "don'?t miss", "^(read|see) (more|also|next)\\b",
            // comment-section leftovers
            "leave a (comment|reply)", "join the (conversation|discussion)", "comments are (closed|moderated)",
            "be the first to comment", "show \\d* ?more (comments|replies)", "sort by", "(newest|oldest) first",
            "community (guidelines|standards)", "report (abuse|this comment)", "\\d+ (minutes?|hours?|days?) ago",
            "\\d+ (comments|replies)", "posted by",
            // author bios and newsletter promos
            "is an? (\\w+ ){0,2}(reporter|writer|correspondent|journalist|editor|columnist) (at|for|with|covering)",
            "follow (her|him|them|us|me) on", "(email|contact) (her|him|them|the author)", "newsletter",
            "(delivered )?(to|in) your inbox", "sign up (for|to|now|here)",
            "(^|\\s)@\\w{2,}",
            // login prompts
            "already a (subscriber|member)", "(log|sign) ?in to", "create an? (free )?account", "forgot (your )?password",
            "(continue|keep) reading", "register (now|for free|to)",
            // whole-line widgets and buttons
            "^(advertisement|sponsored( content)?|subscribe|donate|share( this( article| story)?)?|tweet|print|email"
                    + "|reply|report|like|comments?|log ?in|sign ?in|sign up|register|related"
                    + "( articles| stories| coverage| reading)?|read more|see also|more from .{1,40}|top stories"
                    + "|most read|read next|up next)\\W*$")), FLAGS);

    /**
     * Lines that head a list of links or comments: the short lines right after them belong to the
     * widget. A heading with its link on the same line ("Read more: ...") heads nothing.
     */
    private static final Pattern LIST_HEADINGS = Pattern.compile(String.join("|", List.of(
            "^(you (may|might) also (like|enjoy)|recommended( for you)?|related( articles| stories| coverage)?"
                    + "|read (more|next|also)|see also|more (from|on|stories|articles)( .{1,40})?"
                    + "|most (read|popular|viewed)|trending( now)?|top stories|up next)\\W*$",
            "^\\d+ (comments|replies)\\W*$", "^comments\\W*$", "join the (conversation|discussion)", "sort by",
            "^(reply|report|like)\\W*$", "\\d+ (minutes?|hours?|days?) ago")), FLAGS);

    private static final Pattern IMPERATIVE_START = Pattern.compile(
            "^(subscribe|sign (up|in)|log in|register|join|donate|support|follow|share|click|tap|download|get|try"
                    + "|turn on|enable|allow|accept|disable|create|become|read|watch|listen|never miss|don'?t miss)\\b",
            FLAGS);

    private static final Pattern ADDRESSES_READER = Pattern.compile("\\b(you|your|you're|we|our|us)\\b", FLAGS);

    private CallToAction() {
    }

    static int phraseCount(String line) {
        Matcher matcher = PHRASES.matcher(line);
        int count = 0;
        while (matcher.find()) {
            count++;
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
