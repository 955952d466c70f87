package dev.newsdesk.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Expands synonyms at search time ("U.S." finds "United States").
 * The rules, in Solr format, travel in the index settings; the app reads them from index-templates/synonyms.txt.
 * The rules are parsed with the chain that precedes this filter in the analyzers (standard, lower case, ASCII folding).
 */
@NamedComponent("newsdesk_synonyms")
public class SynonymGraphFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public SynonymGraphFilterFactory(Settings settings) {
        this.synonyms = parse(settings.synonyms());
    }

    @Override
    public TokenStream create(TokenStream input) {
        return synonyms.fst == null ? input : new SynonymGraphFilter(input, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        // A graph of synonyms cannot be indexed faithfully; expanding the query is exact.
        return AnalysisMode.SEARCH_TIME;
    }

    private static SynonymMap parse(List<String> rules) {
        try (Analyzer ruleAnalyzer = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("newsdesk_synonyms: rule " + e.getErrorOffset() + " cannot be parsed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filter's settings, read from the index settings. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();
    }

    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    }
}
