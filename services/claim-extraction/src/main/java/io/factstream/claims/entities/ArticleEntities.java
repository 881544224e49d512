package io.factstream.claims.entities;

import io.factstream.contracts.EntityKind;
import io.factstream.contracts.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people, organisations and places an article names, sentence by sentence. A name is judged by the whole
 * article: "Westport" that opens a sentence is a place if the article says "in Westport" elsewhere, and "Ortiz" is a
 * person once "Mayor Lina Ortiz" was named. A capitalised name that nothing in the article classifies is left out.
 */
public final class ArticleEntities {
    private final List<List<CuedName>> names = new ArrayList<>();
    private final Map<String, NameCues.Cue> known = new HashMap<>();

    /** A name and what its own words and neighbours say about it, if anything. */
    private record CuedName(NameSpan name, Optional<NameCues.Cue> cue) {
    }

    private ArticleEntities(List<String> sentences) {
        for (String sentence : sentences) {
            List<CuedName> cued = new ArrayList<>();
            for (NameSpan name : NameSpans.in(sentence)) {
                Optional<NameCues.Cue> cue = NameCues.of(name);
                cue.ifPresent(found -> learn(name, found));
                cued.add(new CuedName(name, cue));
            }
            names.add(cued);
        }
    }

    public static ArticleEntities of(List<String> sentences) {
        return new ArticleEntities(sentences);
    }

    /**
     * Every name the article mentions, each once, in order of first mention: those left unclassified too (a
     * "Westport" the article never places), since what matters here is which names two articles share, not what they
     * name. A lone capitalised word that nothing classifies and that the article only ever capitalises where any word
     * is, at the opening of a sentence ("Critics say", "Officials added"), is no name: unrelated articles share those.
     */
    public List<String> names() {
        Set<String> capitalisedInside = new HashSet<>();
        names.forEach(sentence -> sentence.stream().map(CuedName::name).filter(name -> !name.atStart())
                .forEach(name -> capitalisedInside.add(name.text())));
        Set<String> all = new LinkedHashSet<>();
        names.forEach(sentence -> sentence.stream().filter(cued -> isName(cued, capitalisedInside))
                .forEach(cued -> all.add(cued.name().text())));
        return List.copyOf(all);
    }

    private boolean isName(CuedName cued, Set<String> capitalisedInside) {
        NameSpan name = cued.name();
        return cued.cue().isPresent() || known.containsKey(name.text()) || name.words().size() > 1
                || capitalisedInside.contains(name.text());
    }

    /** The entities the article's sentence (by its position in the list read) names, in order. */
    public List<EntityMention> in(int sentence) {
        List<EntityMention> mentions = new ArrayList<>();
        for (CuedName cued : names.get(sentence)) {
            NameSpan name = cued.name();
            NameCues.Cue cue = cued.cue().filter(NameCues.Cue::sure).orElse(known.get(name.text()));
            if (cue != null) {
                mentions.add(new EntityMention(name.text(), name.start(), name.end(), cue.kind()));
            }
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
