package dev.newsdesk.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import dev.newsdesk.datafile.DataFile;

/**
 * The knowledge the generator writes articles from, loaded once from the data files in {@code corpus/}: names of
 * people, organizations, places, outlets and agencies (each list most frequent first), topics, sentence and
 * headline templates, and page cruft by kind. Benchmarks use it to write queries that match the corpus.
 */
public final class CorpusVocabulary {

    /** A person; {@code role} goes before the first mention ("Finance Minister ..."), later mentions use the surname. */
    public record Person(String name, String surname, String role) {
    }

    /** An organization; later mentions may use {@code shortName} ("IMF"). */
    public record Organization(String name, String shortName) {
    }

    /** A place; later mentions may use {@code shortName} ("U.S."); {@code datelineCity} is empty when never a dateline. */
    public record Place(String name, String shortName, String datelineCity, boolean takesArticle) {

        /** The name as running text uses it: "the United States", "Japan". */
        public String inText() {
            return takesArticle ? "the " + name : name;
        }

        /** The short form as running text uses it: "the U.S.". */
        public String shortInText() {
            return takesArticle ? "the " + shortName : shortName;
        }
    }

    /** A news outlet and the marks its pages leave: host, social handle, self-reference, and the cruft kinds of its dumps. */
    public record Outlet(String name, String shortName, String host, String handle, String selfReference, Set<String> cruftKinds) {
    }

    /** A topic and the phrases articles on it use; the first phrase goes into headlines. */
    public record Topic(String name, List<String> phrases) {
    }

    private static final double NAME_SKEW = 1.1;
    private static final String RESOURCES = "corpus/";
    private static final CorpusVocabulary STANDARD = load();

    private final List<Person> people;
    private final List<Organization> organizations;
    private final List<Place> places;
    private final Map<String, Place> placesByName;
    private final List<Outlet> outlets;
    private final List<String> agencies;
    private final List<Topic> topics;
    private final List<Template> sentences;
    private final List<Template> headlines;
    private final List<Template> subheadings;
    private final Map<String, List<Template>> cruft;
    private final ZipfSampler peopleSampler;
    private final ZipfSampler organizationSampler;
    private final ZipfSampler placeSampler;
    private final ZipfSampler outletSampler;
    private final ZipfSampler agencySampler;
    private final ZipfSampler topicSampler;

    private CorpusVocabulary(List<Person> people, List<Organization> organizations, List<Place> places, List<Outlet> outlets,
                             List<String> agencies, List<Topic> topics, List<Template> sentences, List<Template> headlines,
                             List<Template> subheadings, Map<String, List<Template>> cruft) {
        this.people = people;
        this.organizations = organizations;
        this.places = places;
        this.placesByName = places.stream().collect(Collectors.toUnmodifiableMap(Place::name, p -> p, (a, b) -> a));
        this.outlets = outlets;
        this.agencies = agencies;
        this.topics = topics;
        this.sentences = sentences;
        this.headlines = headlines;
        this.subheadings = subheadings;
        this.cruft = cruft;
        this.peopleSampler = new ZipfSampler(people.size(), NAME_SKEW);
        this.organizationSampler = new ZipfSampler(organizations.size(), NAME_SKEW);
        this.placeSampler = new ZipfSampler(places.size(), NAME_SKEW);
        this.outletSampler = new ZipfSampler(outlets.size(), 0.8);
        this.agencySampler = new ZipfSampler(agencies.size(), 1.2);
        this.topicSampler = new ZipfSampler(topics.size(), 0.9);
    }

    /** The vocabulary of the data files shipped in the jar. */
    public static CorpusVocabulary standard() {
        return STANDARD;
    }

    private static CorpusVocabulary load() {
        List<Person> people = records("people.txt", 2).stream().map(r -> {
            String name = r.get(0);
            return new Person(name, name.substring(name.lastIndexOf(' ') + 1), r.get(1));
        }).toList();
        List<Organization> organizations = records("organizations.txt", 2).stream()
                .map(r -> new Organization(r.get(0), r.get(1).isEmpty() ? r.get(0) : r.get(1))).toList();
        List<Place> places = records("places.txt", 4).stream()
                .map(r -> new Place(r.get(0), r.get(1).isEmpty() ? r.get(0) : r.get(1), r.get(2), r.get(3).equals("the"))).toList();
        List<Outlet> outlets = records("outlets.txt", 6).stream()
                .map(r -> new Outlet(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Set.copyOf(Arrays.asList(r.get(5).split(","))))).toList();
        List<String> agencies = DataFile.lines(RESOURCES + "agencies.txt");
        List<Topic> topics = DataFile.lines(RESOURCES + "topics.txt").stream().map(DataFile::fields)
                .map(r -> new Topic(r.get(0), r.subList(1, r.size()))).toList();
        Map<String, List<Template>> cruft = DataFile.sections(DataFile.lines(RESOURCES + "cruft.txt")).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream().map(Template::parse).toList()));
        return new CorpusVocabulary(people, organizations, places, outlets, agencies, topics,
                templates("sentences.txt"), templates("headlines.txt"), templates("subheadings.txt"), cruft);
    }

    private static List<List<String>> records(String file, int fields) {
        return DataFile.lines(RESOURCES + file).stream().map(line -> DataFile.fields(line, fields)).toList();
    }

    private static List<Template> templates(String file) {
        return DataFile.lines(RESOURCES + file).stream().map(Template::parse).toList();
    }

    public List<Person> people() {
        return people;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<Place> places() {
        return places;
    }

    /** The place of this name as running text writes it ("the United States"); unknown names as they are. */
    public String placeInText(String name) {
        Place place = placesByName.get(name);
        return place == null ? name : place.inText();
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    public List<String> agencies() {
        return agencies;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** A person drawn with the corpus's skew: the first names of the list are common, the rest a long tail. */
    public Person drawPerson(SplittableRandom random) {
        return people.get(peopleSampler.next(random));
    }

    public Organization drawOrganization(SplittableRandom random) {
        return organizations.get(organizationSampler.next(random));
    }

    public Place drawPlace(SplittableRandom random) {
        return places.get(placeSampler.next(random));
    }

    public Outlet drawOutlet(SplittableRandom random) {
        return outlets.get(outletSampler.next(random));
    }

    public String drawAgency(SplittableRandom random) {
        return agencies.get(agencySampler.next(random));
    }

    public Topic drawTopic(SplittableRandom random) {
        return topics.get(topicSampler.next(random));
    }

    Template sentence(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    Template headline(SplittableRandom random) {
        return headlines.get(random.nextInt(headlines.size()));
    }

    Template subheading(SplittableRandom random) {
        return subheadings.get(random.nextInt(subheadings.size()));
    }

    /** A variant of a cruft kind from cruft.txt; the kind must exist there. */
    Template cruft(String kind, SplittableRandom random) {
        List<Template> variants = cruft.get(kind);
        if (variants == null) {
            throw new IllegalArgumentException("cruft.txt has no [" + kind + "] section");
        }
        return variants.get(random.nextInt(variants.size()));
    }

    /** Every variant of a cruft kind, in file order. */
    List<Template> cruftVariants(String kind) {
        return cruft.getOrDefault(kind, List.of());
    }

    /** The cruft kinds cruft.txt defines. */
    public Set<String> cruftKinds() {
        return cruft.keySet();
    }
}
