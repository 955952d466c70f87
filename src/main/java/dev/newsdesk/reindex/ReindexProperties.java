package dev.newsdesk.reindex;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the admin's reindex jobs keep old index versions.
 *
 * @param keepVersions versions kept besides the one the alias points to, newest first, so an admin can roll back
 */
@Validated
@ConfigurationProperties("newsdesk.reindex")
public record ReindexProperties(@DefaultValue("1") @Min(0) @Max(100) int keepVersions) {
}
