package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Several embedded nodes of the installed distribution (plugin in, security on) forming one cluster on loopback, for
 * tests of what a cluster survives. Every node has its own data directory and the same user and password, as every
 * node of a real cluster needs the same file-realm users.
 */
final class LoopbackCluster implements AutoCloseable {

    private final Map<String, EmbeddedNode> nodes;

    private LoopbackCluster(Map<String, EmbeddedNode> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code size} master-eligible nodes at once (they elect a master together) and returns when all answer. */
    static LoopbackCluster start(Path directory, int size, int heapMegabytes) throws IOException, InterruptedException {
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> "node-" + i).toList();
        List<Integer> transportPorts = freePorts(size);
        List<Path> dataDirs = sharingOnePassword(names.stream().map(directory::resolve).toList());
        EmbeddedNodeProperties app = TestNodes.app();
        // Installed once up front: the nodes would otherwise all find the installation missing at the same moment.
        NodeInstallation.prepare(app.distribution(), app.plugin(), app.installDir(), EmbeddedNode.requireJava(Path.of(System.getProperty("java.home"))));

        ExecutorService starting = Executors.newFixedThreadPool(size);
        Map<String, Future<EmbeddedNode>> futures = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            NodeDiscovery discovery = new NodeDiscovery("newsdesk-test-cluster", names.get(i), transportPorts.get(i), transportPorts, names);
            EmbeddedNodeProperties settings = TestNodes.settings(dataDirs.get(i), Map.of("heap-megabytes", heapMegabytes));
            futures.put(names.get(i), starting.submit(() -> EmbeddedNode.start(settings, discovery)));
        }
        starting.shutdown();
        Map<String, EmbeddedNode> started = new LinkedHashMap<>();
        List<Throwable> failures = new ArrayList<>();
        for (Map.Entry<String, Future<EmbeddedNode>> future : futures.entrySet()) {
            try {
                started.put(future.getKey(), future.getValue().get());
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        LoopbackCluster cluster = new LoopbackCluster(started);
        if (!failures.isEmpty()) {
            cluster.close();
            IllegalStateException failed = new IllegalStateException(failures.size() + " of " + size + " nodes did not start: " + failures.get(0).getMessage());
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
        return cluster;
    }

    /** Every node's HTTP address, in order. */
    List<String> urls() {
        return nodes.values().stream().map(node -> node.access().url().toString()).toList();
    }

    /** The user every node shares. */
    NodeAccess access() {
        return nodes.values().iterator().next().access();
    }

    /**
     * Kills the node's processes with SIGKILL (its Elasticsearch server and the launcher above it), as a crash or the
     * kernel's out-of-memory killer would: no shard handed over, no goodbye to the cluster. Returns when they are gone.
     * The node's {@link NodeKeeper} starts it again after its pause, as it would under the portal, and it rejoins.
     */
    void kill(String name) {
        ProcessHandle launcher = ProcessHandle.of(nodes.get(name).pid()).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        List<ProcessHandle> processes = Stream.concat(launcher.descendants(), Stream.of(launcher)).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Stops every node that still runs and leaves no process behind, whatever happened to the others. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (EmbeddedNode node : nodes.values()) {
            try {
                node.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static List<Integer> freePorts(int count) throws IOException {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(EmbeddedNode.freePort());
        }
        return List.copyOf(ports);
    }

    /** Creates the data directories, the first one's password copied into the others. */
    private static List<Path> sharingOnePassword(List<Path> dataDirs) throws IOException {
        for (Path dataDir : dataDirs) {
            Files.createDirectories(dataDir);
        }
        NodePassword.readOrCreate(dataDirs.get(0));
        for (Path dataDir : dataDirs.subList(1, dataDirs.size())) {
            Files.copy(dataDirs.get(0).resolve(NodePassword.FILE), dataDir.resolve(NodePassword.FILE), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return dataDirs;
    }
}
