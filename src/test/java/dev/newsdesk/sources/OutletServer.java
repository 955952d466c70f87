package dev.newsdesk.sources;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** {@link GeneratedOutlets} served on loopback (127.0.0.1, a free port) until closed. */
public final class OutletServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final GeneratedOutlets outlets;

    private OutletServer(GeneratedOutlets outlets) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.outlets = outlets.at("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/", outlets);
        server.setExecutor(threads);
        server.start();
    }

    public static OutletServer serve(GeneratedOutlets outlets) throws IOException {
        return new OutletServer(outlets);
    }

    public GeneratedOutlets outlets() {
        return outlets;
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
