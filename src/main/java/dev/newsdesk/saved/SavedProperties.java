package dev.newsdesk.saved;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits of saved queries: how many one account keeps, and how many articles a feed lists. */
@ConfigurationProperties("newsdesk.saved")
public record SavedProperties(@DefaultValue("200") int maxPerUser, @DefaultValue("50") int feedEntries) {
}
