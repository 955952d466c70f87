package dev.newsdesk.article;

/** A run of an article paragraph; when {@code facet} is set, a mention of {@code value} linked to {@code url}. */
public record MentionSegment(String text, String facet, String value, String url) {

    static MentionSegment text(String text) {
        return new MentionSegment(text, null, null, null);
    }

    public boolean isMention() {
        return url != null;
    }
}
