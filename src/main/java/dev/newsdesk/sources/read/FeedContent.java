package dev.newsdesk.sources.read;

import java.util.List;

/** What a feed holds: its title ({@code null} if it has none) and its items with a usable link, in feed order. */
public record FeedContent(String title, List<FeedItem> items) {

    public FeedContent {
        items = List.copyOf(items);
    }
}
