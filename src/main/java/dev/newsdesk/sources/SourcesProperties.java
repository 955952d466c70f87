package dev.newsdesk.sources;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sources are scheduled and shared between crawlers (how they are fetched: {@code FetchProperties}).
 *
 * @param crawl                  whether this process fetches sources when they are due (the portal and {@code crawl})
 * @param workers                sources fetched at once by this process
 * @param pollInterval           how often the scheduler looks for due sources
 * @param minInterval            the shortest wait the scheduler picks for a source that publishes often
 * @param defaultIntervalMinutes a new source's longest wait between two fetches
 * @param leaseTimeout           how long a crawler's claim on a source holds without renewal: a crawler that dies
 *                               loses its sources after this
 * @param maxPagesPerFetch       the most new pages one fetch of a source reads; the rest wait for the next
 */
@Validated
@ConfigurationProperties("newsdesk.sources")
public record SourcesProperties(
        @DefaultValue("true") boolean crawl,
        @DefaultValue("2") @Min(1) @Max(64) int workers,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 100) Duration pollInterval,
        @DefaultValue("1m") @NotNull @DurationMin(seconds = 1) Duration minInterval,
        @DefaultValue("15") @Min(1) @Max(10_080) int defaultIntervalMinutes,
        @DefaultValue("2m") @NotNull @DurationMin(seconds = 2) Duration leaseTimeout,
        @DefaultValue("500") @Min(1) int maxPagesPerFetch) {
}
