package dev.newsdesk.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.newsdesk.corpus.CorpusVocabulary.Organization;
import dev.newsdesk.corpus.CorpusVocabulary.Outlet;
import dev.newsdesk.corpus.CorpusVocabulary.Person;
import dev.newsdesk.corpus.CorpusVocabulary.Place;
import dev.newsdesk.corpus.CorpusVocabulary.Topic;
import dev.newsdesk.ingest.sidecar.Sidecar;

/**
 * Writes the content of one article: outlet, agency, date, the people, organizations and places it is about, a
 * headline and a body whose length follows a log-normal spread between 1 and 12 KB. Everything is drawn from one
 * random stream, so the same seed and index give the same article.
 */
final class ArticleComposer {

    static final int MIN_BODY_BYTES = 1_000;
    static final int MAX_BODY_BYTES = 12_000;
    private static final double MEDIAN_BODY_BYTES = 3_200;
    private static final double HTML_SHARE = 0.4;
    private static final double AGENCY_SHARE = 0.3;
    private static final double SIDECAR_SHARE = 0.2;
    private static final int FIRST_YEAR = 2014;
    private static final int YEARS = 12;
    private static final String[] SAID = {"told reporters", "said", "said in an interview", "told a news conference", "said on social media"};

    private final long seed;
    private final CorpusVocabulary vocabulary;

    ArticleComposer(long seed, CorpusVocabulary vocabulary) {
        this.seed = seed;
        this.vocabulary = vocabulary;
    }

    GeneratedArticle compose(int index) {
        SplittableRandom random = ArticleRandoms.random(seed, index, ArticleRandoms.COMPOSE);
        GeneratedArticle.Format format = random.nextDouble() < HTML_SHARE ? GeneratedArticle.Format.HTML : GeneratedArticle.Format.TEXT;
        Outlet outlet = vocabulary.drawOutlet(random);
        String agency = random.nextDouble() < AGENCY_SHARE ? vocabulary.drawAgency(random) : null;
        Topic topic = vocabulary.drawTopic(random);
        OffsetDateTime published = publishedAt(random);
        Writing writing = new Writing(random, topic, outlet, agency,
                ArticleCast.draw(1 + random.nextInt(4), vocabulary::drawPerson, Person::name, random),
                ArticleCast.draw(1 + random.nextInt(3), vocabulary::drawOrganization, Organization::name, random),
                ArticleCast.draw(1 + random.nextInt(3), vocabulary::drawPlace, Place::name, random));

        String title = writing.headline(vocabulary.headline(random));
        boolean startsWithHeadline = format == GeneratedArticle.Format.HTML || random.nextDouble() >= 0.08;
        List<String> summary = outlet.cruftKinds().contains("bullets") ? List.of(writing.sentence(), writing.sentence()) : List.of();
        List<GeneratedArticle.Block> blocks = body(writing, published, targetBodyBytes(random) - summaryBytes(summary));

        String stem = "%06d_%016x".formatted(index, random.nextLong());
        String path = "%03d/%s.%s".formatted(index / 1000, stem, format.extension());
        String url = "https://%s/%d/%02d/%02d/%s-%d".formatted(outlet.host(), published.getYear(), published.getMonthValue(),
                published.getDayOfMonth(), slug(title), index);
        Sidecar sidecar = random.nextDouble() < SIDECAR_SHARE ? sidecar(random, url, outlet, published, title) : null;
        return new GeneratedArticle(index, path, format, title, startsWithHeadline, outlet, agency, published, url, summary, blocks,
                writing.people.mentions(), writing.organizations.mentions(), writing.places.mentions(), sidecar);
    }

    private List<GeneratedArticle.Block> body(Writing writing, OffsetDateTime published, int targetBytes) {
        List<GeneratedArticle.Block> blocks = new ArrayList<>();
        int bytes = 0;
        String lede = writing.lede(published.toLocalDate());
        blocks.add(new GeneratedArticle.Block(false, lede));
        bytes += lede.length();
        int sinceSubheading = 0;
        while (bytes < targetBytes) {
            if (sinceSubheading >= 3 && writing.random.nextDouble() < 0.2) {
                blocks.add(new GeneratedArticle.Block(true, writing.fill(vocabulary.subheading(writing.random))));
                sinceSubheading = 0;
                continue;
            }
            StringBuilder paragraph = new StringBuilder(writing.sentence());
            int sentences = 1 + writing.random.nextInt(3);
            for (int i = 1; i < sentences && bytes + paragraph.length() < targetBytes; i++) {
                paragraph.append(' ').append(writing.sentence());
            }
            blocks.add(new GeneratedArticle.Block(false, paragraph.toString()));
            bytes += paragraph.length() + 2;
            sinceSubheading++;
        }
        return List.copyOf(blocks);
    }

    private static int targetBodyBytes(SplittableRandom random) {
        double bytes = Math.exp(Math.log(MEDIAN_BODY_BYTES) + 0.6 * random.nextGaussian());
        return (int) Math.max(MIN_BODY_BYTES, Math.min(MAX_BODY_BYTES - 400, bytes));
    }

    private static int summaryBytes(List<String> summary) {
        return summary.stream().mapToInt(s -> s.length() + 2).sum();
    }

