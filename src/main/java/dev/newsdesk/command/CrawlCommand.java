package dev.newsdesk.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.sources.CrawlScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code crawl}: runs the portal's source scheduler without the portal, against the same cluster, until stopped. Any
 * number of crawlers (and portals) share the sources through leases in Elasticsearch.
 */
@Command(name = "crawl", footer = Settings.FOOTER,
        description = {"Fetches the followed sources when they are due, until stopped (Ctrl-C).",
                "%nRun it on several machines against one cluster (--newsdesk.elasticsearch.url=...): the crawlers and portals share "
                        + "the sources without fetching one twice, and take over the sources of one that stops."})
final class CrawlCommand implements Callable<Integer> {

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Settings.start(spec, settings, SourcesContext.class,
                "newsdesk.elasticsearch.embedded.join-running=true", "newsdesk.sources.crawl=true", "newsdesk.ingest.seed-on-empty=false")) {
            out.println("Crawling as " + context.getBean(CrawlScheduler.class).owner() + "; stop with Ctrl-C.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    stopped.countDown();
                }
            });
            stopped.await();
            return 0;
        }
    }
}
