package dev.newsdesk.corpus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.newsdesk.ingest.sidecar.Sidecar;

/**
 * One generated article as the generator knows it: the truth behind the files it writes. Benchmarks index it
 * pre-enriched (the ceiling the indexer is compared with); tests compare what the indexer extracts against it.
 * Entity maps go from name to mention count in the body, most mentioned first; later mentions by surname or short
 * form count for the full name.
 */
public record GeneratedArticle(
        int index,
        String path,
        Format format,
        String title,
        boolean startsWithHeadline,
        CorpusVocabulary.Outlet outlet,
        String agency,
        OffsetDateTime published,
        String url,
        List<String> summary,
        List<Block> blocks,
        Map<String, Integer> people,
        Map<String, Integer> organizations,
        Map<String, Integer> places,
        Sidecar sidecar) {

    /** How the article is written to disk. */
    public enum Format {
        TEXT("txt"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** A paragraph or a sub-heading of the body. */
    public record Block(boolean subheading, String text) {
    }

    /** The article text an ideal cleaner keeps: summary bullets, paragraphs and sub-headings, blank-line separated. */
    public String body() {
        StringBuilder body = new StringBuilder();
        for (String bullet : summary) {
            body.append(bullet).append("\n\n");
        }
        for (Block block : blocks) {
            body.append(block.text()).append("\n\n");
        }
        return body.substring(0, Math.max(0, body.length() - 2));
    }
}
