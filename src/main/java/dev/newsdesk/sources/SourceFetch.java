package dev.newsdesk.sources;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsdesk.ingest.ArticleExtractor;
import dev.newsdesk.ingest.ArticleUrls;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.ExtractedArticle;
import dev.newsdesk.ingest.FileResult;
import dev.newsdesk.ingest.PageHints;
import dev.newsdesk.ingest.UnreadableArticleException;
import dev.newsdesk.ingest.WebPage;
import dev.newsdesk.archive.ArchivedExchange;
import dev.newsdesk.archive.WarcArchive;
import dev.newsdesk.sources.fetch.FetchRefused;
import dev.newsdesk.sources.fetch.FetchRequest;
import dev.newsdesk.sources.fetch.Fetched;
import dev.newsdesk.sources.fetch.HostPoliteness;
import dev.newsdesk.sources.fetch.PageFetcher;
import dev.newsdesk.sources.fetch.RobotsRules;
import dev.newsdesk.sources.read.ContentFormat;
import dev.newsdesk.sources.read.ContentFormats;
import dev.newsdesk.sources.read.FeedItem;
import dev.newsdesk.sources.read.FeedReader;
import dev.newsdesk.sources.read.SitemapContent;
import dev.newsdesk.sources.read.SitemapEntry;
import dev.newsdesk.sources.read.SitemapReader;
import dev.newsdesk.sources.read.UnreadableSource;

/**
 * One fetch of one source: its feeds and sitemaps (conditional requests), the pages they list that the index does not
 * hold yet, each archived and then cleaned, enriched and indexed by the same code as a file. Polite: robots.txt, the
 * host's spacing, Retry-After.
 */
class SourceFetch {

    private static final Logger log = LoggerFactory.getLogger(SourceFetch.class);
    /** Child sitemaps of an index read in one fetch: news sitemap indexes list a few; archives of years wait. */
    static final int MAX_CHILD_SITEMAPS = 50;
    /** Pages indexed in one bulk request. */
    private static final int BATCH = 50;

    private final PageFetcher fetcher;
    private final HostPoliteness politeness;
    private final RobotsRules robots;
    private final KnownPages known;
    private final ArticleExtractor extractor;
    private final BulkIndexer bulk;
    private final WarcArchive archive;
    private final SourcesProperties properties;
    private final Clock clock;

    SourceFetch(PageFetcher fetcher, HostPoliteness politeness, RobotsRules robots, KnownPages known, ArticleExtractor extractor,
            BulkIndexer bulk, WarcArchive archive, SourcesProperties properties, Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.robots = robots;
        this.known = known;
        this.extractor = extractor;
        this.bulk = bulk;
        this.archive = archive;
        this.properties = properties;
        this.clock = clock;
    }

    FetchOutcome run(String sourceId, Source source, Lease lease) throws IOException, InterruptedException {
        Run run = new Run(sourceId, source);
        for (String followed : source.followed()) {
            if (!lease.keep()) {
                return run.outcome("lease lost");
            }
            run.listing(URI.create(followed), 0);
        }
        List<PageCandidate> fresh = run.fresh();
        int index = 0;
        List<ExtractedArticle> batch = new ArrayList<>();
        for (PageCandidate page : fresh) {
            if (index++ >= properties.maxPagesPerFetch() || !lease.keep()) {
                break;
            }
            run.page(page).ifPresent(batch::add);
            if (batch.size() >= BATCH) {
                run.index(batch);
            }
        }
        run.index(batch);
        return run.outcome(null);
    }

    /** The state of one fetch. */
    private final class Run {
        private final String sourceId;
        private final Source source;
        private final Map<String, PageCandidate> candidates = new LinkedHashMap<>();
        private final List<SourceError> errors = new ArrayList<>();
        private final Map<String, Validators> validators = new LinkedHashMap<>();
        private int listings;
        private int notModified;
        private int newArticles;

        Run(String sourceId, Source source) {
            this.sourceId = sourceId;
            this.source = source;
        }

        void listing(URI url, int depth) throws InterruptedException, IOException {
            Validators previous = source.validators().get(url.toString());
            Fetched answer = fetch(url, previous == null ? null : previous.etag(), previous == null ? null : previous.lastModified(),
                    sourceHints());
            if (answer == null) {
                return;
            }
            listings++;
            if (answer.notModified()) {
                notModified++;
                return;
            }
            if (!answer.ok()) {
                error(url, "it answered " + answer.status());
                return;
            }
            if (answer.etag() != null || answer.lastModified() != null) {
                validators.put(url.toString(), new Validators(answer.etag(), answer.lastModified()));
            }
            try {
                ContentFormat format = ContentFormats.of(answer.body(), answer.contentType(), answer.finalUrl());
                switch (format) {
                    case FEED -> FeedReader.read(answer.body(), answer.finalUrl()).items().forEach(this::candidate);
                    case SITEMAP, SITEMAP_INDEX -> sitemap(SitemapReader.read(answer.body(), answer.finalUrl()), depth);
                    default -> error(url, "it is no longer a feed or a sitemap");
                }
            } catch (UnreadableSource e) {
                error(url, e.getMessage());
            }
        }

