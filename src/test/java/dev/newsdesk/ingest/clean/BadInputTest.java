package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Files an ingest meets in the wild or from an attacker: empty, binary, badly encoded, bodiless, absurdly nested, huge,
 * entity bombs, control characters. Never an exception, and a bounded result.
 */
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

    @Test
    void survivesAHundredThousandLevelsOfNesting() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000) + "</body></html>";

        assertThat(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null).paragraphs()).containsExactly(SENTENCE);
    }

    @Test
    void leavesEntitiesThatADocumentTypeDefinesUnexpanded() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            html.append("<!ENTITY lol").append(level).append(" \"").append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
        }
        html.append("]>\n<html><body><article><p>").append(SENTENCE).append("</p><p>&lol9; &lol9; &lol9;</p></article></body></html>");

        CleanedArticle article = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.paragraphs()).contains(SENTENCE);
        assertThat(String.join("\n", article.paragraphs())).hasSizeLessThan(html.length()).doesNotContain("lollol");
    }

    @Test
    void turnsControlCharactersIntoSpacesAndDropsHalfSurrogatesInText() {
        String text = numberedSentences(5) + "The lock\u0000keeper said \u001b[31mthe water\u001b[0m had risen\u0007 \uD800fast\uDFFF.\uFFFE\n";

        assertThat(cleaner.clean(text).paragraphs()).hasSize(6).endsWith("The lock keeper said [31mthe water [0m had risen fast.");
    }

    @Test
    void turnsControlCharactersIntoSpacesAndDropsHalfSurrogatesInPages() {
        String html = "<html><head><title>Lock&#27;keeper\u0001</title></head><body><article><h1>Lock&#0;keeper&#x1B;[1m</h1>"
                + "<p>The lock&#x1;keeper said &#xD800;the water\u0008 had &#x7F;risen\u001b[31m so fast in forty years of service.</p>"
                + "</article></body></html>";

        CleanedArticle article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.paragraphs()).singleElement().asString().doesNotContainPattern("[\\p{Cntrl}&&[^\\t\\n\\r]]")
                .doesNotContainPattern("\\p{Cs}").contains("lock keeper said");
        assertThat(article.metadata().headline()).doesNotContainPattern("[\\p{Cntrl}\\p{Cs}]");
    }

    @Test
    void stillDropsLinesOfBinaryDebrisAmongText() {
        String debris = "\u0001\u0002\u0003x\u0004\u0005y\u0006\u000e\u000f\u0010z\u0011\u0012";

        assertThat(cleaner.clean(numberedSentences(10) + debris + "\n").paragraphs()).hasSize(10).allMatch(line -> line.endsWith(SENTENCE));
    }

    private static String numberedSentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i).append(". ").append(SENTENCE).append('\n');
        }
        return text.toString();
    }
}
