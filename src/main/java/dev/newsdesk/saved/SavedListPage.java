package dev.newsdesk.saved;

import java.util.List;

/** What the "My saved searches" page shows: one row per saved search, and how many more its owner may keep. */
record SavedListPage(String username, List<Row> rows, int limit) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One saved search with its filters in words, its counts now, the actions on it and its feed. */
    record Row(String id, String name, List<String> description, long total, long newSinceLastVisit, String searchUrl,
            String openAction, String renameAction, String deleteAction, String feedUrl, String feedTokenAction) {

        static Row of(SavedSearchView view) {
            String base = SavedPageController.PATH + "/" + view.id();
            CanonicalSearch search = CanonicalSearch.parse(view.query());
            return new Row(view.id(), view.name(), SearchInWords.of(search.criteria()), view.total(), view.newSinceLastVisit(),
                    search.url(), base + "/open", base + "/rename", base + "/delete", view.feedUrl(), base + "/feed-token");
        }
    }
}
