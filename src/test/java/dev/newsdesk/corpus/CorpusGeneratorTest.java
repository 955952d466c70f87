package dev.newsdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int SAMPLE = 400;

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        new CorpusGenerator(11).write(temp.resolve("a"), 80);
        new CorpusGenerator(11).write(temp.resolve("b"), 80);

        Map<String, byte[]> first = contents(temp.resolve("a"));
        Map<String, byte[]> second = contents(temp.resolve("b"));
        assertThat(first).hasSizeGreaterThanOrEqualTo(80);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aCorpusWrittenInPartsHoldsTheFilesOfOneWrittenAtOnce() throws IOException {
        new CorpusGenerator(11).write(temp.resolve("whole"), 60);
        new CorpusGenerator(11).write(temp.resolve("parts"), 0, 25, index -> { });
        new CorpusGenerator(11).write(temp.resolve("parts"), 25, 60, index -> { });

        Map<String, byte[]> whole = contents(temp.resolve("whole"));
        Map<String, byte[]> parts = contents(temp.resolve("parts"));
        assertThat(parts.keySet()).isEqualTo(whole.keySet());
        whole.forEach((path, bytes) -> assertThat(parts.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void differentSeedWritesDifferentArticles() throws IOException {
        new CorpusGenerator(11).write(temp.resolve("a"), 20);
        new CorpusGenerator(12).write(temp.resolve("b"), 20);

        assertThat(contents(temp.resolve("b")).keySet()).doesNotContainAnyElementsOf(contents(temp.resolve("a")).keySet());
        assertThat(new CorpusGenerator(11).article(3).body()).isNotEqualTo(new CorpusGenerator(12).article(3).body());
    }

    @Test
    void anArticleDependsOnlyOnSeedAndIndex() {
        CorpusGenerator generator = new CorpusGenerator(5);
        byte[] late = generator.render(generator.article(70));
        IntStream.range(0, 70).forEach(generator::article);

        assertThat(new CorpusGenerator(5).render(new CorpusGenerator(5).article(70))).isEqualTo(late);
    }

    @Test
    void bodiesSpreadFromOneToTwelveKilobytes() {
        List<Integer> sizes = articles(SAMPLE).stream().map(a -> a.body().getBytes(StandardCharsets.UTF_8).length).sorted().toList();

        assertThat(sizes.get(0)).isGreaterThanOrEqualTo(1_000);
        assertThat(sizes.get(sizes.size() - 1)).isLessThanOrEqualTo(12 * 1024);
        assertThat(sizes.stream().filter(s -> s < 2_000)).hasSizeGreaterThan(SAMPLE / 20);
        assertThat(sizes.stream().filter(s -> s > 7_000)).hasSizeGreaterThan(SAMPLE / 50);
        assertThat(sizes.get(sizes.size() / 2)).isBetween(2_500, 4_500);
    }

    @Test
    void mixesTextDumpsAndHtmlPagesSomeWithSidecars() throws IOException {
        CorpusSummary summary = new CorpusGenerator(3).write(temp, 200);

        assertThat(summary.textFiles()).isBetween(90, 150);
        assertThat(summary.htmlFiles()).isBetween(50, 110);
        assertThat(summary.sidecars()).isBetween(15, 70);
        try (Stream<Path> files = Files.walk(temp)) {
            List<String> sidecars = files.filter(f -> f.toString().endsWith(".meta.json")).map(f -> read(f)).toList();
            assertThat(sidecars).hasSize(summary.sidecars()).allSatisfy(json -> assertThat(json).startsWith("{\"url\":\"https://"));
        }
    }

    @Test
    void textDumpsCarryEveryKindOfCruftTheIndexerStrips() {
        CorpusVocabulary vocabulary = CorpusVocabulary.standard();
        List<String> lines = renderedLines(GeneratedArticle.Format.TEXT);

        for (String kind : vocabulary.cruftKinds()) {
            List<String> prefixes = vocabulary.cruftVariants(kind).stream()
                    .map(t -> t.render(placeholder -> "\u0000")).map(v -> v.substring(0, v.indexOf('\u0000') < 0 ? v.length() : v.indexOf('\u0000')))
                    .filter(p -> p.length() >= 3).toList();
            assertThat(lines).as("a line of kind [%s]", kind).anySatisfy(line -> assertThat(prefixes).anySatisfy(p -> assertThat(line).startsWith(p)));
        }
    }

    @Test
    void textDumpsRepeatPhotoCaptionsAndStatePublicationDates() {
        List<String> lines = renderedLines(GeneratedArticle.Format.TEXT);

        assertThat(IntStream.range(1, lines.size()).filter(i -> lines.get(i).equals(lines.get(i - 1)) && lines.get(i).contains("Photo:")))
                .isNotEmpty();
        assertThat(IntStream.range(1, lines.size()).filter(i -> lines.get(i).equals(lines.get(i - 1)) && lines.get(i).startsWith("FILE - ")))
                .isNotEmpty();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Published"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("[A-Z ]+ \\((Reuters|AFP|AP)\\)[:\\s].*"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  \u2022 "));
    }

    @Test
    void htmlPagesCarryMetadataAndPageFurniture() {
        String pages = String.join("\n", renderedLines(GeneratedArticle.Format.HTML));

        assertThat(pages).contains("\"datePublished\":\"", "<meta property=\"article:published_time\"", "<meta property=\"og:site_name\"",
                "<time datetime=\"", "<script", "<style>", "<nav", "<footer", "class=\"share-bar\"", "class=\"social-share\"",
                "class=\"related-articles\"", "most-read", "Advertisement", "newsletter-signup", "cookie-consent", "<figcaption>",
                "class=\"caption\"", "Read more:");
    }

    @Test
    void facetsHaveLongTails() {
        Map<String, Integer> people = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        for (GeneratedArticle article : articles(1_000)) {
            article.people().keySet().forEach(name -> people.merge(name, 1, Integer::sum));
            article.places().keySet().forEach(name -> places.merge(name, 1, Integer::sum));
        }
        for (Map<String, Integer> facet : List.of(people, places)) {
            List<Integer> counts = facet.values().stream().sorted((a, b) -> b - a).toList();
            assertThat(counts).hasSizeGreaterThan(80);
            assertThat(counts.get(0)).isGreaterThan(10 * counts.get(counts.size() / 2));
            assertThat(counts.stream().filter(c -> c <= 2)).hasSizeGreaterThan(20);
        }
    }

    @Test
    void datesSpreadOverYearsAndOutletsAndAgenciesVary() {
        List<GeneratedArticle> articles = articles(SAMPLE);

        assertThat(articles.stream().mapToInt(a -> a.published().getYear()).min().orElseThrow()).isLessThanOrEqualTo(2016);
        assertThat(articles.stream().mapToInt(a -> a.published().getYear()).max().orElseThrow()).isGreaterThanOrEqualTo(2024);
        assertThat(articles.stream().map(a -> a.outlet().name()).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(articles.stream().map(GeneratedArticle::agency).filter(a -> a != null).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles.stream().filter(a -> a.agency() == null)).hasSizeGreaterThan(SAMPLE / 2);
    }

    @Test
    void laterMentionsUseTheSurnameAndCountForTheFullName() {
        GeneratedArticle article = articles(SAMPLE).stream()
                .filter(a -> a.people().values().stream().anyMatch(count -> count >= 3)).findFirst().orElseThrow();
        String name = article.people().keySet().iterator().next();
        String surname = name.substring(name.lastIndexOf(' ') + 1);

        assertThat(article.people().get(name)).isGreaterThanOrEqualTo(3);
        assertThat(article.body()).contains(name);
        assertThat(article.body().split("\\b" + surname + "\\b").length - 1).isGreaterThanOrEqualTo(article.people().get(name));
    }

    private static List<GeneratedArticle> articles(int count) {
        CorpusGenerator generator = new CorpusGenerator(2024);
        return IntStream.range(0, count).mapToObj(generator::article).toList();
    }

    private static List<String> renderedLines(GeneratedArticle.Format format) {
        CorpusGenerator generator = new CorpusGenerator(2024);
        List<String> lines = new ArrayList<>();
        for (GeneratedArticle article : articles(SAMPLE)) {
            if (article.format() == format) {
                lines.addAll(new String(generator.render(article), StandardCharsets.UTF_8).lines().toList());
            }
        }
        return lines;
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
