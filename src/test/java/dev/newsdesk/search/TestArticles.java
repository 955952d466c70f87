package dev.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.newsdesk.elasticsearch.Indices;

/**
 * The one place tests get articles from: five stories of the seeds' kind, a few documents for particular behaviours,
 * and a generated spread of 200 with varied outlets, agencies, entities and dates. Indexed once per test JVM
 * through the alias, then refreshed. Ids start with {@code fixture-} so they never collide with real documents.
 */
public final class TestArticles {

    public static final int GENERATED = 200;
    /** A word that appears in exactly one fixture, next to markup that must be shown as text. */
    public static final String MARKUP_WORD = "zanzibarite";
    /** A word found only in the fixture whose id is a file path, with a slash and a space, as other indexers write ids. */
    public static final String PATH_ID_WORD = "wombatcrossing";
    public static final String PATH_ID = "fixture-dir/story one.txt";
    /** A made-up word found only in the generated spread: a query for it covers exactly those 200 documents. */
    public static final String SPREAD_WORD = "newsdeskspread";
    /** A word found only in a fixture that has no publication date. */
    public static final String UNDATED_WORD = "tidewardenalmanac";

    static final List<String> OUTLETS = List.of("Harbor Gazette", "Plains Courier", "Delta Times", "Northern Ledger", "Coastal Herald", "Valley Voice");
    static final List<String> AGENCIES = List.of("Reuters", "AFP", "AP");
    static final List<String> PEOPLE = List.of("Mara Lindqvist", "Tobias Renner", "Ines Okafor", "Yusuf Haddad", "Clara Montague",
            "Dmitri Volkov", "Priya Raman", "Henrik Aalto", "Sofia Castellano", "Kenji Mori", "Amara Nwosu", "Lucas Ferreira");
    static final List<String> ORGANIZATIONS = List.of("World Health Organization", "European Union", "Port Authority", "Grain Council",
            "Ministry of Energy", "United Nations", "Rail Union", "Central Bank");
    static final List<String> PLACES = List.of("Lisbon", "Nairobi", "Oslo", "Hanoi", "Quito", "Tbilisi", "Manila", "Accra", "Perth", "Lima");
    private static final List<String> TOPICS = List.of("harbor expansion", "grain exports", "rail strike", "energy prices", "water rights",
            "election reform", "fishing quotas", "vaccine supply", "bridge repairs", "tariff talks");

    private static volatile boolean indexed;

    private TestArticles() {
    }

