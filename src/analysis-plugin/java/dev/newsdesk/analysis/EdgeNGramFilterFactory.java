package dev.newsdesk.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** Leading n-grams of each token ("vie", "viet", ...) for prefix suggestions; index side only. */
@NamedComponent("newsdesk_edge_ngram")
public class EdgeNGramFilterFactory implements TokenFilterFactory {

    private final int minGram;
    private final int maxGram;

    @Inject
    public EdgeNGramFilterFactory(Settings settings) {
        if (settings.minGram() < 1 || settings.maxGram() < settings.minGram()) {
            throw new IllegalArgumentException(
                    "newsdesk_edge_ngram needs 1 <= min_gram <= max_gram, got " + settings.minGram() + " and " + settings.maxGram());
        }
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new EdgeNGramTokenFilter(input, minGram, maxGram, true);
    }

    /** The filter's settings, read from the index settings. */
    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 2)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 15)
        int maxGram();
    }
}
