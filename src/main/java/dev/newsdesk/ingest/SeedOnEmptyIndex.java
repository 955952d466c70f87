package dev.newsdesk.ingest;

import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.elasticsearch.Indices;

/**
 * On a start with an empty index, ingests the seed articles in the background so the portal has something to show.
 * The portal's alone: the commands never seed. Until the seeds are searchable, {@link SeedsHealthIndicator} holds
 * health (and readiness) out of service, so a newcomer's first search finds them.
 */
@Component
@ConditionalOnWebApplication
class SeedOnEmptyIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnEmptyIndex.class);

    private final IngestProperties properties;
    private final IndexSetup indexSetup;
    private final ElasticsearchClient client;
    private final Ingester ingester;
    private volatile Seeding seeding;

    /** Where seeding stands; {@code PENDING} from the start of the app until the index has articles or seeding gave up. */
    enum Seeding { NOT_WANTED, PENDING, DONE, FAILED }

    SeedOnEmptyIndex(IngestProperties properties, IndexSetup indexSetup, ElasticsearchClient client, Ingester ingester) {
        this.properties = properties;
        this.indexSetup = indexSetup;
        this.client = client;
        this.ingester = ingester;
        this.seeding = wanted() ? Seeding.PENDING : Seeding.NOT_WANTED;
    }

    Seeding seeding() {
        return seeding;
    }

    private boolean wanted() {
        return properties.seedOnEmpty() && properties.seedDir() != null && Files.isDirectory(properties.seedDir());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seeding != Seeding.PENDING) {
            return;
        }
        Thread seeding = new Thread(this::seedIfEmpty, "seed-ingest");
        seeding.setDaemon(true);
        seeding.start();
    }

    private void seedIfEmpty() {
        try {
            while (!indexSetup.done()) {
                Thread.sleep(1000);
            }
            if (client.count(c -> c.index(Indices.ARTICLES)).count() == 0) {
                log.info("The index is empty: ingesting the seed articles from {}", properties.seedDir().toAbsolutePath());
                IngestReport report = ingester.ingest(List.of(properties.seedDir()), IngestProgress.SILENT);
                client.indices().refresh(r -> r.index(Indices.ARTICLES));
                log.info("Seed articles: {}", report.summary());
            }
            seeding = Seeding.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            seeding = Seeding.FAILED;
            log.warn("Could not ingest the seed articles: {}", e.getMessage());
        }
    }
}
