package dev.newsdesk.sources;

import java.util.List;

/** What an OPML import did: the URLs added, those followed already, and those refused with their reasons. */
public record ImportReport(List<String> added, List<String> existing, List<Refused> refused) {

    public record Refused(String url, String reason) {
    }

    public String summary() {
        return "%d added, %d followed already, %d refused".formatted(added.size(), existing.size(), refused.size());
    }
}
