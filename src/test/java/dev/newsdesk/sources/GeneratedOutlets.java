package dev.newsdesk.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.corpus.GeneratedArticle;

/**
 * News outlets made up by the corpus generator, served over HTTP for crawler tests: outlet {@code k} lives under
 * {@code /o<k>/} with a home page that links its feeds, an RSS 2.0 feed, an Atom feed, a Google News sitemap, and an
 * article page per published article. The site has a sitemap index and a robots.txt that names it. Articles are
 * published while a test runs ({@link #publish}); every request is counted by path.
 */
public final class GeneratedOutlets implements HttpHandler {

    private static final Pattern ARTICLE = Pattern.compile("/o(\\d+)/articles/(\\d+)\\.html");
    private static final Pattern OUTLET_PATH = Pattern.compile("/o(\\d+)/(|feed\\.xml|atom\\.xml|news-sitemap\\.xml)");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final CorpusGenerator generator;
    private final int outlets;
    private final Map<Integer, List<Integer>> published = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger nextArticle = new AtomicInteger();
    /** Articles a test wrote itself (a word only it uses), by index: their title and paragraphs. */
    private final Map<Integer, Written> written = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final java.util.Queue<Request> log = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile String slowMarker;
    private volatile java.time.Duration slowDelay = java.time.Duration.ZERO;
    private volatile String base = "";

    public GeneratedOutlets(long seed, int outlets) {
        this.generator = new CorpusGenerator(seed);
        this.outlets = outlets;
        for (int k = 0; k < outlets; k++) {
            published.put(k, new CopyOnWriteArrayList<>());
        }
    }

    /** The server's address ({@code http://127.0.0.1:port}), for absolute links in feeds and sitemaps. */
    public GeneratedOutlets at(String baseUrl) {
        this.base = baseUrl;
        return this;
    }

    /** Publishes the next generated article in outlet {@code k}'s feeds and sitemap; returns its page's path. */
    public String publish(int k) {
        int index = nextArticle.getAndIncrement();
        published.get(k).add(0, index);
        return articlePath(k, index);
    }

    /** Publishes an article the test wrote in outlet {@code k}: a title and paragraphs, on a plain news page. */
    public String publish(int k, String title, String... paragraphs) {
        int index = nextArticle.getAndIncrement();
        written.put(index, new Written(title, List.of(paragraphs)));
        published.get(k).add(0, index);
        return articlePath(k, index);
    }

    private record Written(String title, List<String> paragraphs) {
    }

