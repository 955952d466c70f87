package dev.newsdesk.sources.read;

import java.net.URI;
import java.util.List;

/**
 * One feed of an OPML list: its URL, its title ({@code null} if it has none), and its labels, the folders it sits in
 * and the categories it is given.
 */
public record OpmlSource(URI url, String title, List<String> labels) {

    public OpmlSource {
        labels = List.copyOf(labels);
    }
}
