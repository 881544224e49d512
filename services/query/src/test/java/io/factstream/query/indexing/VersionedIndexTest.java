package io.factstream.query.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A mapping change on the real Elasticsearch: the documents move to an index of the new definition and the alias
 * follows, so readers keep their name; an index made before aliases is migrated the same way.
 */
@QuarkusTest
class VersionedIndexTest {
    @Inject
    ElasticsearchClient client;

    private final String alias = "factstream-test-notes-" + UUID.randomUUID().toString().substring(0, 8);

    record Note(String text) {
    }

    @Test
    void aChangedDefinitionMovesTheDocumentsAndTheAlias() throws Exception {
        String first = VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v1.json");
        assertEquals(first, VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v1.json"), "unchanged");
        client.index(i -> i.index(alias).id("n1").version(3L).versionType(VersionType.External)
                .document(new Note("Bridges reopening")).refresh(Refresh.True));

        String second = VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v2.json");
        assertNotEquals(first, second);
        assertEquals(Set.of(second), client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
        assertFalse(client.indices().exists(e -> e.index(first)).value(), "the old index is gone");
        var copied = client.get(g -> g.index(alias).id("n1"), Note.class);
        assertEquals("Bridges reopening", copied.source().text());
        assertEquals(3L, copied.version(), "external versions survive the copy");
        assertEquals(1, client.search(s -> s.index(alias).query(q -> q.match(m -> m.field("text").query("bridge"))),
                Note.class).hits().hits().size(), "the new mapping (english analyzer) applies");
    }

    @Test
    void anInterruptedMigrationIsDoneAgain() throws Exception {
        String first = VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v1.json");
        client.index(i -> i.index(alias).id("n1").document(new Note("Harbour dredging")).refresh(Refresh.True));
        String second = VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v2.json");
        // As if stopped after creating the new index, before copying and moving the alias.
        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(second).alias(alias))));
        client.indices().delete(d -> d.index(second));
        client.indices().create(c -> c.index(second));
        client.indices().create(c -> c.index(first));
        client.index(i -> i.index(first).id("n1").document(new Note("Harbour dredging")).refresh(Refresh.True));
        client.indices().updateAliases(u -> u.actions(a -> a.add(r -> r.index(first).alias(alias))));

        assertEquals(second, VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v2.json"));
        assertEquals(Set.of(second), client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
        assertEquals("Harbour dredging", client.get(g -> g.index(alias).id("n1"), Note.class).source().text());
    }

    @Test
    void anIndexMadeBeforeAliasesIsMigrated() throws Exception {
        client.indices().create(c -> c.index(alias));
        client.index(i -> i.index(alias).id("n1").document(Map.of("text", "Ferry crossings")).refresh(Refresh.True));

        String versioned = VersionedIndex.ensure(client, alias, "elasticsearch-test/notes-v2.json");
        assertEquals(Set.of(versioned), client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
        assertEquals("Ferry crossings", client.get(g -> g.index(alias).id("n1"), Note.class).source().text());
    }
}
