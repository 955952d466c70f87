package dev.newsdesk.ingest;

import java.nio.file.Path;
import java.util.Locale;

import dev.newsdesk.archive.WarcPages;
import dev.newsdesk.ingest.sidecar.Sidecar;

/** One article file and the ingest root it was found under; its id and source are relative to that root. */
public record ArticleFile(Path path, Path root) {

    /** The path relative to the ingest root, with forward slashes: what the index calls {@code source}. */
    public String source() {
        return root.relativize(path).toString().replace('\\', '/');
    }

    public boolean gzipped() {
        return name().endsWith(".gz") && !warc();
    }

    public boolean html() {
        String name = gzipped() ? name().substring(0, name().length() - 3) : name();
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** A web archive: each HTML page it holds is an article (see {@link dev.newsdesk.archive.WarcPages}). */
    public boolean warc() {
        return WarcPages.isWarc(path);
    }

    public Path sidecar() {
        return Sidecar.of(path);
    }

    private String name() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
