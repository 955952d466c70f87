package dev.newsdesk.saved;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of saved searches.
 *
 * @param maxPerUser  how many saved searches one account keeps
 * @param feedEntries how many articles a saved search's Atom feed lists
 * @param writeAttempts how many times a change of a saved search is tried when other writes to it come between its
 *                      read and its write (each time on a new read)
 */
@Validated
@ConfigurationProperties("newsdesk.saved")
public record SavedProperties(@DefaultValue("200") @Min(1) @Max(10_000) int maxPerUser,
        @DefaultValue("50") @Min(1) @Max(1_000) int feedEntries,
        @DefaultValue("5") @Min(1) int writeAttempts) {
}
