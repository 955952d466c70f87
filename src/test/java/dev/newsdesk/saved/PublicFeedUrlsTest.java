package dev.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.search.TestArticles;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With newsdesk.public-url set, feed addresses and the feed's links are on it, whatever Host header a request sends. */
@NewsdeskTest
@TestPropertySource(properties = "newsdesk.public-url=http://news.example.org")
class PublicFeedUrlsTest {

    private static final String PUBLIC = "http://news.example.org/";
    private static final String PASSWORD = "public password";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;

    @Test
    void aForgedHostHeaderDoesNotMakeTheFeedUrls() throws Exception {
        TestArticles.ensureIndexed(client);
        PortalClient portal = new PortalClient(port);
        String user = "publicurl" + System.nanoTime() % 1_000_000;
        portal.createUser(user, PASSWORD);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\":\"Hosted\",\"query\":\"q=" + TestArticles.SPREAD_WORD + "\"}";

        String created = call("POST /api/saved-queries", basic, "application/json", body);
        JsonNode saved = JsonMapper.builder().build().readTree(created.substring(created.indexOf("\r\n\r\n") + 4));
        String feedUrl = saved.get("feedUrl").asString();
        String listed = call("GET /api/saved-queries", basic, null, null);
        String page = call("GET /saved", basic, null, null);
        String atom = call("GET " + URI.create(feedUrl).getPath(), null, null, null);

        assertThat(created).startsWith("HTTP/1.1 201");
        assertThat(feedUrl).startsWith(PUBLIC + "feeds/saved/");
        assertThat(listed).contains(feedUrl).doesNotContain("evil.example");
        assertThat(page).startsWith("HTTP/1.1 200").contains(feedUrl).doesNotContain("evil.example");
        assertThat(atom).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom.substring(atom.indexOf("\r\n\r\n") + 4)));
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).allMatch(href -> href.startsWith(PUBLIC));
        assertThat(feed.getOtherLinks()).extracting(Link::getHref).contains(feedUrl).allMatch(href -> href.startsWith(PUBLIC));
        List<Entry> entries = feed.getEntries();
        assertThat(entries).isNotEmpty();
        for (Entry entry : entries) {
            assertThat(entry.getId()).startsWith(PUBLIC + "articles/");
            assertThat(entry.getAlternateLinks()).extracting(Link::getHref).allMatch(href -> href.startsWith(PUBLIC + "articles/"));
        }
    }

    /** One HTTP/1.0 request with {@code Host: evil.example} (which java.net.http will not send), answered as text. */
    private String call(String requestLine, String authorization, String contentType, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.0\r\nHost: evil.example\r\nAccept: */*\r\n");
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
