package dev.newsdesk.corpus;

/** What a generator run wrote: article counts by format, sidecars, and the bytes of the article files (sidecars excluded). */
public record CorpusSummary(int articles, int textFiles, int htmlFiles, int sidecars, long articleBytes) {

    CorpusSummary plus(GeneratedArticle article, long bytes) {
        boolean html = article.format() == GeneratedArticle.Format.HTML;
        return new CorpusSummary(articles + 1, textFiles + (html ? 0 : 1), htmlFiles + (html ? 1 : 0),
                sidecars + (article.sidecar() != null ? 1 : 0), articleBytes + bytes);
    }

    static CorpusSummary empty() {
        return new CorpusSummary(0, 0, 0, 0, 0);
    }
}
