package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

/**
 * Hostile search parameters, one table: each answers within a bounded time with a sane result (200) or the portal's
 * own 400 and a message that says what to change, on the page and in the API alike; never a 500, a stack trace or
 * Elasticsearch's own error text.
 */
@NewsdeskTest
class HostileQueriesTest {

    /** A guard against a hang, not a speed check. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** The portal's fallback when Elasticsearch refuses a query: every case here must be caught before that. */
    private static final String ELASTICSEARCH_REFUSED = "Elasticsearch could not run this query";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient http;

    @BeforeEach
    void setUp() {
        TestArticles.ensureIndexed(client);
        http = new PortalClient(port);
    }

    /** A hostile request and what it must give: {@code message} null for a sane result, else words of the 400's message. */
    record Case(String description, String queryString, String message) {

        static Case sane(String description, String queryString) {
            return new Case(description, queryString, null);
        }

        static Case refused(String description, String queryString, String message) {
            return new Case(description, queryString, message);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Case> searches() {
        return Stream.of(
                // The query text: unbalanced syntax, regex and wildcard bombs, operators alone, odd characters.
                Case.sane("unbalanced quote", q("\"harbor expansion")),
                Case.sane("quotes everywhere", q("\"".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("unclosed parenthesis", q("(harbor expansion")),
                Case.sane("unopened parenthesis", q("harbor) expansion")),
                Case.sane("parentheses inside out", q(")))harbor(((")),
                Case.sane("240 nested parentheses", q("(".repeat(240) + "harbor" + ")".repeat(240))),
                Case.sane("only opening parentheses", q("(".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("wildcards inside a word", q("a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*x*y*z*")),
                Case.sane("only wildcards", q("*".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("leading wildcard", q("*arbor")),
                Case.sane("thirty prefixes", q(prefixes(30))),
                Case.sane("regular expression", q("/.*.*.*.*.*.*.*.*.*.*/")),
                Case.sane("catastrophic regular expression", q("/(a+)+(a|aa)+.*{1000}[^a-z]{9999}/")),
                Case.sane("fuzzy with a huge distance", q("harbor~99999")),
                Case.sane("phrase with a huge slop", q("\"harbor expansion\"~2147483647")),
                Case.sane("the most words, each fuzzy", q(words(SearchParameters.MAX_QUERY_WORDS, "~2 ") + "~2")),
                Case.sane("operators alone", q("AND OR NOT | + - ~ * \\")),
                Case.sane("minus signs only", q("-".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("backslashes only", q("\\".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("control characters", q("\u0000harbor\u001b[31m\u0007expansion\u007f")),
                Case.sane("emoji and right-to-left text", q("\uD83D\uDEA2 harbor \u202Eexpansion \u0645\u064A\u0646\u0627\u0621")),
                Case.sane("one word of the longest length", q("a".repeat(SearchParameters.MAX_QUERY_LENGTH))),
                Case.sane("the most words", q(words(SearchParameters.MAX_QUERY_WORDS, " "))),
                Case.sane("the most words joined by OR", q(words(SearchParameters.MAX_QUERY_WORDS, "|"))),
                Case.sane("two queries: the first counts", q("harbor") + "&" + q("(((")),
                Case.refused("a query over the length limit", q("a".repeat(SearchParameters.MAX_QUERY_LENGTH + 1)), "too long"),
                Case.refused("a thousand ORs", q(words(1000, " OR ")), "too long"),
                Case.refused("more words than the limit", q(words(SearchParameters.MAX_QUERY_WORDS + 1, " ")), "too many words"),
                Case.refused("more words than the limit, joined by |", q(words(SearchParameters.MAX_QUERY_WORDS + 1, "|")), "too many words"),
                Case.refused("more words than the limit, in CJK", q("\u6E2F".repeat(SearchParameters.MAX_QUERY_WORDS + 1)), "too many words"),
                Case.refused("more prefixes than the limit", q(prefixes(SearchParameters.MAX_QUERY_WORDS + 1)), "too many words"),
                // Paging and sorting: wrong types and huge values.
                Case.refused("page not a number", "page=abc", "'page' must be a whole number"),
                Case.refused("page a fraction", "page=1.5", "'page' must be a whole number"),
                Case.refused("page in scientific notation", "page=1e3", "'page' must be a whole number"),
                Case.refused("page in hexadecimal", "page=0x10", "'page' must be a whole number"),
                Case.refused("page zero", "page=0", "'page' must be a whole number, 1 or more"),
                Case.refused("page beyond any integer", "page=99999999999999999999999", "too large"),
                Case.sane("page at the largest integer", "page=2147483647&size=100"),
                Case.sane("page blank", "page=%20"),
                Case.refused("size zero", "size=0", "'size' must be a whole number from 1 to 100"),
                Case.refused("size negative", "size=-5", "'size' must be a whole number from 1 to 100"),
                Case.refused("size huge", "size=99999999999999999999", "'size' must be a whole number from 1 to 100"),
                Case.refused("size not a number", "size=ten", "'size' must be a whole number from 1 to 100"),
                Case.refused("sort unknown", "sort=random", "'sort' must be relevance, newest or oldest"),
                Case.refused("sort as Elasticsearch writes it", "sort=published:desc", "'sort' must be relevance, newest or oldest"),
                Case.refused("sort with markup", "sort=%3Cscript%3E", "'sort' must be relevance, newest or oldest"),
                // Dates.
                Case.refused("date not a date", "from=yesterday", "YYYY-MM-DD"),
                Case.refused("date that does not exist", "from=2023-02-30", "YYYY-MM-DD"),
                Case.refused("date with a time", "to=2023-02-01T00:00:00Z", "YYYY-MM-DD"),
                Case.refused("date in a far past", "from=-999999999-01-01", "from 0001-01-01 to 9999-12-31"),
                Case.refused("date in the year 0", "from=0000-01-01", "from 0001-01-01 to 9999-12-31"),
                Case.refused("dates reversed", "from=2023-05-01&to=2023-04-01", "reversed"),
                Case.sane("dates blank", "from=&to="),
                // Facets: long and odd values, too many values, unknown names.
                Case.sane("a facet value of 2,000 characters", "person=" + "x".repeat(2000)),
                Case.sane("a facet value that looks like a wildcard", "person=*&place=Lis*"),
                Case.sane("a facet value with control characters", "outlet=%00%1B%5B31m"),
                Case.sane("the most values of one facet", values("place", SearchParameters.MAX_VALUES_PER_FACET)),
                Case.refused("too many values of one facet", values("place", SearchParameters.MAX_VALUES_PER_FACET + 1), "Too many values for 'place'"),
                Case.refused("too many exclusions of one facet", values("not_person", SearchParameters.MAX_VALUES_PER_FACET + 1),
                        "Too many values for 'not_person'"),
                Case.sane("an unknown facet is ignored", "colour=red&not_colour=blue"),
                Case.refused("'more' naming an unknown facet", "more=colour", "'more' must name a facet"),
                Case.refused("'more' naming too many facets", values("more", SearchParameters.MAX_VALUES_PER_FACET + 1), "Too many values for 'more'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void theApiAnswersWithASaneResultOrItsOwnMessage(Case hostile) {
        HttpResponse<String> response = assertTimeoutPreemptively(BOUND, () -> http.get("/api/search?" + hostile.queryString()));

        JsonNode answer = PortalClient.json(response);
        if (hostile.message() == null) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(answer.get("total").asLong()).isNotNegative();
            assertThat(answer.get("hits").isArray()).isTrue();
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(answer.get("message").asString()).contains(hostile.message())
                    .doesNotContain(ELASTICSEARCH_REFUSED).doesNotContainIgnoringCase("exception");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void thePageAnswersWithASaneResultOrItsOwnMessage(Case hostile) {
        HttpResponse<String> response = assertTimeoutPreemptively(BOUND, () -> http.page("/search?" + hostile.queryString()));

        String text = Jsoup.parse(response.body()).text();
        assertThat(response.statusCode()).as(text).isEqualTo(hostile.message() == null ? 200 : 400);
        assertThat(text).doesNotContain(ELASTICSEARCH_REFUSED).doesNotContainIgnoringCase("exception");
        if (hostile.message() != null) {
            assertThat(text).contains("That search cannot be run").contains(hostile.message());
        }
    }

    @Test
    void unknownParametersChangeNothing() {
        long plain = PortalClient.json(http.get("/api/search?q=" + TestArticles.SPREAD_WORD)).get("total").asLong();

        long withUnknown = PortalClient.json(http.get("/api/search?q=" + TestArticles.SPREAD_WORD + "&colour=red&not_colour=blue&utm_source=x")).get("total").asLong();

        assertThat(plain).isEqualTo(TestArticles.GENERATED);
        assertThat(withUnknown).isEqualTo(plain);
    }

    static Stream<String> suggestions() {
        return Stream.of("", "a", "((", "\"", "*", "a*b*c*d*e*f*", "/.*.*.*/", "\u0000\u001b[31m", "-", "AND OR NOT",
                "\uD83D\uDEA2", "a".repeat(SearchParameters.MAX_QUERY_LENGTH), "a".repeat(5000), words(200, " "), words(200, "|"));
    }

    @ParameterizedTest
    @MethodSource("suggestions")
    void suggestionsAnswerEveryPrefixWithListsWithinBoundedTime(String typed) {
        HttpResponse<String> response = assertTimeoutPreemptively(BOUND, () -> http.get("/api/suggest?" + q(typed)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = PortalClient.json(response);
        assertThat(answer.get("titles").isArray()).isTrue();
        assertThat(answer.get("entities").isArray()).isTrue();
    }

    @Test
    void suggestionsIgnoreRepeatedAndUnknownParameters() {
        HttpResponse<String> response = http.get("/api/suggest?q=li&q=((&q=*&colour=red");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String q(String typed) {
        return "q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    /** {@code count} distinct made-up words of two or three letters, joined by the separator. */
    private static String words(int count, String separator) {
        String letters = "bcdfghjklmnpqrstvwxz";
        return IntStream.range(0, count)
                .mapToObj(i -> "" + letters.charAt(i % letters.length()) + (char) ('a' + i / letters.length() % 26) + (i >= 520 ? "o" : ""))
                .collect(Collectors.joining(separator));
    }

    /** {@code count} distinct prefix searches ("ba* ca* ..."). */
    private static String prefixes(int count) {
        return words(count, "* ") + "*";
    }

    private static String values(String parameter, int count) {
        return IntStream.range(0, count).mapToObj(i -> parameter + "=v" + i).collect(Collectors.joining("&"));
    }
}
