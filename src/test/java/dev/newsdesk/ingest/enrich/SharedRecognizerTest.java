package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Threads sharing the one recognizer find exactly what one thread finds (its speed is measured by the benchmark). */
class SharedRecognizerTest {

    private final NamedEntityRecognizer recognizer = new NamedEntityRecognizer();
    private final List<String> paragraphs = SeedArticles.fileNames().stream()
            .flatMap(name -> SeedArticles.read(name).paragraphs().stream()).toList();

    @Test
    void threadsSharingTheRecognizerFindWhatOneThreadFinds() throws Exception {
        List<List<EntityMention>> alone = recognizeAll();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<EntityMention>>>> shared = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                shared.add(pool.submit(this::recognizeAll));
            }
            for (Future<List<List<EntityMention>>> result : shared) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<List<EntityMention>> recognizeAll() {
        return paragraphs.stream().map(recognizer::recognize).toList();
    }
}
