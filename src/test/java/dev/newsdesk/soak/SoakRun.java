package dev.newsdesk.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import dev.newsdesk.benchmark.Machine;
import dev.newsdesk.benchmark.QueryMix;
import dev.newsdesk.benchmark.SearchQuery;
import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.platform.AppProcess;
import dev.newsdesk.security.PortalClient;

/**
 * One soak: the packaged portal on a fresh data directory, the first part of a generated corpus ingested with the
 * jar's command, readers with saved searches; then the clients for the set time while the ingest goes on, the heap
 * read after a full GC in the first and the last minute.
 */
final class SoakRun {

    private static final Logger log = LoggerFactory.getLogger(SoakRun.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration FIRST_INGEST_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final int QUERY_MIX_SIZE = 200;

    private final SoakSettings settings;

    SoakRun(SoakSettings settings) {
        this.settings = settings;
    }

    SoakResult run() throws Exception {
        Machine machine = Machine.current(settings.repository());
        Path work = settings.workDirectory();
        Path corpus = work.resolve("corpus");
        // The logs of an earlier soak would read as this one's.
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        // The node runs as its own user (newsdesk-es) when the portal is root: its data directory must be reachable.
        Path temp = Files.createTempDirectory("newsdesk-soak");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = temp.resolve("data");
        AppProcess.Launch launch = AppProcess.Launch.jar(settings.jar(), settings.repository());
        try (AppProcess portal = AppProcess.start(launch, work.resolve("portal.log"), List.of(
                "--newsdesk.elasticsearch.embedded.data-dir=" + data,
                "--newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD))) {
            log.info("Soak: starting the portal (log: {})", work.resolve("portal.log"));
            portal.awaitHealthy(STARTUP_TIMEOUT);

            CorpusGenerator generator = new CorpusGenerator(settings.seed());
            JarIngest ingest = new JarIngest(launch, data, work);
            ingestFirstPart(generator, ingest, corpus.resolve("first"));
            List<SearchQuery> queries = QueryMix.of(settings.seed(), QUERY_MIX_SIZE);
            List<String> feeds = SavedSearches.create(new PortalClient(portal.url().getPort()), "soak-reader-", settings.users(),
                    settings.savedSearchesPerUser(), queries);
            RequestMix mix = new RequestMix(queries, feeds);

            long articlesBefore = IndexedArticles.count(data);
            RequestLog warmup = new RequestLog("warm-up");
            RequestLog requests = new RequestLog("soak");
            HeapSample firstHeap;
            HeapSample lastHeap;
            ContinuousIngest.Tally tally;
            ScheduledExecutorService heapReader = Executors.newSingleThreadScheduledExecutor();
            try (ContinuousIngest ingesting = new ContinuousIngest(ingest, generator, corpus.resolve("batches"),
                    settings.firstArticles(), settings.batchArticles())) {
                ingesting.start();
                log.info("Soak: warming up with {} clients for {} s", settings.clients(), settings.warmup().toSeconds());
                SoakLoad.run(portal.url(), mix, settings.clients(), settings.warmup(), settings.seed() - settings.clients(), warmup);
                log.info("Soak: {} clients for {} s, heap read at {} s and {} s", settings.clients(), settings.duration().toSeconds(),
                        settings.firstHeapSample().toSeconds(), settings.lastHeapSample().toSeconds());
                ScheduledFuture<HeapSample> first = readHeap(heapReader, portal, settings.firstHeapSample());
                ScheduledFuture<HeapSample> last = readHeap(heapReader, portal, settings.lastHeapSample());
                SoakLoad.run(portal.url(), mix, settings.clients(), settings.duration(), settings.seed(), requests);
                firstHeap = first.get(1, TimeUnit.MINUTES);
                lastHeap = last.get(1, TimeUnit.MINUTES);
                tally = ingesting.tally();
            } finally {
                heapReader.shutdownNow();
            }
            long articlesAfter = IndexedArticles.count(data);
            log.info("Soak: {} requests, {} errors; {} articles ingested meanwhile", requests.overall().requests(), requests.errors(),
                    articlesAfter - articlesBefore);
            AppProcess.Stopped stopped = portal.stop(STOP_TIMEOUT);
            List<RequestLog.FailedRequest> firstErrors = Stream.concat(warmup.firstErrors().stream(), requests.firstErrors().stream())
                    .limit(RequestLog.KEPT_ERRORS).toList();
            return new SoakResult(machine, settings.duration(), settings.clients(), settings.warmup(), warmup.overall(), requests.byKind(),
                    requests.overall(), firstErrors, firstHeap, lastHeap, tally, articlesBefore, articlesAfter, describe(stopped));
        } finally {
            FileSystemUtils.deleteRecursively(temp);
            FileSystemUtils.deleteRecursively(corpus);
        }
    }

    private void ingestFirstPart(CorpusGenerator generator, JarIngest ingest, Path directory) throws IOException, InterruptedException {
        log.info("Soak: generating and ingesting the first {} articles", settings.firstArticles());
        generator.write(directory, 0, settings.firstArticles(), index -> { });
        int exit = ingest.run(directory, "ingest-first", FIRST_INGEST_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException("the ingest of the first " + settings.firstArticles() + " articles exited " + exit
                    + "; see " + ingest.log("ingest-first"));
        }
    }

    private static ScheduledFuture<HeapSample> readHeap(ScheduledExecutorService reader, AppProcess portal, Duration at) {
        return reader.schedule(() -> {
            try {
                return HeapSample.of(at, HeapAfterGc.bytes(portal.pid()));
            } catch (IOException | RuntimeException e) {
                log.warn("Soak: cannot read the portal's heap", e);
                return HeapSample.failed(at, e.toString());
            }
        }, at.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String describe(AppProcess.Stopped stopped) {
        String exit = stopped.exited() ? "exited on SIGTERM in " + stopped.took().toMillis() + " ms" : "did not exit on SIGTERM (killed)";
        return exit + (stopped.survivors().isEmpty() ? ", no process left" : ", left " + stopped.survivors() + " (killed)");
    }
}
