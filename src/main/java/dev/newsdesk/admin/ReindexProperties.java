package dev.newsdesk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the admin's reindex jobs keep old index versions.
 *
 * @param keepVersions versions kept besides the one the alias points to, newest first, so an admin can roll back
 */
@ConfigurationProperties("newsdesk.reindex")
public record ReindexProperties(@DefaultValue("1") int keepVersions) {
}
