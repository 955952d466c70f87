package dev.newsdesk.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import dev.newsdesk.ingest.clean.BinaryContent;
import dev.newsdesk.ingest.clean.CleanedArticle;
import dev.newsdesk.ingest.clean.HtmlArticleExtractor;
import dev.newsdesk.ingest.clean.TextDecoder;
import dev.newsdesk.ingest.clean.TextDumpCleaner;
import dev.newsdesk.ingest.enrich.ArticleEnricher;
import dev.newsdesk.ingest.enrich.Enrichment;
import dev.newsdesk.ingest.enrich.Listing;
import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * Turns one file into an indexable document: read (gunzip, size limit, binary check), clean, enrich, and give it a
 * stable id and a content hash. Thread-safe; shared by the ingest workers and the extract command.
 */
public class ArticleExtractor {

    /** Part of every content hash: raising it makes the next ingest redo every file, e.g. after the cleaner improved. */
    static final String PIPELINE_VERSION = "1";

    private final TextDumpCleaner textCleaner;
    private final HtmlArticleExtractor htmlExtractor;
    private final ArticleEnricher enricher;
    private final long maxFileBytes;
    private final Clock clock;

    public ArticleExtractor(TextDumpCleaner textCleaner, HtmlArticleExtractor htmlExtractor, ArticleEnricher enricher,
                            long maxFileBytes, Clock clock) {
        this.textCleaner = textCleaner;
        this.htmlExtractor = htmlExtractor;
        this.enricher = enricher;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /** The extractor with the standard cleaners and enricher, as the settings ask: the file size limit and a user's outlet signatures. */
    public static ArticleExtractor standard(IngestProperties properties) {
        return new ArticleExtractor(new TextDumpCleaner(), new HtmlArticleExtractor(),
                new ArticleEnricher(Clock.systemUTC(), properties.outletSignatures()), properties.maxFileBytes(), Clock.systemUTC());
    }

    /** The document for a file; throws {@link UnreadableArticleException} with a reason a user can act on. */
    public ExtractedArticle extract(ArticleFile file) {
        ReadArticle read = read(file);
        return enrich(read, clean(read));
    }

    /**
     * Stage one: the file's bytes, decoded text and sidecar; rejects empty, binary and oversized files, and files that
     * change while they are read (a half-written file is indexed once it is complete, by the next ingest).
     */
    public ReadArticle read(ArticleFile file) {
        try {
            byte[] bytes = unpacked(file, whole(file.path(), "it"));
            byte[] sidecarBytes = Files.isRegularFile(file.sidecar()) ? whole(file.sidecar(), "its sidecar") : null;
            Sidecar sidecar = sidecarBytes == null ? Sidecar.NONE : Sidecar.parse(sidecarBytes, file.sidecar().getFileName().toString());
            if (bytes.length == 0) {
                throw new UnreadableArticleException("the file is empty");
            }
            if (!file.html() && BinaryContent.looksBinary(bytes)) {
                throw new UnreadableArticleException("it is a binary file, not text");
            }
            return new ReadArticle(file, bytes, file.html() ? null : TextDecoder.decode(bytes), sidecar, contentHash(bytes, sidecarBytes));
        } catch (IOException e) {
            throw new UnreadableArticleException("it cannot be read: " + e.getMessage(), e);
        }
    }

    /** Stage two: the article without its page furniture. */
    public CleanedArticle clean(ReadArticle read) {
        try {
            CleanedArticle cleaned = read.text() == null
                    ? htmlExtractor.extract(read.bytes(), read.sidecar().url())
                    : textCleaner.clean(read.text());
            if (cleaned.paragraphs().isEmpty()) {
                throw new UnreadableArticleException("no article text was found in it");
            }
            return cleaned;
        } catch (RuntimeException | StackOverflowError e) {
            throw unprocessable(e);
        }
    }

    /** Stage three: title, outlet, date and entities (NER, the slowest stage), and the document to index. */
    public ExtractedArticle enrich(ReadArticle read, CleanedArticle cleaned) {
        try {
            // Outlet signatures and "Published" lines often sit in the page furniture the cleaner removes.
            List<String> pageLines = read.text() == null ? cleaned.paragraphs() : read.text().lines().toList();
            ArticleFile file = read.file();
            Sidecar sidecar = read.sidecar();
            Enrichment enrichment = enricher.enrich(cleaned, sidecar, file.path().getFileName().toString(), pageLines);
            String url = sidecar.url() != null ? sidecar.url() : cleaned.metadata().canonicalUrl();
            ArticleDocument document = new ArticleDocument(
                    enrichment.title(), cleaned.body(), enrichment.outlet(), enrichment.agency(),
                    enrichment.published(), enrichment.publishedRule(),
                    enrichment.people(), enrichment.organizations(), enrichment.places(), enrichment.mentions(),
                    file.source(), url, clock.instant(), read.contentHash(), null, null, null);
            return new ExtractedArticle(idFor(sidecar, file), file.source(), document);
        } catch (RuntimeException | StackOverflowError e) {
            throw unprocessable(e);
        }
    }

    /**
     * The document for a fetched page, by the same cleaning and enrichment as a file. Its URL is its
     * {@code <link rel="canonical">} when it gives an http(s) one, else where it was fetched; the id comes from that URL
     * normalized, as a sidecar's URL gives a file's. The source's outlet wins; the listing's title and date are fallbacks.
     */
    public ExtractedArticle extract(WebPage page) {
        byte[] html = page.html();
        if (html.length == 0) {
            throw new UnreadableArticleException("the page is empty");
        }
        if (html.length > maxFileBytes) {
            throw new UnreadableArticleException("the page is too large (%.1f MB; the limit is %d MB, newsdesk.ingest.max-file-megabytes)"
                    .formatted(html.length / 1048576.0, maxFileBytes / 1048576));
        }
        CleanedArticle cleaned;
        try {
            cleaned = htmlExtractor.extract(html, page.url());
        } catch (RuntimeException | StackOverflowError e) {
            throw unprocessable(e);
        }
        if (cleaned.paragraphs().isEmpty()) {
            throw new UnreadableArticleException("no article text was found in it");
        }
        try {
            PageHints hints = page.hints();
            String url = ArticleUrls.normalized(canonicalOr(cleaned.metadata().canonicalUrl(), page.url()));
            Sidecar known = new Sidecar(url, hints.outlet(), null, null);
            Enrichment enrichment = enricher.enrich(cleaned, known, lastSegment(url), cleaned.paragraphs(),
                    new Listing(hints.title(), hints.published()));
            ArticleDocument document = new ArticleDocument(
                    enrichment.title(), cleaned.body(), enrichment.outlet(), enrichment.agency(),
                    enrichment.published(), enrichment.publishedRule(),
                    enrichment.people(), enrichment.organizations(), enrichment.places(), enrichment.mentions(),
                    page.origin(), url, clock.instant(), contentHash(html, String.join("\n", hints.toMetadata().values())
                            .getBytes(StandardCharsets.UTF_8)), hints.sourceId(), hints.collections(), page.fetchedAt());
            return new ExtractedArticle(ArticleUrls.idFor(url), page.origin(), document);
        } catch (RuntimeException | StackOverflowError e) {
            throw unprocessable(e);
        }
    }

    private static String canonicalOr(String canonical, String fetched) {
        if (canonical == null || canonical.isBlank()) {
            return fetched;
        }
        String lower = canonical.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? canonical.strip() : fetched;
    }

    /** A page's name for the last-resort title: its URL's last path segment. */
    private static String lastSegment(String url) {
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static UnreadableArticleException unprocessable(Throwable e) {
        return e instanceof UnreadableArticleException unreadable ? unreadable
                : new UnreadableArticleException("it could not be processed: " + e, e);
    }

    /** Stable across re-ingests: from the sidecar URL (normalized, see {@link ArticleUrls}) when there is one, else the path relative to the ingest root. */
    static String idFor(Sidecar sidecar, ArticleFile file) {
        if (sidecar.url() != null) {
            return ArticleUrls.idFor(sidecar.url());
        }
        String key = "source:" + file.source();
        return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)), 0, 10);
    }

    /**
     * All bytes of a regular file, at most the size limit even if it grows meanwhile; {@code what} names it in the
     * reasons ("it", "its sidecar").
     */
    private byte[] whole(Path path, String what) throws IOException {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new UnreadableArticleException(what + " is a symbolic link that leads nowhere (a loop, or its target is missing)");
        }
        BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new UnreadableArticleException(what + " is not a regular file");
        }
        if (before.size() > maxFileBytes) {
            throw new UnreadableArticleException("%s is too large (%.1f MB; the limit is %d MB, newsdesk.ingest.max-file-megabytes)"
                    .formatted(what, before.size() / 1048576.0, maxFileBytes / 1048576));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        }
        BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
        if (bytes.length != before.size() || after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new UnreadableArticleException(what + " changed while it was read (is it still being written?): ingest it again once it is complete");
        }
        return bytes;
    }

    private byte[] unpacked(ArticleFile file, byte[] bytes) throws IOException {
        if (!file.gzipped()) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] unpacked = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (unpacked.length > maxFileBytes) {
                throw new UnreadableArticleException("it unpacks to more than the limit of %d MB".formatted(maxFileBytes / 1048576));
            }
            return unpacked;
        }
    }

    private static String contentHash(byte[] bytes, byte[] sidecarBytes) {
        MessageDigest digest = sha256();
        digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        if (sidecarBytes != null) {
            digest.update(sidecarBytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] sha256(byte[] input) {
        return sha256().digest(input);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
