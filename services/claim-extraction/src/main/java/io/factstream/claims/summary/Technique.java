package io.factstream.claims.summary;

import java.util.regex.Pattern;

/**
 * The persuasion techniques Factstream detects, each with the wording that signals it. The patterns
 * are deliberately narrow: a false alarm on straight reporting costs more trust than a miss. Words that also name
 * things plainly ("extremists", "communist", "the invasion of Kuwait", "catastrophic damage") are left out: measured
 * on basil-dev's lexical-bias annotations, they flagged only reporting (docs/claims.md#persuasion-techniques).
 */
enum Technique {
    LOADED_LANGUAGE("loaded language", "\\b(outrageous|disgraceful|shameful|disastrous|sinister"
            + "|heinous|appalling|scandalous|reckless|brutal crackdown|radical agenda|so-called)\\b"),
    NAME_CALLING("name calling", "\\b(traitors?|thugs?|lunatics?|crooks?|puppets?|snowflakes?"
            + "|fascists?|globalists?|clowns?|idiots?)\\b"),
    EXAGGERATION_MINIMISATION("exaggeration or minimisation", "\\b(the worst ever|the best ever|of all time"
            + "|never before in history|completely destroyed|total disaster|nothing but|just a (?:tiny|small) "
            + "(?:fraction|handful)|merely a|a drop in the ocean|unprecedented catastrophe)\\b"),
    APPEAL_TO_FEAR("appeal to fear", "\\b(before it'?s too late|we will all|will destroy|threatens our way of "
            + "life|your (?:children|family) (?:are|is|will be) (?:at risk|in danger)|under attack)\\b"),
    DOUBT("doubt", "\\b(can (?:we|you) really trust|is (?:he|she|it|this) really|questionable record"
            + "|so-called experts?|dubious|what are they hiding|supposedly)\\b"),
    FLAG_WAVING("flag-waving", "\\b(true patriots?|real (?:americans|britons|germans|citizens)|our great nation"
            + "|for the sake of the nation|love (?:this|our) country|un-?patriotic)\\b"),
    CAUSAL_OVERSIMPLIFICATION("causal oversimplification", "\\b(the (?:sole|only|single) (?:cause|reason)"
            + "|all because of|is (?:entirely|solely) to blame|(?:everything|it) comes down to)\\b"),
    SLOGANS("slogans", "\\b(enough is enough|take back control|drain the swamp|no justice,? no peace"
            + "|(?:make|keep) \\w+ great again|lock (?:him|her|them) up|yes we can)\\b");

    private final String label;
    private final Pattern signal;

    Technique(String label, String signal) {
        this.label = label;
        this.signal = Pattern.compile(signal, Pattern.CASE_INSENSITIVE);
    }

    String label() {
        return label;
    }

    Pattern signal() {
        return signal;
    }
}
