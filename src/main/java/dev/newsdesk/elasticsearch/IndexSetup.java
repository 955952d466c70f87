package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * At startup, installs the templates and creates the first versioned index behind each alias when the alias is
 * absent. If the cluster does not answer yet, it keeps trying in the background until it does.
 */
@Component
public class IndexSetup implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);
    private static final List<String> ALIASES = List.of(Indices.ARTICLES, Indices.SAVED_SEARCHES, Indices.ACCOUNTS, Indices.REINDEX_JOBS,
            Indices.INGESTED_PATHS, Indices.API_TOKENS, Indices.SOURCES, Indices.SEEN_PAGES);
    /**
     * The small indices no reindex rebuilds: an existing one gains the fields its template added since it was made
     * (adding fields is all a mapping update may do). The articles get new mappings through a reindex.
     */
    private static final List<String> UPGRADED_IN_PLACE = List.of(Indices.SAVED_SEARCHES, Indices.ACCOUNTS, Indices.REINDEX_JOBS,
            Indices.INGESTED_PATHS, Indices.API_TOKENS, Indices.SOURCES, Indices.SEEN_PAGES);

    private final ElasticsearchClient client;
    private final IndexTemplates templates;
    private final AtomicBoolean done = new AtomicBoolean();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "index-setup");
        thread.setDaemon(true);
        return thread;
    });

    IndexSetup(ElasticsearchClient client, IndexTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    @Override
    public void afterPropertiesSet() {
        if (!tryOnce()) {
            retries.scheduleWithFixedDelay(() -> {
                if (tryOnce()) {
                    retries.shutdown();
                }
            }, 5, 5, TimeUnit.SECONDS);
        }
    }

    /** True once templates and aliases are in place. */
    public boolean done() {
        return done.get();
    }

    private boolean tryOnce() {
        try {
            templates.install();
            for (String alias : ALIASES) {
                ensureAlias(alias);
            }
            done.set(true);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch is not ready for index setup yet ({}); trying again in 5 s", e.getMessage());
            return false;
        }
    }

    private void ensureAlias(String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            if (UPGRADED_IN_PLACE.contains(alias)) {
                String mappings = templates.mappingsOf(alias);
                client.indices().putMapping(m -> m.index(alias).withJson(new StringReader(mappings)));
            } else if (Indices.ARTICLES.equals(alias)) {
                upgradeArticlesIfAdditive();
            }
            return;
        }
        String index = Indices.versioned(alias, 1);
        try {
            client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
            log.info("Created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * An articles index made by an older version gains the fields added since (the crawler's {@code source_id} and
     * {@code collections}) when that is all that changed; otherwise it keeps its mapping until a reindex.
     */
    private void upgradeArticlesIfAdditive() throws IOException {
        String mappings = templates.mappingsOf(Indices.ARTICLES);
        try {
            client.indices().putMapping(m -> m.index(Indices.ARTICLES).withJson(new StringReader(mappings)));
        } catch (ElasticsearchException e) {
            log.warn("The articles index keeps its mapping until the next reindex ({})", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
