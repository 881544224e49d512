package io.factstream.claims.entities;

import io.factstream.contracts.EntityKind;
import io.factstream.contracts.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people, organisations and places an article names, sentence by sentence. A name is judged by the whole
 * article: "Westport" that opens a sentence is a place if the article says "in Westport" elsewhere, and "Ortiz" is a
 * person once "Mayor Lina Ortiz" was named. A capitalised name that nothing in the article classifies is left out.
 */
public final class ArticleEntities {
    private final List<List<NameSpan>> names = new ArrayList<>();
    private final Map<String, NameCues.Cue> known = new HashMap<>();

    private ArticleEntities(List<String> sentences) {
        for (String sentence : sentences) {
            List<NameSpan> spans = NameSpans.in(sentence);
            names.add(spans);
            for (NameSpan name : spans) {
                NameCues.of(name).ifPresent(cue -> learn(name, cue));
            }
        }
    }

    public static ArticleEntities of(List<String> sentences) {
        return new ArticleEntities(sentences);
    }

    /** The entities the article's sentence (by its position in the list read) names, in order. */
    public List<EntityMention> in(int sentence) {
        List<EntityMention> mentions = new ArrayList<>();
        for (NameSpan name : names.get(sentence)) {
            Optional<NameCues.Cue> own = NameCues.of(name).filter(NameCues.Cue::sure);
            Optional.ofNullable(own.orElse(known.get(name.text()))).ifPresent(cue ->
                    mentions.add(new EntityMention(name.text(), name.start(), name.end(), cue.kind())));
        }
        return List.copyOf(mentions);
    }

    private void learn(NameSpan name, NameCues.Cue cue) {
        remember(name.text(), cue);
        if (cue.kind() == EntityKind.PERSON && name.words().size() > 1) {
            remember(NameCues.surname(name), cue);
        }
    }

    /** A sure cue wins over a weak one; between equals, the first in the article. */
    private void remember(String name, NameCues.Cue cue) {
        NameCues.Cue before = known.get(name);
        if (before == null || cue.sure() && !before.sure()) {
            known.put(name, cue);
        }
    }
}
