package dev.newsdesk.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Porter stemming, the stemmer behind Elasticsearch's own english analyzer. */
@NamedComponent("newsdesk_english_stemmer")
public class EnglishStemmerFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PorterStemFilter(input);
    }
}
