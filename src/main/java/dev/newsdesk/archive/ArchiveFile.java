package dev.newsdesk.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * One WARC file while it is written: named {@code ….warc.gz.open} and locked, so that another process starting on the
 * same directory leaves it alone, and renamed without {@code .open} when closed.
 */
final class ArchiveFile implements Closeable {

    static final String OPEN_SUFFIX = ".open";

    private final Path closedPath;
    private final Path openPath;
    private final FileChannel channel;
    private final FileLock lock;
    private final WarcWriter writer;

    private ArchiveFile(Path closedPath, Path openPath, FileChannel channel, FileLock lock, WarcWriter writer) {
        this.closedPath = closedPath;
        this.openPath = openPath;
        this.channel = channel;
        this.lock = lock;
        this.writer = writer;
    }

    /** Creates the file {@code name + ".open"} in {@code dir} and writes its warcinfo record. */
    static ArchiveFile create(Path dir, String name, Instant now) throws IOException {
        Path closedPath = dir.resolve(name);
        Path openPath = dir.resolve(name + OPEN_SUFFIX);
        FileChannel channel = FileChannel.open(openPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
            ArchiveFile file = new ArchiveFile(closedPath, openPath, channel, lock, writer);
            file.write(List.of(warcinfo(name, now)));
            return file;
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(openPath);
            throw e;
        }
    }

    /**
     * Writes the records, all or none: a failure cuts the file back to where it was, so it never holds half an
     * exchange. After a failure the file takes no more records (its compressor stopped in the middle of a gzip
     * member): close it.
     */
    void write(List<WarcRecord> records) throws IOException {
        long start = channel.position();
        try {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        } catch (IOException | RuntimeException e) {
            try {
                channel.truncate(start);
            } catch (IOException truncation) {
                e.addSuppressed(truncation);
            }
            throw e;
        }
    }

    long size() throws IOException {
        return channel.position();
    }

    Path path() {
        return openPath;
    }

    /** Closes the file and renames it without {@code .open}. */
    @Override
    public void close() throws IOException {
        try (channel) {
            channel.force(true);
            lock.release();
        }
        Files.move(openPath, closedPath);
    }

    private static Warcinfo warcinfo(String name, Instant now) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("Newsdesk"));
        fields.put("format", List.of("WARC File Format 1.0"));
        fields.put("conformsTo", List.of("http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"));
        fields.put("description", List.of("pages fetched by the Newsdesk crawler"));
        return new Warcinfo.Builder().date(now).filename(name).fields(fields).build();
    }
}
