package dev.newsdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP against the running app as scripts (HTTP Basic, JSON) and people (form login, session cookie) use it; redirects are not followed. */
public final class PortalClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private final String base;

    /** The portal this test's Spring context serves on {@code port}. */
    public PortalClient(int port) {
        this("http://localhost:" + port);
    }

    /** A portal running at {@code base} (scheme, host and port), such as one started as its own process. */
    public PortalClient(URI base) {
        this(base.toString());
    }

    private PortalClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** As an anonymous script asks: no credentials, no preferred type. */
    public HttpResponse<String> get(String path) {
        return get(path, null, null);
    }

    /** As a browser without a session asks: HTML preferred. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    /** As a browser signed in with HTTP Basic asks: HTML preferred. */
    public HttpResponse<String> page(String path, String user, String password) {
        return send(request(path, user, password).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    /** A POST without a body, with any extra headers given as name, value, name, value ... */
    public HttpResponse<String> post(String path, String user, String password, String... headers) {
        HttpRequest.Builder builder = request(path, user, password);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> putJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send(request(path, user, password).DELETE().build());
    }

    public HttpResponse<String> patchJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * Any call with the {@code Authorization} header given ({@link #bearer}, or null for none): JSON in and out, as a
     * script with an API token sends it.
     */
    public HttpResponse<String> call(String method, String path, String json, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The {@code Authorization} header value of HTTP Basic credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a reindex job from {@code source} ("index" or "files") as the admin, failing the test unless it answers 202; answers its id. */
    public String startReindex(String source) {
        HttpResponse<String> response = postJson("/admin/reindex", "{\"source\": \"" + source + "\"}", ADMIN, ADMIN_PASSWORD);
        if (response.statusCode() != 202) {
            throw new AssertionError("starting a " + source + " reindex answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asString();
    }

    /** A reindex job's status as the admin API answers it. */
    public JsonNode reindexJob(String id) {
        return json(get("/admin/reindex/" + id, ADMIN, ADMIN_PASSWORD));
    }

    /** Makes an API token for a user through the API, failing the test unless it answers 201; answers the token. */
    public String createToken(String user, String password, String name, String rolesJson) {
        HttpResponse<String> response = postJson("/api/tokens", "{\"name\":\"%s\"%s}".formatted(name,
                rolesJson == null ? "" : ",\"roles\":" + rolesJson), user, password);
        if (response.statusCode() != 201) {
            throw new AssertionError("making a token for " + user + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("token").asString();
    }

    /** Creates an account through the admin API, failing the test unless it answers 201. */
    public void createUser(String username, String password) {
        HttpResponse<String> response = postJson("/admin/users",
                "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"USER\"]}".formatted(username, password), ADMIN, ADMIN_PASSWORD);
        if (response.statusCode() != 201) {
            throw new AssertionError("creating " + username + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A browser session: its cookie, and the CSRF token of the last page read. */
    public Session session() {
        return new Session();
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            builder.header("Authorization", basic(user, password));
        }
        return builder;
    }

    /** Where {@code path} (with any query) is on this portal, as a browser would be sent there. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Any request the methods above do not make, such as one with a timeout of its own, through the same client. */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #send(HttpRequest)}, reading the body as {@code body} says (bytes, for instance). */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a browser keeps between requests: the session cookie and the form's CSRF token. */
    public final class Session {

        private String cookie;
        private String csrf;

        public HttpResponse<String> page(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
            HttpResponse<String> response = send(withCookie(builder).GET().build());
            remember(response);
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        /** Posts a form the way the page's form does: with the token unless told not to. */
        public HttpResponse<String> post(String path, String form, boolean withToken) {
            String body = withToken && csrf != null ? form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf) : form;
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded");
            HttpResponse<String> response = send(withCookie(builder).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            remember(response);
            return response;
        }

        /** Logs in with the login page's form; the answer is the redirect that follows. */
        public HttpResponse<String> logIn(String user, String password) {
            page("/login");
            return post("/login", "username=" + encode(user) + "&password=" + encode(password), true);
        }

        public String cookie() {
            return cookie;
        }

        /** A call with this session's cookie and the given {@code Authorization} header, as a browser that also sends one. */
        public HttpResponse<String> postWithHeader(String path, String form, String authorization) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", authorization);
            return send(withCookie(builder).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private HttpRequest.Builder withCookie(HttpRequest.Builder builder) {
            return cookie == null ? builder : builder.header("Cookie", "JSESSIONID=" + cookie);
        }

        private void remember(HttpResponse<String> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                Matcher session = SESSION.matcher(header);
                if (session.find()) {
                    cookie = session.group(1);
                }
            }
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
