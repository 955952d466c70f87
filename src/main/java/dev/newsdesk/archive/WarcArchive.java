package dev.newsdesk.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;

/**
 * Keeps fetched exchanges in gzipped WARC files ({@code newsdesk-<start>-<number>-<random>.warc.gz}), each a request,
 * a response and a metadata record, starting the next file once one reaches
 * {@link ArchiveProperties#rotateMegabytes()}. The file being written ends in {@code .open}; files a crashed process
 * left open are closed (renamed) when the next archive starts on the directory. Safe for concurrent writers.
 */
public class WarcArchive implements Closeable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String RANDOM_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Path dir;
    private final long rotateBytes;
    private final Random random = new SecureRandom();
    private ArchiveFile current;
    private int fileNumber;
    private boolean closed;

    /** Creates the directory if needed and closes the files a crashed process left open in it. */
    public WarcArchive(ArchiveProperties properties) throws IOException {
        this.dir = properties.dir();
        this.rotateBytes = properties.rotateBytes();
        Files.createDirectories(dir);
        closeLeftovers(dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes the exchange as a request and a response record and, when {@code metadata} has entries, a metadata
     * record that refers to the response (one {@code name: value} field per entry).
     */
    public synchronized void write(ArchivedExchange exchange, Map<String, String> metadata) throws IOException {
        if (closed) {
            throw new IllegalStateException("the archive in " + dir + " is closed");
        }
        if (current == null) {
            current = ArchiveFile.create(dir, nextName(), Instant.now());
        }
        try {
            current.write(ExchangeRecords.of(exchange, metadata));
        } catch (IOException | RuntimeException e) {
            closeCurrent(e);
            throw e;
        }
        if (current.size() >= rotateBytes) {
            closeCurrent(null);
        }
    }

    /** Closes and renames the file being written. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        closeCurrent(null);
    }

    private void closeCurrent(Exception failure) throws IOException {
        ArchiveFile file = current;
        current = null;
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private String nextName() {
        fileNumber++;
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(RANDOM_CHARACTERS.charAt(random.nextInt(RANDOM_CHARACTERS.length())));
        }
        return "newsdesk-%s-%05d-%s.warc.gz".formatted(STAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)),
                fileNumber, suffix);
    }

    /**
     * Renames the {@code .open} WARC files nobody holds a lock on. They are readable up to their last complete
     * record; {@link WarcPages} reports a torn last one.
     */
    private static void closeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.warc*" + ArchiveFile.OPEN_SUFFIX)) {
            for (Path file : files) {
                if (WarcPages.isWarc(file) && Files.isRegularFile(file)) {
                    closeLeftover(file);
                }
            }
        }
    }

    private static void closeLeftover(Path open) throws IOException {
        String name = open.getFileName().toString();
        Path closed = open.resolveSibling(name.substring(0, name.length() - ArchiveFile.OPEN_SUFFIX.length()));
        try (FileChannel channel = FileChannel.open(open, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return; // another process writes it
            }
            try {
                Files.move(open, closed);
            } catch (FileAlreadyExistsException e) {
                throw new FileAlreadyExistsException(open.toString(), closed.toString(),
                        "cannot close the leftover WARC file: the closed name is taken; move one of the two away");
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // an archive of this process writes it
        }
    }
}
