package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed dumps: the furniture a reader sees in each is gone, and every other line of the source (headlines,
 * bullets, captions, article sentences) survives, once, in order.
 */
class SeedCleaningTest {

    private static final Path SEEDS = Path.of("seeds");

    record Seed(String file, List<String> furniture, List<String> repeated, List<String> sentences) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Seed> seeds() {
        return Stream.of(
                new Seed("000_5c90af08affe7cd8.txt",
                        List.of("For the latest news, follow us on Twitter @Aaj_Urdu. We are also on Facebook, Instagram and YouTube.",
                                "Comments are closed on this story."),
                        List.of(),
                        List.of("U.S., Vietnam say they hope to boost ties as Blinken visits Hanoi",
                                "The U.S. diplomat heads to Japan on Sunday for a meeting of foreign ministers of the Group of Seven wealthy nations.",
                                "Blinken, who is to meet with top Vietnamese officials, including Trong, broke ground on a new U.S. embassy compound in Hanoi after meeting the prime minister.")),
                new Seed("001_23cc1a3667f8ab6f.txt",
                        List.of("Advertisement", "Reading Time:3 minutes", "Why you can trust SCMP", "27"),
                        List.of("US Secretary of State Antony Blinken said on Saturday that the US was finalising the transfer of a third Coastguard Cutter to Vietnam, which will complement the 24 US patrol boats provided since 2016. Photo: Handout"),
                        List.of("Is US-Vietnam pledge to boost ties after Antony Blinken’s Hanoi visit mere ‘diplomatic symbolism’?",
                                "• Since 2013, Vietnam and US have increased political, economic and defence ties as both express fears over Chinese ambitions in the South China Sea",
                                "“I think what you will see in the weeks and months ahead is our teams working on this,” he added.",
                                "Without specifically mentioning an upgrade to security partner status, Chinh told Blinken on Saturday morning that the government was making plans to deepen bilateral ties.")),
                new Seed("002_d1d7ace9da70b64e.txt",
                        List.of("Contact Us", "Subscribe"),
                        List.of(),
                        List.of("U.S., Vietnam mull upgrading diplomatic relations during Blinken visit",
                                "Published April 15,2023",
                                "Blinken arrived in Vietnam on Friday evening and will fly out to Japan on Sunday morning to join a meeting of foreign ministers from G7 countries.")),
                new Seed("003_462e65eee39eb3c9.txt",
                        List.of("Accessibility links", "Breaking News", "Watch related video by Nike Ching:", "please wait",
                                "No media source currently available", "0:00 0:02:12 0:00"),
                        List.of("Blinken to Visit Vietnam to Boost Bilateral Ties",
                                "FILE - U.S. Secretary of State Antony Blinken speaks at a press conference held as part of a NATO meeting in Bucharest, Romania, Nov. 30, 2022."),
                        List.of("Comprehensive Partnership anniversary",
                                "The U.S. is Vietnam’s number one export market. Vietnam is the U.S.’s eighth-largest trading partner in goods.",
                                "Human rights",
                                "While in Hanoi, Blinken will participate in a groundbreaking ceremony to mark the formal launch of construction of a new U.S. Embassy in Hanoi.")),
                new Seed("004_fa943cb730d979da.txt",
                        List.of(),
                        List.of(),
                        List.of("HANOI (AFP): US Secretary of State Antony Blinken arrived in Vietnam Friday (April 14) looking to expand diplomatic ties with Hanoi, days after a flare-up in tensions with China over Taiwan.",
                                "\"But it's best for Vietnam to stay on good terms with China. The Vietnamese government understands that there is no way that they can win a military fight.\"",
                                "The visit to Vietnam will be Blinken's first as secretary of state. Vice President Kamala Harris has previously visited the country.")));
    }

    private static String read(Seed seed) throws IOException {
        return TextDecoder.decode(Files.readAllBytes(SEEDS.resolve(seed.file())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void removesTheFurnitureOfEachSeed(Seed seed) throws IOException {
        List<String> paragraphs = new TextDumpCleaner().clean(read(seed)).paragraphs();

        for (String furniture : seed.furniture()) {
            assertThat(paragraphs).doesNotContain(furniture);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsOneCopyOfRepeatedCaptionsAndTitles(Seed seed) throws IOException {
        String text = read(seed);
        List<String> paragraphs = new TextDumpCleaner().clean(text).paragraphs();

        for (String repeated : seed.repeated()) {
            assertThat(copies(text, repeated)).as("copies in the source").isGreaterThan(1);
            assertThat(paragraphs).containsOnlyOnce(repeated);
        }
    }

    private static int copies(String text, String line) {
        int copies = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + line.length())) {
            copies++;
        }
        return copies;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsTheArticleSentences(Seed seed) throws IOException {
        List<String> paragraphs = new TextDumpCleaner().clean(read(seed)).paragraphs();

        assertThat(paragraphs).containsAll(seed.sentences());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void losesNoLineButTheFurniture(Seed seed) throws IOException {
        // The seeds are plain UTF-8 that separates words by single spaces and indents a few lines: a kept line is its
        // source line, trimmed.
        List<String> expected = Files.readString(SEEDS.resolve(seed.file())).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !seed.furniture().contains(line))
                .distinct()
                .toList();

        assertThat(new TextDumpCleaner().clean(read(seed)).paragraphs()).containsExactlyElementsOf(expected);
    }
}
