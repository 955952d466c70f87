package dev.newsdesk.elasticsearch;

import java.time.Instant;

/** One versioned index behind an alias ({@code articles-000002}): its size, and whether the alias points to it. */
public record IndexVersion(String name, int generation, long docs, long bytes, Instant created, boolean current) {
}
