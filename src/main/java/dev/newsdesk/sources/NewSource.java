package dev.newsdesk.sources;

import java.util.List;

/** What an admin asks to follow; null fields take their defaults (no outlet: inferred; no labels; the default interval). */
public record NewSource(String url, String outlet, List<String> labels, Integer intervalMinutes) {
}
