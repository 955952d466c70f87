package dev.newsdesk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.newsdesk.archive.WarcPages;

/** Finds the article files under the paths a user names: .txt, .html, .htm, each optionally gzipped. */
public final class ArticleFiles {

    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm");

    private ArticleFiles() {
    }

    /** Each file with its ingest root: the named directory, or the named file's own directory. */
    public static List<ArticleFile> under(List<Path> paths) {
        return paths.stream().flatMap(ArticleFiles::under).toList();
    }

    private static Stream<ArticleFile> under(Path path) {
        Path root = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return Stream.of(new ArticleFile(root, root.getParent() == null ? root : root.getParent()));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(ArticleFiles::isFileOrDeadLink).filter(ArticleFiles::isArticle).sorted()
                    .map(file -> new ArticleFile(file, root)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the directory " + root, e);
        }
    }

    /**
     * Regular files, and links that lead nowhere (loops, missing targets) so that the ingest names them as failures
     * instead of skipping them in silence. The walk follows no links, so a link loop cannot make it go round.
     */
    private static boolean isFileOrDeadLink(Path path) {
        return Files.isRegularFile(path) || Files.isSymbolicLink(path) && !Files.exists(path);
    }

    static boolean isArticle(Path file) {
        if (WarcPages.isWarc(file)) {
            return true;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String plain = name;
        return EXTENSIONS.stream().anyMatch(plain::endsWith);
    }
}