    /** Publishes {@code count} articles in each outlet. */
    public void publishInEach(int count) {
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < outlets; k++) {
                publish(k);
            }
        }
    }

    public GeneratedArticle article(String path) {
        Matcher matcher = ARTICLE.matcher(path);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(path);
        }
        return generator.article(Integer.parseInt(matcher.group(2)));
    }

    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** Requests answered 304 Not Modified so far. */
    public int notModifiedAnswers() {
        return notModified.get();
    }

    /** Paths requested more than once. */
    public List<String> requestedTwice() {
        return requests.entrySet().stream().filter(entry -> entry.getValue().get() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    public static String articlePath(int k, int index) {
        return "/o" + k + "/articles/" + index + ".html";
    }

    public static String feedPath(int k) {
        return "/o" + k + "/feed.xml";
    }

    public static String homePath(int k) {
        return "/o" + k + "/";
    }

    /** One request as the server saw it: what was asked, by which User-Agent, from when to when (nanoTime). */
    public record Request(String path, String userAgent, long started, long ended) {

        public boolean overlaps(Request other) {
            return started < other.ended && other.started < ended;
        }
    }

    /** Every request answered so far, in the order they ended. */
    public List<Request> log() {
        return List.copyOf(log);
    }

    /** Requests from a User-Agent containing {@code marker} are answered after {@code delay}: a slow link to one crawler. */
    public void slowFor(String marker, java.time.Duration delay) {
        slowMarker = marker;
        slowDelay = delay;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        String userAgent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
        try {
            if (slowMarker != null && userAgent.contains(slowMarker)) {
                Thread.sleep(slowDelay.toMillis());
            }
            answer(exchange, path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            log.add(new Request(path, userAgent, started, System.nanoTime()));
        }
    }

    private void answer(HttpExchange exchange, String path) throws IOException {
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            Answer answer = answer(path);
            if (answer == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            // Listings answer conditional requests, as news sites' CDNs do: an unchanged feed is a 304.
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(answer.body())) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                send(exchange, 200, answer.contentType(), answer.body());
            }
        }
    }

    private Answer answer(String path) {
        if (path.equals("/robots.txt")) {
            return new Answer("text/plain", ("User-agent: *\nDisallow: /private/\nSitemap: " + base + "/sitemap-index.xml\n").getBytes(StandardCharsets.UTF_8));
        }
        if (path.equals("/sitemap-index.xml")) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int k = 0; k < outlets; k++) {
                xml.append("<sitemap><loc>").append(base).append("/o").append(k).append("/news-sitemap.xml</loc></sitemap>\n");
            }
            return xml("application/xml", xml.append("</sitemapindex>\n"));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            int k = Integer.parseInt(article.group(1));
            int index = Integer.parseInt(article.group(2));
            if (k >= outlets || !published.get(k).contains(index)) {
                return null;
            }
            Written own = written.get(index);
            return new Answer("text/html; charset=utf-8", own == null ? generator.renderPage(generator.article(index)) : page(k, own));
        }
        Matcher outlet = OUTLET_PATH.matcher(path);
        if (!outlet.matches() || Integer.parseInt(outlet.group(1)) >= outlets) {
            return null;
        }
        int k = Integer.parseInt(outlet.group(1));
        return switch (outlet.group(2)) {
            case "" -> home(k);
            case "feed.xml" -> rss(k);
            case "atom.xml" -> atom(k);
            default -> newsSitemap(k);
        };
    }

    private static byte[] page(int k, Written article) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(escape(article.title()))
                .append(" | Outlet ").append(k).append("</title><meta property=\"og:site_name\" content=\"Outlet ").append(k)
                .append("\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(escape(article.title())).append("</h1>");
        article.paragraphs().forEach(paragraph -> html.append("<p>").append(escape(paragraph)).append("</p>"));
        return html.append("</article><footer>© Outlet ").append(k).append("</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private Answer home(int k) {
        String html = "<!DOCTYPE html><html><head><title>Outlet " + k + "</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"" + feedPath(k) + "\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"atom.xml\">"
                + "</head><body><h1>Outlet " + k + "</h1></body></html>";
        return new Answer("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private Answer rss(int k) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Outlet ")
                .append(k).append("</title><link>").append(base).append(homePath(k)).append("</link><description>News</description>\n");
        for (int index : published.get(k)) {
            String title = written.containsKey(index) ? written.get(index).title() : generator.article(index).title();
            GeneratedArticle article = generator.article(index);
            xml.append("<item><title>").append(escape(title)).append("</title><link>").append(base).append(articlePath(k, index))
                    .append("?utm_source=rss&amp;utm_medium=feed</link><guid>").append(base).append(articlePath(k, index))
                    .append("</guid><pubDate>").append(RFC_822.format(date(article))).append("</pubDate></item>\n");
        }
        return xml("application/rss+xml", xml.append("</channel></rss>\n"));
    }

    private Answer atom(int k) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Outlet ")
                .append(k).append("</title><id>urn:outlet:").append(k).append("</id><updated>2026-01-01T00:00:00Z</updated>\n");
        for (int index : published.get(k)) {
            GeneratedArticle article = generator.article(index);
            xml.append("<entry><title>").append(escape(article.title())).append("</title><id>urn:article:").append(index)
                    .append("</id><link rel=\"alternate\" href=\"").append(base).append(articlePath(k, index)).append("\"/><updated>")
                    .append(date(article).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</updated></entry>\n");
        }
        return xml("application/atom+xml", xml.append("</feed>\n"));
    }

    private Answer newsSitemap(int k) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (int index : published.get(k)) {
            GeneratedArticle article = generator.article(index);
            xml.append("<url><loc>").append(base).append(articlePath(k, index)).append("</loc><news:news><news:publication><news:name>Outlet ")
                    .append(k).append("</news:name><news:language>en</news:language></news:publication><news:publication_date>")
                    .append(date(article).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</news:publication_date><news:title>")
                    .append(escape(article.title())).append("</news:title></news:news></url>\n");
        }
        return xml("application/xml", xml.append("</urlset>\n"));
    }

    private static OffsetDateTime date(GeneratedArticle article) {
        return article.published() == null ? OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : article.published();
    }

    private static Answer xml(String contentType, StringBuilder xml) {
        return new Answer(contentType, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Answer(String contentType, byte[] body) {
    }

    /** Every published article's page path, for assertions. */
    public List<String> publishedPaths() {
        List<String> paths = new ArrayList<>();
        published.forEach((k, indices) -> indices.forEach(index -> paths.add(articlePath(k, index))));
        return paths;
    }
}
