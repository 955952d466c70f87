package dev.newsdesk.sources.read;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed: its absolute http(s) link, and what the feed says of it. Title, published time and author are
 * {@code null} when the feed leaves them out.
 */
public record FeedItem(URI url, String title, Instant published, String author) {
}
