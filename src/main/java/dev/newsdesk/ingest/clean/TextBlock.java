package dev.newsdesk.ingest.clean;

import org.jsoup.nodes.Element;

/** One run of text between block boundaries of a page, with how much of it is link text and the block element holding it. */
record TextBlock(String text, int linkCharacters, Element owner) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkCharacters / text.length();
    }
}
