package dev.newsdesk.security;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.search.TestArticles;

/**
 * Every route of the app, called by an anonymous reader, a user, another user and the admin, answers as
 * {@code src/test/resources/security/access-matrix.csv} says; a route the app maps without a row there fails.
 */
@NewsdeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String MATRIX = "/security/access-matrix.csv";
    private static final String PASSWORD = "matrix password";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient portal;
    List<Caller> callers;
    /** The user whose saved searches the rows' {saved} and {feed} name. */
    String owner;

    @BeforeAll
    void createCallers() {
        TestArticles.ensureIndexed(client);
        portal = new PortalClient(port);
        owner = uniqueName("owner");
        String other = uniqueName("other");
        portal.createUser(owner, PASSWORD);
        portal.createUser(other, PASSWORD);
        // The owner comes last: the others try to change its saved search first, and the owner may then delete it.
        callers = List.of(new Caller("anonymous", null, null, 0), new Caller("other", other, PASSWORD, 2),
                new Caller("admin", ADMIN, ADMIN_PASSWORD, 3), new Caller("user", owner, PASSWORD, 1));
    }

    @Test
    void everyRouteOfTheAppHasARow() {
        List<Row> rows = Row.all();
        List<String> missing = new ArrayList<>();
        for (Route route : routes()) {
            if (rows.stream().noneMatch(route::coveredBy)) {
                missing.add(route.toString());
            }
        }
        assertThat(missing).as("routes without a row in " + MATRIX + " (add one with the answer each caller should get)").isEmpty();
    }

    @Test
    void everyCallerGetsTheAnswerTheMatrixGives() {
        List<String> wrong = new ArrayList<>();
        for (Row row : Row.all()) {
            SavedSearch saved = row.sample().contains("{saved}") || row.sample().contains("{feed}") ? save(owner) : null;
            for (Caller caller : callers) {
                String path = row.sample().replace("{saved}", saved == null ? "" : saved.id())
                        .replace("{feed}", saved == null ? "" : saved.feedPath());
                String body = row.body().replace("{new}", uniqueName("new"));
                HttpResponse<String> response = call(row, caller, path, body);
                String expected = row.expected().get(caller.column());
                if (!answers(response, expected)) {
                    wrong.add("%s %s (%s) as %s: expected %s, got %d%s".formatted(row.method(), path, row.client(), caller.name(), expected,
                            response.statusCode(), response.headers().firstValue("Location").map(location -> " " + location).orElse("")));
                }
            }
        }
        assertThat(wrong).as("answers that differ from " + MATRIX).isEmpty();
    }

    private HttpResponse<String> call(Row row, Caller caller, String path, String body) {
        if (row.client().equals("token")) {
            return portal.call(row.method(), path, body.isEmpty() ? null : body, caller.token() == null ? null : PortalClient.bearer(caller.token()));
        }
        if (row.client().equals("api")) {
            return switch (row.method()) {
                case "GET" -> portal.get(path, caller.user(), caller.password());
                case "POST" -> portal.postJson(path, body, caller.user(), caller.password());
                case "PUT" -> portal.putJson(path, body, caller.user(), caller.password());
                case "DELETE" -> portal.delete(path, caller.user(), caller.password());
                case "PATCH" -> portal.patchJson(path, body, caller.user(), caller.password());
                default -> throw new IllegalArgumentException("no way to send " + row.method() + " in " + MATRIX);
            };
        }
        PortalClient.Session session = caller.session(portal);
        HttpResponse<String> response = switch (row.method()) {
            case "GET" -> session.page(path);
            case "POST" -> session.post(path, body, true);
            default -> throw new IllegalArgumentException("a page sends GET or POST, not " + row.method() + " (" + MATRIX + ")");
        };
        if (path.equals("/logout")) {
            caller.loggedOut();
        }
        return response;
    }

    /** A status, or "302 /path": a redirect to that path, whatever its query string. */
    private static boolean answers(HttpResponse<String> response, String expected) {
        String[] parts = expected.split(" ", 2);
        if (response.statusCode() != Integer.parseInt(parts[0])) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        String location = response.headers().firstValue("Location").orElse("");
        return URI.create(location).getPath().equals(parts[1]);
    }

    private SavedSearch save(String owner) {
        HttpResponse<String> created = portal.postJson("/api/saved-queries", "{\"name\":\"Matrix\",\"query\":\"q=vietnam\"}", owner, PASSWORD);
        assertThat(created.statusCode()).as("saving a search for the matrix").isEqualTo(201);
        return new SavedSearch(json(created).get("id").asString(), URI.create(json(created).get("feedUrl").asString()).getPath());
    }

    /** Every method and path pattern the app's handler mappings (its controllers, the actuator's endpoints) answer. */
    private Set<Route> routes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
                String client = consumes.contains(MediaType.APPLICATION_FORM_URLENCODED) ? "page"
                        : consumes.contains(MediaType.APPLICATION_JSON) ? "api" : null;
                List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                        routes.add(new Route(method, pattern, client));
                    }
                }
            }
        }
        return routes;
    }

    private static String uniqueName(String prefix) {
        return "matrix-" + prefix + System.nanoTime() % 1_000_000 + "-" + NAMES.incrementAndGet();
    }

    /** A route as mapped: its client is "page" or "api" when the mapping only takes forms or JSON, else null (either). */
    record Route(String method, String pattern, String client) implements Comparable<Route> {

        boolean coveredBy(Row row) {
            String rowClient = row.client().equals("token") ? "api" : row.client();
            return row.method().equals(method) && row.pattern().equals(pattern) && (client == null || rowClient.equals(client));
        }

        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern + (client == null ? "" : " (" + client + ")");
        }
    }

    /** One line of the matrix. */
    record Row(String method, String pattern, String client, String sample, List<String> expected, String body) {

        static List<Row> all() {
            try (InputStream in = AccessMatrixTest.class.getResourceAsStream(MATRIX)) {
                List<Row> rows = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(",", 9);
                    if (cells.length != 9 || !Set.of("api", "token", "page").contains(cells[2])) {
                        throw new IllegalStateException(MATRIX + ": a row is method,pattern,api|token|page,sample,four answers,body: " + line);
                    }
                    rows.add(new Row(cells[0], cells[1], cells[2], cells[3], List.of(cells[4], cells[5], cells[6], cells[7]), cells[8]));
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record SavedSearch(String id, String feedPath) {
    }

    /** Who calls: credentials for HTTP Basic, and a browser session logged in with them (kept, but fresh after a logout). */
    final class Caller {

        private final String name;
        private final String user;
        private final String password;
        /** Which of the four answers of a row is this caller's. */
        private final int column;
        private PortalClient.Session session;
        private String token;

        Caller(String name, String user, String password, int column) {
            this.name = name;
            this.user = user;
            this.password = password;
            this.column = column;
        }

        String name() {
            return name;
        }

        String user() {
            return user;
        }

        String password() {
            return password;
        }

        int column() {
            return column;
        }

        /** An API token of the caller's with all their roles, made on first use; none for anonymous. */
        String token() {
            if (token == null && user != null) {
                token = portal.createToken(user, password, "matrix", null);
            }
            return token;
        }

        /** The caller's browser, on a page whose forms carry a CSRF token; a logout ends it, so the next call logs in again. */
        PortalClient.Session session(PortalClient portal) {
            if (session == null) {
                session = portal.session();
                if (user != null) {
                    HttpResponse<String> loggedIn = session.logIn(user, password);
                    assertThat(loggedIn.headers().firstValue("Location").orElse("")).as("logging in " + name).doesNotContain("error");
                }
            }
            PortalClient.Session current = session;
            current.page("/login");
            return current;
        }

        void loggedOut() {
            session = null;
        }
    }
}
