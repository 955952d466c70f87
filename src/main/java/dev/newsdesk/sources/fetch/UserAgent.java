package dev.newsdesk.sources.fetch;

/** What the crawler calls itself, in the User-Agent header and in robots.txt. */
public final class UserAgent {

    /** The product token that robots.txt groups are matched against. */
    public static final String ROBOTS_NAME = "newsdesk";

    static final String PRODUCT = "Newsdesk/1.0";

    private UserAgent() {
    }

    /** {@code Newsdesk/1.0 (+contact URL)}, or {@code Newsdesk/1.0} without a contact URL. */
    public static String of(FetchProperties properties) {
        String contact = properties.contactUrl();
        return contact == null || contact.isBlank() ? PRODUCT : PRODUCT + " (+" + contact.strip() + ")";
    }
}
