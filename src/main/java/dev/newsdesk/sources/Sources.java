package dev.newsdesk.sources;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.newsdesk.ingest.ArticleUrls;
import dev.newsdesk.sources.read.OpmlReader;
import dev.newsdesk.sources.read.OpmlSource;
import dev.newsdesk.sources.read.UnreadableSource;

/**
 * The sources an admin manages: add (the URL is fetched to learn what it is), list, pause, resume, fetch now, remove.
 * Changes are optimistic, so an admin's pause and a crawler's write of the same source never undo each other.
 */
public class Sources {

    static final int MAX_LABELS = 20;
    static final int MAX_LABEL_LENGTH = 80;
    static final int MAX_OUTLET_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2_000;
    private static final int WRITE_ATTEMPTS = 5;

    private final SourceStore store;
    private final SourceDetector detector;
    private final SourceActivity activity;
    private final SourcesProperties properties;
    private final Runnable wakeScheduler;
    private final Clock clock;

    Sources(SourceStore store, SourceDetector detector, SourceActivity activity, SourcesProperties properties, Runnable wakeScheduler,
            Clock clock) {
        this.store = store;
        this.detector = detector;
        this.activity = activity;
        this.properties = properties;
        this.wakeScheduler = wakeScheduler;
        this.clock = clock;
    }

    /** Fetches the URL to learn its kind and stores the source, due at once; 400 with the reason, 409 if followed already. */
    public SourceView add(NewSource request) throws IOException {
        URI url = checkedUrl(request.url());
        String outlet = checkedOutlet(request.outlet());
        List<String> labels = checkedLabels(request.labels());
        int interval = request.intervalMinutes() == null ? properties.defaultIntervalMinutes() : request.intervalMinutes();
        if (interval < 1 || interval > 10_080) {
            throw SourceProblem.badRequest("intervalMinutes is the longest wait between two fetches: 1 to 10080 (a week).");
        }
        String id = ArticleUrls.idFor(url.toString());
        if (store.find(id).isPresent()) {
            throw SourceProblem.exists(id);
        }
        DetectedSource detected = detector.detect(url);
        Source source = Source.added(url.toString(), detected.kind(), outlet, labels, interval, detected.followed(), clock.instant());
        if (!store.create(id, source)) {
            throw SourceProblem.exists(id);
        }
        wakeScheduler.run();
        return view(store.find(id).orElseThrow(() -> SourceProblem.notFound(id)));
    }

    public List<SourceView> list() throws IOException {
        List<Source.Stored> all = store.all();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, SourceHealth> health = activity.of(all.stream().map(Source.Stored::id).toList(), today);
        List<SourceView> views = new ArrayList<>(all.size());
        for (Source.Stored stored : all) {
            views.add(SourceView.of(stored, health.getOrDefault(stored.id(), SourceHealth.none(today))));
        }
        return views;
    }

    /** The chart of each view's last {@value SourceHealth#DAYS} days. */
    List<ActivityChart> charts(List<SourceView> views) {
        LocalDate first = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(SourceHealth.DAYS - 1L);
        return views.stream().map(view -> ActivityChart.of(new SourceHealth(view.articles(), 0,
                view.articlesPerDay().stream().mapToLong(Long::longValue).toArray(), first))).toList();
    }

    /**
     * Follows every feed of an OPML file (what feed readers export); the outlines it sits under, and its categories,
     * become its labels. A URL that cannot be a source is reported with its reason and the rest are added.
     */
    public ImportReport importOpml(byte[] opml) throws IOException {
        List<OpmlSource> listed;
        try {
            listed = OpmlReader.read(opml);
        } catch (UnreadableSource e) {
            throw SourceProblem.badRequest("The file is not an OPML list of feeds: " + e.getMessage());
        }
        List<String> added = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        for (OpmlSource source : listed) {
            String url = source.url().toString();
            try {
                add(new NewSource(url, null, source.labels(), null));
                added.add(url);
            } catch (SourceProblem e) {
                if (e.getStatusCode().value() == 409) {
                    existing.add(url);
                } else {
                    refused.add(new ImportReport.Refused(url, e.reason()));
                }
            }
        }
        return new ImportReport(added, existing, refused);
    }

    public SourceView get(String id) throws IOException {
        return view(stored(id));
    }

    public SourceView pause(String id) throws IOException {
        return view(change(id, source -> source.withState(SourceState.PAUSED, source.nextFetchAt())));
    }

    public SourceView resume(String id) throws IOException {
        return view(change(id, source -> source.withState(SourceState.ACTIVE, clock.instant())));
    }

    /** Due now: the scheduler takes it at its next look (a running fetch of it finishes first). */
    public SourceView fetchNow(String id) throws IOException {
        Source.Stored changed = change(id, source -> source.dueAt(clock.instant()));
        wakeScheduler.run();
        return view(changed);
    }

    public void remove(String id) throws IOException {
        if (!store.delete(id)) {
            throw SourceProblem.notFound(id);
        }
    }

    private Source.Stored change(String id, UnaryOperator<Source> change) throws IOException {
        for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
            Source.Stored read = stored(id);
            Source changed = change.apply(read.source());
            if (store.replace(read, changed)) {
                return store.find(id).orElseThrow(() -> SourceProblem.notFound(id));
            }
        }
        throw SourceProblem.busy();
    }

    private Source.Stored stored(String id) throws IOException {
        return store.find(id).orElseThrow(() -> SourceProblem.notFound(id));
    }

    private SourceView view(Source.Stored stored) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        SourceHealth health = activity.of(List.of(stored.id()), today).getOrDefault(stored.id(), SourceHealth.none(today));
        return SourceView.of(stored, health);
    }

    static URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw SourceProblem.badRequest("Give the URL of a feed, a sitemap or a site's home page.");
        }
        String stripped = url.strip();
        if (stripped.length() > MAX_URL_LENGTH) {
            throw SourceProblem.badRequest("The URL is longer than " + MAX_URL_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw SourceProblem.notASource(stripped, "only http and https URLs with a host name can be followed");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw SourceProblem.notASource(stripped, "it is not a valid URL (" + e.getReason() + ")");
        }
    }

    private static String checkedOutlet(String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return null;
        }
        String stripped = outlet.strip();
        if (stripped.length() > MAX_OUTLET_LENGTH || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw SourceProblem.badRequest("An outlet name is 1 to " + MAX_OUTLET_LENGTH + " characters of text.");
        }
        return stripped;
    }

    static List<String> checkedLabels(List<String> labels) {
        if (labels == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String label : labels) {
            String stripped = label == null ? "" : label.strip();
            if (stripped.isEmpty() || stripped.length() > MAX_LABEL_LENGTH || stripped.codePoints().anyMatch(Character::isISOControl)) {
                throw SourceProblem.badRequest("A label is 1 to " + MAX_LABEL_LENGTH + " characters of text.");
            }
            if (!checked.contains(stripped)) {
                checked.add(stripped);
            }
        }
        if (checked.size() > MAX_LABELS) {
            throw SourceProblem.badRequest("A source has at most " + MAX_LABELS + " labels.");
        }
        return List.copyOf(checked);
    }
}