    /** Indexes the fixtures unless this JVM already did, and refreshes so they are searchable. */
    public static synchronized void ensureIndexed(ElasticsearchClient client) {
        if (indexed) {
            return;
        }
        try {
            List<BulkOperation> operations = new ArrayList<>();
            for (Map<String, Object> doc : all()) {
                String id = (String) doc.remove("_id");
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(Indices.ARTICLES).id(id).document(doc))));
            }
            BulkResponse response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                throw new IllegalStateException("fixture indexing failed: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
            }
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
            indexed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> all() {
        List<Map<String, Object>> docs = new ArrayList<>(stories());
        docs.addAll(particulars());
        docs.addAll(spread());
        return docs;
    }

    private static List<Map<String, Object>> stories() {
        return List.of(
                doc("fixture-story-1", "U.S., Vietnam say they hope to boost ties as Blinken visits Hanoi", "Unknown", "Reuters", "2023-04-15",
                        List.of("HANOI: Vietnamese Prime Minister Pham Minh Chinh and U.S. Secretary of State Antony Blinken expressed a willingness on Saturday to upgrade bilateral ties.",
                                "Blinken met Prime Minister Pham Minh Chinh, saying the past decade had seen extraordinary progress in the bilateral relationship.",
                                "Vietnam is a crucial Southeast Asian trading partner that Washington is looking to bolster ties with."),
                        List.of("Antony Blinken", "Pham Minh Chinh", "Nguyen Phu Trong", "Joe Biden"), List.of("Communist Party"), List.of("Vietnam", "Hanoi", "United States", "China")),
                doc("fixture-story-2", "Is US-Vietnam pledge to boost ties after Antony Blinken's Hanoi visit mere 'diplomatic symbolism'?", "South China Morning Post", null, "2023-04-15",
                        List.of("United States Secretary of State Antony Blinken on Saturday told Vietnam's leaders that the time had come to elevate relations.",
                                "\u201cFrom our perspective, we think this is an auspicious time to elevate our existing partnership,\u201d Blinken said at a press conference in Hanoi.",
                                "Analysts say Vietnam has long been nervous about provoking China."),
                        List.of("Antony Blinken", "Bui Thanh Son", "Nguyen Phu Trong"), List.of("Communist Party"), List.of("Vietnam", "Hanoi", "United States", "South China Sea")),
                doc("fixture-story-3", "U.S., Vietnam mull upgrading diplomatic relations during Blinken visit", "Aaj News", null, "2023-04-15",
                        List.of("Vietnamese Prime Minister Pham Minh Chinh and United States Secretary of State Antony Blinken discussed upgrading the diplomatic relationship.",
                                "Blinken praised the flourishing relationship between the two countries during a three-day visit."),
                        List.of("Antony Blinken", "Pham Minh Chinh"), List.of(), List.of("Vietnam", "Hanoi", "Asia-Pacific")),
                doc("fixture-story-4", "Blinken to Visit Vietnam to Boost Bilateral Ties", "VOA", null, "2023-04-13",
                        List.of("U.S. Secretary of State Antony Blinken is visiting Vietnam and Japan this week.",
                                "After Vietnam, Blinken heads to Japan, where foreign ministers of the Group of Seven will gather in Karuizawa.",
                                "\u201cWe have a very robust security relationship,\u201d Daniel Kritenbrink told VOA."),
                        List.of("Antony Blinken", "Daniel Kritenbrink"), List.of("Group of Seven", "NATO"), List.of("Vietnam", "Japan", "Karuizawa")),
                doc("fixture-story-5", "Blinken arrives in Vietnam looking to expand diplomatic ties", "Unknown", "AFP", "2023-04-14",
                        List.of("HANOI (AFP): US Secretary of State Antony Blinken arrived in Vietnam Friday looking to expand diplomatic ties with Hanoi.",
                                "The two countries have increasingly close trade links, while both share concern over China's growing strength in the region."),
                        List.of("Antony Blinken", "Joe Biden", "Nguyen Phu Trong"), List.of("Group of Seven"), List.of("Vietnam", "Hanoi", "China", "Taiwan")));
    }

    private static List<Map<String, Object>> particulars() {
        return List.of(
                doc("fixture-rank-old-title", "Quarrystone tariffs return", "Plains Courier", null, "2015-03-02",
                        List.of("Exporters braced for a long season of negotiations over duties."), List.of(), List.of(), List.of()),
                doc("fixture-rank-new-body", "Exporters brace for a long season", "Plains Courier", null, "2026-01-05",
                        List.of("Negotiations over duties continued. Among many items on the agenda, quarrystone tariffs came up briefly "
                                + "before the talks moved on to grain, timber, fishing quotas, port fees, rail links and energy prices."),
                        List.of(), List.of(), List.of()),
                doc("fixture-rank-far", "Coastal plan advances", "Delta Times", null, "2020-02-02",
                        List.of("The glintwater scheme was approved by the council after a long debate about costs and schedules in moorbay."),
                        List.of(), List.of(), List.of()),
                doc("fixture-rank-near", "Coastal plan advances", "Delta Times", null, "2020-02-02",
                        List.of("The glintwater moorbay scheme was approved by the council after a long debate about costs and schedules today."),
                        List.of(), List.of(), List.of()),
                doc("fixture-rank-twin-old", "Ferrowind turbines approved", "Delta Times", null, "2019-05-05",
                        List.of("Regulators approved the ferrowind turbines."), List.of(), List.of(), List.of()),
                doc("fixture-rank-twin-new", "Ferrowind turbines approved", "Delta Times", null, "2025-05-05",
                        List.of("Regulators approved the ferrowind turbines on Monday."), List.of(), List.of(), List.of()),
                doc(PATH_ID, "Road signs for " + PATH_ID_WORD + " put up", "Plains Courier", null, "2021-09-09",
                        List.of("Rangers put up signs at the " + PATH_ID_WORD + " near the ridge."), List.of(), List.of(), List.of()),
                doc("fixture-undated", "Lighthouse keepers publish their " + UNDATED_WORD, "Lighthouse Weekly", null, null,
                        List.of("The " + UNDATED_WORD + " lists the tides of the year for every harbour on the coast."),
                        List.of(), List.of(), List.of()),
                doc("fixture-markup", "Mineral survey finds <b>rare</b> " + MARKUP_WORD + " deposits", "Harbor Gazette", null, "2022-06-01",
                List.of("Geologists reported " + MARKUP_WORD + " near the coast. <script>alert('xss')</script> The survey team said more work was needed.",
                        "Local officials welcomed the " + MARKUP_WORD + " findings & promised a public hearing."),
                List.of("Mara Lindqvist"), List.of("Port Authority"), List.of("Lisbon")));
    }

    private static List<Map<String, Object>> spread() {
        Random random = new Random(20230415);
        List<Map<String, Object>> docs = new ArrayList<>();
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < GENERATED; i++) {
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            String outlet = random.nextInt(10) == 0 ? "Unknown" : OUTLETS.get(random.nextInt(OUTLETS.size()));
            String agency = random.nextInt(3) == 0 ? AGENCIES.get(random.nextInt(AGENCIES.size())) : null;
            List<String> people = pick(random, PEOPLE, 1 + random.nextInt(3));
            List<String> organizations = pick(random, ORGANIZATIONS, random.nextInt(3));
            List<String> places = new ArrayList<>(List.of(place));
            places.addAll(pick(random, PLACES, random.nextInt(2)));
            String published = random.nextInt(25) == 0 ? null : start.plusDays(random.nextInt(365 * 3)).toString();
            String person = people.get(0);
            String title = "%s: %s %s over %s".formatted(place, person, random.nextBoolean() ? "presses" : "weighs in", topic);
            List<String> paragraphs = List.of(
                    "%s said on %s that the %s would shape the coming months in %s. %s".formatted(person, weekday(random), topic, place, SPREAD_WORD),
                    organizations.isEmpty() ? "Officials declined to comment on the %s.".formatted(topic)
                            : "The %s is expected to respond to the %s within weeks.".formatted(organizations.get(0), topic),
                    "Residents of %s followed the debate closely, reporters in the city said.".formatted(String.join(" and ", places)));
            docs.add(doc("fixture-spread-%03d".formatted(i), title, outlet, agency, published, paragraphs, people, organizations, places));
        }
        return docs;
    }

    private static String weekday(Random random) {
        return List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday").get(random.nextInt(5));
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(picked);
    }

    private static Map<String, Object> doc(String id, String title, String outlet, String agency, String published, List<String> paragraphs,
            List<String> people, List<String> organizations, List<String> places) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", id);
        doc.put("title", title);
        doc.put("body", String.join("\n\n", paragraphs));
        doc.put("outlet", outlet);
        if (agency != null) {
            doc.put("agency", agency);
        }
        if (published != null) {
            doc.put("published", published);
            doc.put("published_rule", "fixture");
        }
        doc.put("people", people);
        doc.put("organizations", organizations);
        doc.put("places", places);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        int count = people.size() + organizations.size() + places.size() + 1;
        for (List<String> entities : List.of(people, organizations, places)) {
            for (String entity : entities) {
                mentions.put(entity, count--);
            }
        }
        doc.put("mentions", mentions);
        doc.put("source", "fixtures/" + id + ".txt");
        doc.put("url", "https://news.example.org/" + id);
        doc.put("ingested_at", Instant.parse("2026-01-01T00:00:00Z").toString());
        doc.put("content_hash", Integer.toHexString(doc.get("body").hashCode()));
        return doc;
    }
}
