package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factstream.support.elasticsearch.BulkRejected;
import io.factstream.support.elasticsearch.Indices;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An index that readers and writers reach through an alias, so that its mapping can change without downtime. The
 * index behind the alias is named after its definition ({@code <alias>-<first 8 hex digits of the definition's
 * SHA-256>}): a changed definition is a new index, which is filled from the old one (every document, keeping its
 * version), then takes the alias in one atomic step; the old index is deleted after. Until the switch, readers use
 * the old index. An index named like the alias (before aliases) is migrated the same way.
 *
 * <p>Writes that other instances, still on the old definition, make during the copy stay in the old index: upgrade
 * every instance of a service together when its mappings change.
 */
public final class VersionedIndex {
    private static final int COPY_BATCH = 500;
    private static final String SCROLL_KEEP_ALIVE = "2m";

    private VersionedIndex() {
    }

    /**
     * Makes {@code alias} lead to an index of {@code definition} (a classpath resource) and returns that index. A
     * migration that was interrupted (or that another instance runs at the same time) is done again: copying is
     * idempotent, and the alias move is one atomic step.
     */
    public static String ensure(ElasticsearchClient client, String alias, String definition) {
        try {
            byte[] json = Indices.read(definition);
            String target = alias + "-" + version(json);
            Set<String> current = currentIndices(client, alias);
            if (current.equals(Set.of(target))) {
                return target;
            }
            create(client, target, json);
            Set<String> older = current.stream().filter(index -> !index.equals(target)).collect(Collectors.toSet());
            for (String old : older) {
                copy(client, old, target);
            }
            moveAlias(client, alias, older, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare index " + alias, e);
        }
    }

    /** The indices behind the alias, or the index of that name made before aliases, or none. */
    private static Set<String> currentIndices(ElasticsearchClient client, String alias) throws IOException {
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            return client.indices().getAlias(g -> g.name(alias)).aliases().keySet();
        }
        return client.indices().exists(e -> e.index(alias)).value() ? Set.of(alias) : Set.of();
    }

    /** Unless it exists already (an interrupted migration, or another instance's). */
    private static void create(ElasticsearchClient client, String index, byte[] json) throws IOException {
        try {
            client.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(json)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Copies every document, keeping its version as an external version. By scroll and bulk rather than the reindex
     * API, which the local Elasticsearch (built without its reindex module) does not have.
     */
    private static void copy(ElasticsearchClient client, String from, String to) throws IOException {
        SearchResponse<ObjectNode> page = client.search(s -> s.index(from).size(COPY_BATCH).version(true)
                .scroll(t -> t.time(SCROLL_KEEP_ALIVE)).sort(o -> o.doc(d -> d)), ObjectNode.class);
        String scrollId = page.scrollId();
        try {
            List<Hit<ObjectNode>> hits = page.hits().hits();
            while (!hits.isEmpty()) {
                write(client, to, hits);
                String current = scrollId;
                ScrollResponse<ObjectNode> next = client.scroll(r -> r.scrollId(current)
                        .scroll(t -> t.time(SCROLL_KEEP_ALIVE)), ObjectNode.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String last = scrollId;
            client.clearScroll(c -> c.scrollId(last));
        }
        client.indices().refresh(r -> r.index(to));
    }

    private static void write(ElasticsearchClient client, String to, List<Hit<ObjectNode>> hits) throws IOException {
        BulkResponse response = client.bulk(bulk -> {
            hits.forEach(hit -> bulk.operations(op -> op.index(i -> i.index(to).id(hit.id()).document(hit.source())
                    .version(hit.version()).versionType(VersionType.External))));
            return bulk;
        });
        BulkRejected.throwIfAny(response, "a copy into " + to);
    }

    /** One atomic step; when another instance made it first, the alias leads to {@code to} already. */
    private static void moveAlias(ElasticsearchClient client, String alias, Set<String> from, String to)
            throws IOException {
        boolean beforeAliases = from.equals(Set.of(alias));
        try {
            client.indices().updateAliases(u -> {
                if (beforeAliases) {
                    u.actions(a -> a.removeIndex(r -> r.index(alias)));
                } else {
                    from.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                }
                return u.actions(add(to, alias));
            });
        } catch (ElasticsearchException e) {
            if (!currentIndices(client, alias).equals(Set.of(to))) {
                throw e;
            }
        }
        if (!beforeAliases && !from.isEmpty()) {
            client.indices().delete(d -> d.index(List.copyOf(from)).ignoreUnavailable(true));
        }
    }

    private static Action add(String index, String alias) {
        return Action.of(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
    }

    private static String version(byte[] definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    new String(definition, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
