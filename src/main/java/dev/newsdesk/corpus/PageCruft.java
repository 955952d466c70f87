package dev.newsdesk.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Fills in the furniture both renderers put around an article: cruft lines, photo captions, date lines. */
final class PageCruft {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CRAMPED_DATE = DateTimeFormatter.ofPattern("MMMM d,yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH);

    private final CorpusVocabulary vocabulary;
    private final GeneratedArticle article;
    private final SplittableRandom random;

    PageCruft(CorpusVocabulary vocabulary, GeneratedArticle article, SplittableRandom random) {
        this.vocabulary = vocabulary;
        this.article = article;
        this.random = random;
    }

    /** A variant of a cruft kind of cruft.txt with its placeholders filled in. */
    String line(String kind) {
        return vocabulary.cruft(kind, random).render(this::value);
    }

    /** Some of the variants of a kind, in file order: a media player leaves several lines of debris. */
    List<String> lines(String kind, double share) {
        return vocabulary.cruftVariants(kind).stream()
                .filter(t -> random.nextDouble() < share)
                .map(t -> t.render(this::value))
                .toList();
    }

    /** A "Published ..." line in one of the forms outlets use; the date is the publication date. */
    String publishedLine() {
        OffsetDateTime published = article.published();
        return switch (random.nextInt(4)) {
            case 0 -> "Published " + CRAMPED_DATE.format(published);
            case 1 -> "Published " + LONG_DATE.format(published);
            case 2 -> "Published: " + DAY_FIRST.format(published);
            default -> "Published " + published.toLocalDate();
        };
    }

    /** A news-photo caption, credited to an agency or the outlet: the kind pages repeat. */
    String photoCaption() {
        String credit = article.agency() != null ? article.agency() : article.outlet().shortName();
        return "%s (left) is greeted by officials on arrival in %s on %s. Photo: %s".formatted(
                somebody(), somewhere(), LONG_DATE.format(article.published()), credit);
    }

    /** A "FILE -" caption of an older photo: its date is not the publication date. */
    String filePhotoCaption() {
        LocalDate taken = article.published().toLocalDate().minusDays(30 + random.nextInt(700));
        return "FILE - %s speaks at a press conference in %s, %s.".formatted(somebody(), somewhere(), SHORT_MONTH.format(taken));
    }

    private String somebody() {
        return article.people().isEmpty() ? "A government spokesperson" : article.people().keySet().iterator().next();
    }

    private String somewhere() {
        return article.places().isEmpty() ? "the capital" : vocabulary.placeInText(article.places().keySet().iterator().next());
    }

    private String value(String placeholder) {
        return switch (placeholder) {
            case "N" -> Integer.toString(2 + random.nextInt(28));
            case "SS" -> "%02d".formatted(random.nextInt(60));
            case "SHORT" -> article.outlet().shortName();
            case "HANDLE" -> article.outlet().handle();
            case "OUTLET" -> article.outlet().name();
            case "PERSON" -> somebody();
            default -> throw new IllegalStateException("unknown placeholder {" + placeholder + "} in cruft.txt");
        };
    }
}
