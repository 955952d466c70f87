package dev.newsdesk.ingest.enrich;

/** The opening of a news story that says where it was filed ("HANOI, April 15 (Reuters) -"); source and date text may be null. */
record Dateline(String place, String dateText, String source, int length) {
}