    /** Spread over twelve years, later years more often, as archives grow. */
    private static OffsetDateTime publishedAt(SplittableRandom random) {
        int year = FIRST_YEAR + (int) Math.floor(YEARS * Math.sqrt(random.nextDouble()));
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return day.atTime(random.nextInt(24), random.nextInt(60)).atOffset(ZoneOffset.UTC);
    }

    private static Sidecar sidecar(SplittableRandom random, String url, Outlet outlet, OffsetDateTime published, String title) {
        String outletName = random.nextDouble() < 0.7 ? outlet.name() : null;
        String date = random.nextDouble() < 0.6
                ? (random.nextBoolean() ? published.toLocalDate().toString() : published.toInstant().toString())
                : null;
        return new Sidecar(url, outletName, date, random.nextDouble() < 0.5 ? title : null);
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    /** The state of one article being written: its topic, cast and random stream; fills in template placeholders. */
    private final class Writing {

        final SplittableRandom random;
        final Topic topic;
        final Outlet outlet;
        final String agency;
        final ArticleCast<Person> people;
        final ArticleCast<Organization> organizations;
        final ArticleCast<Place> places;
        private final List<Object> taken = new ArrayList<>();
        private boolean headline;
        private Template previous;

        Writing(SplittableRandom random, Topic topic, Outlet outlet, String agency, ArticleCast<Person> people,
                ArticleCast<Organization> organizations, ArticleCast<Place> places) {
            this.random = random;
            this.topic = topic;
            this.outlet = outlet;
            this.agency = agency;
            this.people = people;
            this.organizations = organizations;
            this.places = places;
        }

        String headline(Template template) {
            headline = true;
            try {
                return fill(template);
            } finally {
                headline = false;
            }
        }

        String sentence() {
            Template template = vocabulary.sentence(random);
            if (template == previous) {
                template = vocabulary.sentence(random);
            }
            previous = template;
            return fill(template);
        }

        String fill(Template template) {
            taken.clear();
            return capitalized(template.render(this::value).replace("..", "."));
        }

        /** The first paragraph: a dateline (agency style when a wire wrote it) and a sentence. */
        String lede(LocalDate published) {
            Place where = places.members().stream().filter(p -> !p.datelineCity().isEmpty()).findFirst().orElse(null);
            String dateline = where == null ? "" : dateline(where.datelineCity(), published);
            String sentence;
            if (where != null && random.nextDouble() < 0.3) {
                // "arrived in Vietnam Friday (April 14)": a weekday without a year, as wires write it.
                LocalDate arrival = published.minusDays(random.nextInt(2));
                Person person = people.first();
                sentence = capitalized(mentionPerson(person) + " arrived in " + mentionPlace(where) + " on "
                        + arrival.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " (" + monthDay(arrival) + ") for talks on " + topicPhrase() + ".");
            } else {
                sentence = sentence();
            }
            return dateline + sentence;
        }

        private String dateline(String city, LocalDate published) {
            if (agency == null) {
                return random.nextDouble() < 0.4 ? city + ": " : "";
            }
            return switch (random.nextInt(3)) {
                case 0 -> city + " (" + agency + "): ";
                case 1 -> city + ", " + monthDay(published) + " (" + agency + ") - ";
                default -> city + " (" + agency + ") \u2014 ";
            };
        }

        private String value(String placeholder) {
            return switch (placeholder) {
                case "P" -> headline ? distinct(people).surname() : mentionPerson(distinct(people));
                case "O" -> headline ? distinct(organizations).shortName() : mentionOrganization(distinct(organizations));
                case "L" -> headline ? distinct(places).name() : mentionPlace(distinct(places));
                case "T" -> headline ? topic.phrases().get(0) : topicPhrase();
                case "N" -> Integer.toString(2 + random.nextInt(29));
                case "PCT" -> (1 + random.nextInt(150)) / 10.0 + "";
                case "M" -> "$" + (1 + random.nextInt(99)) / 10.0 + (random.nextBoolean() ? " billion" : " million");
                case "DAY" -> DayOfWeek.of(1 + random.nextInt(7)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "MONTH" -> Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "SAID" -> said();
                default -> throw new IllegalStateException("unknown placeholder {" + placeholder + "} in a corpus template");
            };
        }

        private <T> T distinct(ArticleCast<T> cast) {
            T member = cast.pick(random, taken);
            taken.add(member);
            return member;
        }

        private String topicPhrase() {
            return topic.phrases().get(random.nextInt(topic.phrases().size()));
        }

        private String said() {
            double draw = random.nextDouble();
            if (draw < 0.3) {
                return outlet.selfReference();
            }
            if (draw < 0.4 && agency != null) {
                return "told " + agency;
            }
            return SAID[random.nextInt(SAID.length)];
        }

        private String mentionPerson(Person person) {
            boolean first = !people.mentioned(person);
            people.count(person);
            if (!first) {
                return random.nextDouble() < 0.85 ? person.surname() : person.name();
            }
            return person.role().isEmpty() ? person.name() : person.role() + " " + person.name();
        }

        private String mentionOrganization(Organization organization) {
            boolean first = !organizations.mentioned(organization);
            organizations.count(organization);
            return first || random.nextBoolean() ? organization.name() : organization.shortName();
        }

        private String mentionPlace(Place place) {
            boolean first = !places.mentioned(place);
            places.count(place);
            return first || random.nextDouble() < 0.7 ? place.inText() : place.shortInText();
        }
    }
}
