package dev.newsdesk.command;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

import dev.newsdesk.elasticsearch.Cluster;
import dev.newsdesk.accounts.UserAccounts;

/**
 * The Spring context of {@code add-user}: the cluster, its indices and the accounts, with the portal's settings and
 * nothing of the web. Not a {@code @Configuration}, so that the portal's component scan leaves it alone.
 */
@ComponentScan(basePackageClasses = {Cluster.class, UserAccounts.class})
@ConfigurationPropertiesScan(basePackageClasses = {Cluster.class, UserAccounts.class})
final class AccountsContext {
}
