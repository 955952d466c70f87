package dev.newsdesk.corpus;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes an article as a plain-text dump of its web page, the way copying a page's text gives it: the outlet's
 * furniture (navigation labels, ad markers, banners, prompts, badges, counters, media-player debris, repeated photo
 * captions) around and between the headline, summary and paragraphs.
 */
final class TextDumpRenderer {

    private final CorpusVocabulary vocabulary;

    TextDumpRenderer(CorpusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String render(GeneratedArticle article, SplittableRandom random) {
        Set<String> kinds = article.outlet().cruftKinds();
        PageCruft cruft = new PageCruft(vocabulary, article, random);
        String gap = random.nextBoolean() ? "\n\n" : "\n";
        StringBuilder out = new StringBuilder(article.body().length() + 1024);

        if (kinds.contains("navigation")) {
            line(out, cruft.line("navigation"), gap);
        }
        if (kinds.contains("advertisement") && random.nextBoolean()) {
            line(out, cruft.line("advertisement"), gap);
        }
        if (kinds.contains("prompt") && random.nextBoolean()) {
            line(out, cruft.line("prompt"), gap);
        }
        if (kinds.contains("banner")) {
            line(out, cruft.line("banner"), gap);
        }
        if (article.startsWithHeadline()) {
            line(out, article.title(), gap);
        }
        for (String bullet : article.summary()) {
            line(out, "  \u2022 " + bullet, "\n");
        }
        if (!article.summary().isEmpty()) {
            out.append('\n');
        }
        if (kinds.contains("published") || random.nextDouble() < 0.25) {
            line(out, cruft.publishedLine(), "\n");
        }
        if (kinds.contains("prompt") && random.nextDouble() < 0.3) {
            line(out, cruft.line("prompt"), "\n");
        }
        if (kinds.contains("reading-time")) {
            line(out, cruft.line("reading-time"), "\n");
        }
        if (kinds.contains("trust")) {
            line(out, cruft.line("trust"), "\n");
        }
        if (kinds.contains("counter")) {
            line(out, Integer.toString(1 + random.nextInt(300)), "\n");
        }
        if (kinds.contains("caption-file")) {
            String caption = cruft.filePhotoCaption();
            line(out, caption, "\n");
            line(out, caption, gap);
        }
        String photoCaption = kinds.contains("caption-photo") ? cruft.photoCaption() : null;
        if (photoCaption != null) {
            line(out, photoCaption, "\n");
        }

        int paragraphs = article.blocks().size();
        int mediaAt = kinds.contains("media") ? 1 + random.nextInt(Math.max(1, paragraphs - 1)) : -1;
        int captionAt = photoCaption != null ? 2 + random.nextInt(Math.max(1, paragraphs - 1)) : -1;
        for (int i = 0; i < paragraphs; i++) {
            line(out, article.blocks().get(i).text(), gap);
            if (kinds.contains("advertisement") && random.nextDouble() < 0.15) {
                line(out, cruft.line("advertisement"), gap);
            }
            if (i == mediaAt) {
                mediaPlayer(out, article, cruft, gap);
            }
            if (i == captionAt) {
                line(out, photoCaption, "\n");
                line(out, photoCaption, gap);
            }
        }

        if (kinds.contains("follow")) {
            line(out, cruft.line("follow"), "\n");
        }
        if (kinds.contains("comments")) {
            line(out, cruft.line("comments"), "\n");
        }
        if (kinds.contains("prompt") && random.nextBoolean()) {
            line(out, cruft.line("prompt"), "\n");
        }
        if (kinds.contains("advertisement") && random.nextBoolean()) {
            line(out, cruft.line("advertisement"), "\n");
            line(out, cruft.line("advertisement"), "\n");
        }
        // Dumps often end without a final newline, as the seeds do.
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static void mediaPlayer(StringBuilder out, GeneratedArticle article, PageCruft cruft, String gap) {
        line(out, cruft.line("media-prompt"), "\n");
        line(out, article.title(), "\n");
        for (String debris : cruft.lines("media", 0.7)) {
            line(out, debris, "\n");
        }
        out.append(gap.equals("\n") ? "" : "\n");
    }

    private static void line(StringBuilder out, String text, String after) {
        out.append(text).append(after);
    }
}
