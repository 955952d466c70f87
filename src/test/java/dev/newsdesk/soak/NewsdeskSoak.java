package dev.newsdesk.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak of issue 14: runs it, writes SOAK.md at the repository root, and fails if a goal is missed. Run by
 * {@code mvn -B -Psoak verify} only: its name does not end in Test, so the normal test run leaves it out. Settings:
 * see {@link SoakSettings}.
 */
class NewsdeskSoak {

    private static final Logger log = LoggerFactory.getLogger(NewsdeskSoak.class);

    @Test
    void servesTheMixWithoutErrorsOrGrowthWhileIngesting() throws Exception {
        SoakSettings settings = SoakSettings.fromSystemProperties();
        SoakResult result = new SoakRun(settings).run();
        List<SoakGoals.Verdict> verdicts = SoakGoals.judge(result);
        new SoakReport(result, verdicts).write(settings.report());
        log.info("Wrote {}", settings.report());

        assertThat(verdicts).as("the soak's goals (see " + settings.report() + ")").allSatisfy(verdict ->
                assertThat(verdict.passed()).as(verdict.goal() + ": " + verdict.measured()).isTrue());
    }
}
