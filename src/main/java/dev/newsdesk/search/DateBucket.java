package dev.newsdesk.search;

import java.time.LocalDate;

/** A period of the timeline, {@code start} to {@code end} inclusive, and how many results fall into it. */
public record DateBucket(LocalDate start, LocalDate end, long count, boolean selected) {
}
