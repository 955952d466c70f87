package dev.newsdesk.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.Time;
import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * The scoring query: {@code simple_query_string} over title, body and entity names (AND by default), a bonus for
 * the words appearing close together, and a gentle recency factor. README.md's "How results are ranked" explains the numbers.
 */
final class RelevanceQuery {

    /** Title over body; entity names between them because a name in the entity list means the article is about it. */
    static final List<String> FIELDS = List.of("title^3", "body", "people.text^2", "organizations.text^2", "places.text^2", "outlet.text");
    static final double TITLE_PHRASE_BOOST = 2.0;
    static final double BODY_PHRASE_BOOST = 1.5;
    static final int TITLE_PHRASE_SLOP = 2;
    static final int BODY_PHRASE_SLOP = 4;
    /** The newest article's score is multiplied by at most 1 + this; a year older gets half of the bonus. */
    static final double RECENCY_BONUS = 0.2;

    private RelevanceQuery() {
    }

    static Query of(String typed) {
        return Query.of(q -> q.functionScore(f -> f
                .query(textQuery(QueryText.of(typed)))
                .functions(FunctionScore.of(s -> s.filter(all -> all.matchAll(m -> m)).weight(1.0)),
                        FunctionScore.of(s -> s
                                .filter(dated -> dated.exists(e -> e.field(ArticleDocument.PUBLISHED)))
                                .weight(RECENCY_BONUS)
                                .exp(d -> d.date(date -> date.field(ArticleDocument.PUBLISHED).placement(p -> p
                                        .origin("now")
                                        .offset(Time.of(t -> t.time("7d")))
                                        .scale(Time.of(t -> t.time("365d")))
                                        .decay(0.5))))))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    /** The text part alone: what highlighting and "did you mean" are about. */
    static Query textQuery(QueryText text) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query matching = Query.of(q -> q.simpleQueryString(s -> s
                .query(text.simpleQueryString())
                .fields(FIELDS)
                .defaultOperator(Operator.And)
                .analyzeWildcard(true)));
        if (text.positiveWords().split(" ").length < 2) {
            return matching;
        }
        return Query.of(q -> q.bool(b -> b
                .must(matching)
                .should(s -> s.matchPhrase(p -> p.field(ArticleDocument.TITLE).query(text.positiveWords()).slop(TITLE_PHRASE_SLOP).boost((float) TITLE_PHRASE_BOOST)))
                .should(s -> s.matchPhrase(p -> p.field(ArticleDocument.BODY).query(text.positiveWords()).slop(BODY_PHRASE_SLOP).boost((float) BODY_PHRASE_BOOST)))));
    }
}
