package dev.newsdesk.ingest.enrich;

import java.io.StringReader;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;

/** The first sentence of a paragraph, found by CoreNLP's tokenizer so that "U.S." or "Nov. 30" do not end it. */
final class LeadSentence {

    private LeadSentence() {
    }

    static String of(String paragraph) {
        List<CoreLabel> tokens = new PTBTokenizer<>(new StringReader(paragraph), new CoreLabelTokenFactory(), "invertible=true").tokenize();
        List<List<CoreLabel>> sentences = new WordToSentenceProcessor<CoreLabel>().process(tokens);
        if (sentences.isEmpty()) {
            return paragraph.strip();
        }
        List<CoreLabel> first = sentences.get(0);
        return paragraph.substring(first.get(0).beginPosition(), first.get(first.size() - 1).endPosition()).strip();
    }
}
