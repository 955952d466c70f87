package dev.newsdesk.ingest.enrich;

/** What a crawler knew about a file, from {@code <file name>.meta.json} beside it; null fields are unknown. Wins over inference. */
public record Sidecar(String url, String outlet, String published, String title) {

    public static final Sidecar NONE = new Sidecar(null, null, null, null);
}
