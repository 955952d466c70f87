package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one app at a time on a data directory. The operating system drops the lock when the app dies, so a crash
 * leaves nothing stale; a node the crashed app left running is found by its pid file and stopped.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);
    static final String LOCK_FILE = "newsdesk.lock";
    /** In the node's own logs folder: the node writes it, and only the app may write the data directory itself. */
    static final String NODE_PID_FILE = "logs/elasticsearch.pid";
    /** Where older installs kept it. */
    private static final String OLD_NODE_PID_FILE = "elasticsearch.pid";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    Path directory() {
        return directory;
    }

    /** Whether another process holds the lock on this data directory right now. */
    static boolean heldByAnother(Path dataDir) {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a second app context
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
            channel.close();
            throw new EmbeddedNodeException(
                    "The data directory " + dataDir.toAbsolutePath() + " is in use by another Newsdesk instance"
                            + (holder.isEmpty() ? "" : " (process " + holder + ")") + ".",
                    "Stop the other instance, or give this one its own newsdesk.elasticsearch.embedded.data-dir.");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        stopLeftoverNode(dataDir.resolve(NODE_PID_FILE), dataDir);
        stopLeftoverNode(dataDir.resolve(OLD_NODE_PID_FILE), dataDir);
        return new DataDirectoryLock(dataDir, channel, lock);
    }

    /** A node whose app was killed outright may still hold the data; nobody else can own it while we hold the lock. */
    private static void stopLeftoverNode(Path pidFile, Path dataDir) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"));
        if (leftover.isPresent()) {
            log.warn("Stopping Elasticsearch process {} left behind by an earlier run on {}", leftover.get().pid(), dataDir);
            ProcessHandle process = leftover.get();
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Releases the lock; a second call does nothing (a failed start stops its node, then drops the lock again). */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }
}
