package dev.newsdesk.sources.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on a loopback address and a free port, answering each path with its own handler. */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastHeaders = new ConcurrentHashMap<>();

    private LoopbackServer(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** A server on 127.0.0.1. */
    static LoopbackServer start() {
        return startOn("127.0.0.1");
    }

    /** A server on another loopback address, such as 127.0.0.2 (Linux routes all of 127/8 to loopback). */
    static LoopbackServer startOn(String address) {
        return new LoopbackServer(address);
    }

    /** Answers requests for exactly this path with the handler; other paths get a 404. */
    LoopbackServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    URI url(String path) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many requests came for the path. */
    int requests(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    /** The headers of the last request for the path. */
    Headers lastRequestHeaders(String path) {
        return lastHeaders.get(path);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        counts.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        lastHeaders.put(path, exchange.getRequestHeaders());
        try (exchange) {
            HttpHandler handler = routes.get(path);
            if (handler == null) {
                respond(exchange, 404, "no route for " + path);
            } else {
                handler.handle(exchange);
            }
        }
    }

    /** A handler that answers with this status and text body (and any headers given as name, value, ...). */
    static HttpHandler text(int status, String body, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            respond(exchange, status, body);
        };
    }

    /** A handler that redirects to the location. */
    static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (status == 304 || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
