package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Files an ingest meets in the wild: empty, binary, badly encoded, bodiless, absurdly nested, huge. Never an exception. */
class BadInputTest {

    private static final String SENTENCE = "The lock keeper said the water had never risen so fast in forty years of service.";
    private static final int TWENTY_MEGABYTES = 20 * 1024 * 1024;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final TextDumpCleaner cleaner = new TextDumpCleaner();

    @Test
    void emptyFilesGiveNoParagraphs() {
        assertThat(extractor.extract(new byte[0], null).paragraphs()).isEmpty();
        assertThat(cleaner.clean(TextDecoder.decode(new byte[0])).paragraphs()).isEmpty();
    }

    @Test
    void binaryFilesGiveNoParagraphs() {
        byte[] png = new byte[100_000];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        assertThat(extractor.extract(png, "https://harbour.example/a.png").paragraphs()).isEmpty();
        assertThat(cleaner.clean(TextDecoder.decode(png)).paragraphs()).isEmpty();
    }

    @Test
    void tellsBinaryFilesFromText() throws java.io.IOException {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", "003_462e65eee39eb3c9.txt"));

        assertThat(BinaryContent.looksBinary(random)).isTrue();
        assertThat(BinaryContent.looksBinary(seed)).isFalse();
        assertThat(BinaryContent.looksBinary("Caf\u00e9 news.\tTabs\r\nand lines.".getBytes(TextDecoder.WINDOWS_1252))).isFalse();
    }

    @Test
    void readsInvalidUtf8TextAsWindows1252() {
        byte[] bytes = "Caf\u00e9 owners \u201cwelcome\u201d the plan.".getBytes(TextDecoder.WINDOWS_1252);

        assertThat(cleaner.clean(TextDecoder.decode(bytes)).paragraphs()).containsExactly("Café owners “welcome” the plan.");
    }

    @Test
    void honoursTheCharsetAPageDeclares() {
        byte[] html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'></head>"
                + "<body><p>Le caf\u00e9 co\u00fbte 3 \u20ac.</p></body></html>").getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly("Le café coûte 3 €.");
    }

    @Test
    void fallsBackToWindows1252WhenAPageClaimsUtf8Wrongly() {
        byte[] html = "<html><head><meta charset='utf-8'></head><body><p>Caf\u00e9 \u201cnews\u201d.</p></body></html>"
                .getBytes(TextDecoder.WINDOWS_1252);

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly("Café “news”.");
    }

    @Test
    void readsUtf8PagesWithAByteOrderMarkAndNoDeclaration() {
        byte[] page = "<p>Zoë’s ferry.</p>".getBytes(StandardCharsets.UTF_8);
        byte[] html = new byte[page.length + 3];
        html[0] = (byte) 0xEF;
        html[1] = (byte) 0xBB;
        html[2] = (byte) 0xBF;
        System.arraycopy(page, 0, html, 3, page.length);

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly("Zoë’s ferry.");
    }

    @Test
    void pagesWithoutBodyGiveNoParagraphsButTheirMetadata() {
        CleanedArticle article = extractor.extract(
                "<html><head><title>Ferry terminal approved</title></head></html>".getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.paragraphs()).isEmpty();
        assertThat(article.metadata().headline()).isEqualTo("Ferry terminal approved");
    }

    @Test
    void survivesTenThousandLevelsOfNesting() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) {
            html.append(i % 2 == 0 ? "<div class='level'>" : "<section>");
        }
        html.append("<p>").append(SENTENCE).append("</p>");
        for (int i = 0; i < 10_000; i++) {
            html.append(i % 2 == 0 ? "</section>" : "</div>");
        }

        assertThat(extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null).paragraphs()).containsExactly(SENTENCE);
    }

    @Test
    void survivesTenThousandUnclosedInlineElements() {
        String html = "<body>" + "<span><b>".repeat(5_000) + SENTENCE;

        assertThat(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null).paragraphs()).containsExactly(SENTENCE);
    }

    @Test
    void extractsATwentyMegabytePage() {
        StringBuilder html = new StringBuilder(TWENTY_MEGABYTES + 1000).append("<html><body><article>");
        for (int i = 0; html.length() < TWENTY_MEGABYTES; i++) {
            html.append("<p>Paragraph ").append(i).append(": ").append(SENTENCE).append("</p><div class='ad'><a href='/x'>Buy</a></div>\n");
        }
        html.append("</article></body></html>");

        CleanedArticle article = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.paragraphs()).hasSizeGreaterThan(100_000).startsWith("Paragraph 0: " + SENTENCE).doesNotContain("Buy");
    }

    @Test
    void cleansATwentyMegabyteTextDump() {
        StringBuilder text = new StringBuilder(TWENTY_MEGABYTES + 1000);
        for (int i = 0; text.length() < TWENTY_MEGABYTES; i++) {
            text.append("Advertisement\n").append(i).append(". ").append(SENTENCE).append("\n\n");
        }

        assertThat(cleaner.clean(text.toString()).paragraphs()).hasSizeGreaterThan(100_000).doesNotContain("Advertisement");
    }
}
