package dev.newsdesk.ingest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service while the seed articles of a first start are being ingested, so health and readiness turn UP only
 * once they are searchable. Seeding that failed is logged and reported here, but does not keep the portal down.
 */
@Component("seeds")
@ConditionalOnWebApplication
class SeedsHealthIndicator implements HealthIndicator {

    private final SeedOnEmptyIndex seeds;

    SeedsHealthIndicator(SeedOnEmptyIndex seeds) {
        this.seeds = seeds;
    }

    @Override
    public Health health() {
        return switch (seeds.seeding()) {
            case PENDING -> Health.outOfService().withDetail("seeds", "being ingested").build();
            case DONE -> Health.up().withDetail("seeds", "ingested, or the index already had articles").build();
            case FAILED -> Health.up().withDetail("seeds", "could not be ingested; see the log").build();
            case NOT_WANTED -> Health.up().withDetail("seeds", "not wanted (newsdesk.ingest.seed-on-empty)").build();
        };
    }
}