        private void sitemap(SitemapContent content, int depth) throws InterruptedException, IOException {
            for (SitemapEntry entry : content.entries()) {
                add(entry.url(), entry.title(), entry.published() != null ? entry.published() : entry.lastModified(), null);
            }
            if (depth == 0) {
                List<URI> children = content.childSitemaps();
                for (URI child : children.subList(0, Math.min(MAX_CHILD_SITEMAPS, children.size()))) {
                    listing(child, 1);
                }
            }
        }

        private void candidate(FeedItem item) {
            add(item.url(), item.title(), item.published(), item.author());
        }

        private void add(URI url, String title, Instant published, String author) {
            String normalized = ArticleUrls.normalized(url.toString());
            String id = ArticleUrls.idFor(normalized);
            candidates.putIfAbsent(id, new PageCandidate(normalized, id, title, published, author));
        }

        /** The listed pages the index does not hold, newest first (undated last). */
        List<PageCandidate> fresh() throws IOException {
            Set<String> known = SourceFetch.this.known.known(candidates.keySet());
            return candidates.values().stream().filter(page -> !known.contains(page.id()))
                    .sorted(Comparator.comparing(PageCandidate::published, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        }

        java.util.Optional<ExtractedArticle> page(PageCandidate page) throws InterruptedException, IOException {
            URI url = URI.create(page.url());
            PageHints hints = new PageHints(source.outlet(), page.title(), page.published() == null ? null : page.published().toString(),
                    page.author(), sourceId, source.labels());
            Fetched answer = fetch(url, null, null, hints);
            if (answer == null) {
                return java.util.Optional.empty();
            }
            if (!answer.ok()) {
                String reason = "it answered " + answer.status();
                error(url, reason);
                if (answer.status() == 404 || answer.status() == 410) {
                    known.remember(page.id(), page.url(), sourceId, reason, null, clock.instant());
                }
                return java.util.Optional.empty();
            }
            try {
                ExtractedArticle article = extractor.extract(new WebPage(answer.finalUrl().toString(), answer.body(), answer.fetchedAt(),
                        hints, "source:" + sourceId));
                if (!article.id().equals(page.id())) { // its canonical URL (or a redirect) names it otherwise
                    known.remember(page.id(), page.url(), sourceId, "indexed under its canonical URL", article.id(), clock.instant());
                }
                return java.util.Optional.of(article);
            } catch (UnreadableArticleException e) {
                error(url, e.getMessage());
                known.remember(page.id(), page.url(), sourceId, e.getMessage(), null, clock.instant());
                return java.util.Optional.empty();
            }
        }

        void index(List<ExtractedArticle> batch) {
            if (batch.isEmpty()) {
                return;
            }
            for (FileResult result : bulk.index(List.copyOf(batch))) {
                if (result.status() == FileResult.Status.FAILED) {
                    errors.add(new SourceError(clock.instant(), result.file(), result.reason()));
                } else {
                    newArticles++;
                }
            }
            batch.clear();
        }

        /** The answer, archived; null (and an error noted) when it was refused or failed. */
        /** What the archive keeps beside a listing: the source's outlet, id and labels. */
        private PageHints sourceHints() {
            return new PageHints(source.outlet(), null, null, null, sourceId, source.labels());
        }

        private Fetched fetch(URI url, String etag, String lastModified, PageHints hints) throws InterruptedException, IOException {
            if (!robots.allowed(url)) {
                error(url, "robots.txt disallows it");
                return null;
            }
            Fetched answer;
            try (HostPoliteness.Permit permit = politeness.acquire(url, robots.crawlDelay(url))) {
                answer = fetcher.fetch(new FetchRequest(url, etag, lastModified));
            } catch (FetchRefused e) {
                error(url, e.getMessage());
                return null;
            }
            if ((answer.status() == 429 || answer.status() == 503) && answer.retryAfter() != null) {
                politeness.backOff(url, answer.retryAfter());
            }
            if (!answer.notModified()) {
                archive.write(new ArchivedExchange(answer.finalUrl(), answer.fetchedAt(), "GET", answer.requestHeaders(), answer.status(),
                        answer.responseHeaders(), answer.body()), hints.toMetadata());
            }
            return answer;
        }

        private void error(URI url, String reason) {
            log.debug("Source {}: {}: {}", sourceId, url, reason);
            errors.add(new SourceError(clock.instant(), url.toString(), reason));
        }

        FetchOutcome outcome(String stoppedBecause) {
            String status;
            if (stoppedBecause != null) {
                status = "stopped: " + stoppedBecause;
            } else if (listings == 0 && !errors.isEmpty()) {
                status = "failed: " + errors.get(errors.size() - 1).reason();
            } else if (notModified == listings && listings > 0) {
                status = "not modified";
            } else {
                status = "%d new %s from %d listed pages%s".formatted(newArticles, newArticles == 1 ? "article" : "articles",
                        candidates.size(), errors.isEmpty() ? "" : ", " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
            }
            List<SourceError> newestFirst = new ArrayList<>(errors);
            java.util.Collections.reverse(newestFirst);
            return new FetchOutcome(status, newestFirst, validators, newArticles);
        }
    }
}
