package dev.newsdesk.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import dev.newsdesk.NewsdeskTest;

@NewsdeskTest
class AnalysisThroughAliasTest {

    @Autowired
    ElasticsearchClient client;

    @Test
    void bodyAnalyzerRemovesPossessivesAndStems() throws IOException {
        assertThat(bodyTokens("Blinken's visits upgrading partnerships"))
                .containsExactly("blinken", "visit", "upgrad", "partnership");
    }

    @Test
    void bodyAnalyzerFoldsAccents() throws IOException {
        assertThat(bodyTokens("Hà Nội")).containsExactly("ha", "noi");
    }

    @Test
    void searchAnalyzerExpandsSynonymsFromTheSynonymsFile() throws IOException {
        List<String> tokens = client.indices().analyze(a -> a.index(Indices.ARTICLES).analyzer("newsdesk_english_search").text("U.N. talks"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertThat(tokens).contains("unit", "nation", "talk");
    }

    @Test
    void prefixAnalyzerEmitsLeadingNGrams() throws IOException {
        List<String> tokens = client.indices().analyze(a -> a.index(Indices.ARTICLES).field("people.prefix").text("Blinken"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertThat(tokens).contains("bl", "blin", "blinken");
    }

    @Test
    void writesGoThroughTheAliasToTheFirstVersionedIndex() throws IOException {
        var alias = client.indices().getAlias(a -> a.name(Indices.ARTICLES));
        assertThat(alias.result()).containsKey(Indices.versioned(Indices.ARTICLES, 1));
    }

    private List<String> bodyTokens(String text) throws IOException {
        return client.indices().analyze(a -> a.index(Indices.ARTICLES).field("body").text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
