package dev.newsdesk.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import dev.newsdesk.ingest.sidecar.Sidecar;

/**
 * A deterministic generator of news articles for tests and benchmarks: the same seed gives the same articles and
 * byte-identical files. Articles are written as text dumps ({@code .txt}) and saved web pages ({@code .html}) with the
 * page cruft the indexer strips, some with a {@code .meta.json} sidecar, a thousand per directory. It streams: memory
 * use does not grow with the count.
 */
public final class CorpusGenerator {

    private final long seed;
    private final ArticleComposer composer;
    private final TextDumpRenderer textRenderer;
    private final HtmlPageRenderer htmlRenderer;

    public CorpusGenerator(long seed) {
        this(seed, CorpusVocabulary.standard());
    }

    CorpusGenerator(long seed, CorpusVocabulary vocabulary) {
        this.seed = seed;
        this.composer = new ArticleComposer(seed, vocabulary);
        this.textRenderer = new TextDumpRenderer(vocabulary);
        this.htmlRenderer = new HtmlPageRenderer(vocabulary);
    }

    /** The article with this index: a pure function of the seed and the index. */
    public GeneratedArticle article(int index) {
        return composer.compose(index);
    }

    /** The content of the article's file, exactly as {@link #write} writes it. */
    public byte[] render(GeneratedArticle article) {
        var random = ArticleRandoms.random(seed, article.index(), ArticleRandoms.RENDER);
        String content = switch (article.format()) {
            case TEXT -> textRenderer.render(article, random);
            case HTML -> htmlRenderer.render(article, random);
        };
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The article as its outlet's web page, whatever its file format: what a crawler of a generated site fetches. */
    public byte[] renderPage(GeneratedArticle article) {
        var random = ArticleRandoms.random(seed, article.index(), ArticleRandoms.RENDER);
        return htmlRenderer.render(article, random).getBytes(StandardCharsets.UTF_8);
    }

    /** The content of the article's {@code .meta.json} sidecar, or null when it has none. */
    public byte[] renderSidecar(GeneratedArticle article) {
        return article.sidecar() == null ? null : article.sidecar().toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes articles 0..count-1 under {@code directory}, reporting each finished index to {@code progress}. */
    public CorpusSummary write(Path directory, int count, IntConsumer progress) throws IOException {
        return write(directory, 0, count, progress);
    }

    public CorpusSummary write(Path directory, int count) throws IOException {
        return write(directory, count, index -> { });
    }

    /**
     * Writes articles {@code from..to-1} under {@code directory}, at the paths the whole corpus has them: a corpus
     * written in parts (one directory each) holds the same files as one written at once.
     */
    public CorpusSummary write(Path directory, int from, int to, IntConsumer progress) throws IOException {
        CorpusSummary summary = CorpusSummary.empty();
        Path currentDirectory = null;
        for (int index = from; index < to; index++) {
            GeneratedArticle article = article(index);
            Path file = directory.resolve(article.path());
            if (!file.getParent().equals(currentDirectory)) {
                currentDirectory = file.getParent();
                Files.createDirectories(currentDirectory);
            }
            byte[] content = render(article);
            Files.write(file, content);
            byte[] sidecar = renderSidecar(article);
            if (sidecar != null) {
                Files.write(Sidecar.of(file), sidecar);
            }
            summary = summary.plus(article, content.length);
            progress.accept(index);
        }
        return summary;
    }
}
