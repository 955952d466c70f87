package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;

/**
 * The versioned indices behind an alias ({@code articles-000001}, {@code articles-000002}, ...): which one the alias
 * points to, the next one to build, moving the alias in one atomic {@code _aliases} call, and removing versions.
 * Names come from {@link Indices}.
 */
@Component
public class IndexVersions {

    private final ElasticsearchClient client;

    public IndexVersions(ElasticsearchClient client) {
        this.client = client;
    }

    /** The index the alias points to (its write index when it points to several). */
    public String current(String alias) throws IOException {
        var indices = client.indices().getAlias(a -> a.name(alias)).result();
        return indices.entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue().aliases().get(alias).isWriteIndex()))
                .map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> indices.keySet().stream().sorted().reduce((first, last) -> last)
                        .orElseThrow(() -> new IllegalStateException("the alias " + alias + " points to no index")));
    }

    /** Every versioned index of the alias, oldest first, with its primary documents, primary store size and creation time. */
    public List<IndexVersion> list(String alias) throws IOException {
        String pattern = Indices.versionsPattern(alias);
        Map<String, IndexState> states = client.indices().get(g -> g.index(pattern).features(Feature.Settings, Feature.Aliases)).result();
        Map<String, IndicesStats> stats = states.isEmpty() ? Map.of()
                : client.indices().stats(s -> s.index(pattern).metric("docs", "store")).indices();
        List<IndexVersion> versions = new ArrayList<>();
        states.forEach((name, state) -> {
            OptionalInt generation = Indices.generation(alias, name);
            if (generation.isEmpty()) {
                return;
            }
            IndicesStats stat = stats.get(name);
            boolean primariesKnown = stat != null && stat.primaries() != null;
            long docs = primariesKnown && stat.primaries().docs() != null ? stat.primaries().docs().count() : 0;
            long bytes = primariesKnown && stat.primaries().store() != null ? stat.primaries().store().sizeInBytes() : 0;
            Long created = state.settings() == null || state.settings().index() == null ? null : state.settings().index().creationDate();
            boolean current = state.aliases() != null && state.aliases().containsKey(alias);
            versions.add(new IndexVersion(name, generation.getAsInt(), docs, bytes,
                    created == null ? null : Instant.ofEpochMilli(created), current));
        });
        versions.sort(Comparator.comparingInt(IndexVersion::generation));
        return versions;
    }

    /** The name of the version after every existing one: {@code articles-000003} when 1 and 2 exist. */
    public String nextName(String alias) throws IOException {
        int highest = list(alias).stream().mapToInt(IndexVersion::generation).max().orElse(0);
        return Indices.versioned(alias, highest + 1);
    }

    /** The newest version older than the one the alias points to, if one is kept: where a rollback goes. */
    public Optional<String> previous(String alias) throws IOException {
        List<IndexVersion> versions = list(alias);
        int current = versions.stream().filter(IndexVersion::current).mapToInt(IndexVersion::generation).findFirst().orElse(Integer.MAX_VALUE);
        return versions.stream().filter(version -> version.generation() < current)
                .max(Comparator.comparingInt(IndexVersion::generation)).map(IndexVersion::name);
    }

    /** Creates an index outside the alias; its settings and mappings come from the index template its name matches. */
    public void create(String index) throws IOException {
        client.indices().create(c -> c.index(index));
    }

    /**
     * Stops the periodic refresh of an index while it is being filled (fewer, larger segments, less merging) and
     * returns the interval its template gave it, for {@link #resumeRefresh}; null when it had none.
     */
    public String pauseRefresh(String index) throws IOException {
        IndexSettings settings = client.indices().getSettings(g -> g.index(index)).get(index).settings();
        Time interval = settings == null ? null
                : settings.refreshInterval() != null ? settings.refreshInterval()
                : settings.index() != null ? settings.index().refreshInterval() : null;
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        return interval == null ? null : interval.time();
    }

    /** Gives the index back the refresh interval {@link #pauseRefresh} returned (null: Elasticsearch's default). */
    public void resumeRefresh(String index, String interval) throws IOException {
        String value = interval == null ? "null" : "\"" + interval.replace("\"", "") + "\"";
        client.indices().putSettings(p -> p.index(index).withJson(new StringReader("{\"index\":{\"refresh_interval\":" + value + "}}")));
    }

    /**
     * Moves the alias from one index to another in a single {@code _aliases} call, so every search sees one or the
     * other and never both or neither. Fails, changing nothing, if the alias no longer points to {@code from}.
     */
    public void swap(String alias, String from, String to) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias).mustExist(true)))
                .actions(a -> a.add(add -> add.index(to).alias(alias).isWriteIndex(true))));
    }

    public boolean exists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    /** Deletes an index by its exact name; one that is already gone is fine. */
    public void delete(String index) throws IOException {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /**
     * After the alias moved from {@code previous} to {@code current}: keeps {@code current} and the newest
     * {@code keep} versions up to {@code previous}, and deletes the rest, including versions newer than
     * {@code previous} that a rollback had left behind. Returns the deleted names.
     */
    public List<String> prune(String alias, String previous, String current, int keep) throws IOException {
        int previousGeneration = Indices.generation(alias, previous).orElse(Integer.MAX_VALUE);
        List<IndexVersion> older = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (IndexVersion version : list(alias)) {
            if (version.name().equals(current)) {
                continue;
            }
            if (version.generation() > previousGeneration) {
                deleted.add(version.name());
            } else {
                older.add(version);
            }
        }
        older.sort(Comparator.comparingInt(IndexVersion::generation).reversed());
        older.stream().skip(Math.max(0, keep)).map(IndexVersion::name).forEach(deleted::add);
        for (String index : deleted) {
            delete(index);
        }
        return deleted;
    }

    /** Makes what was written to the index searchable. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** Documents in the index, as searches see them now. */
    public long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }
}
