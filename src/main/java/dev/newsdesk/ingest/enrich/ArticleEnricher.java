package dev.newsdesk.ingest.enrich;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

/**
 * Enriches a cleaned article with its title, outlet, agency, publication date and named entities. Thread-safe; the
 * CoreNLP model behind the entities is loaded once, on the first article, and shared.
 */
public final class ArticleEnricher {

    private final PageFurniture furniture;
    private final OutletFinder outletFinder;
    private final PublishedDateFinder dateFinder;
    private final EntityExtractor entityExtractor;

    /** With the standard outlet signatures and today's date from the system clock. */
    public ArticleEnricher() {
        this(Clock.systemDefaultZone(), null);
    }

    /**
     * @param clock               today's date, against which dates written without a year are completed
     * @param extraSignaturesFile a user's outlet signatures in the format of ingest/outlet-signatures.txt, or null
     */
    public ArticleEnricher(Clock clock, Path extraSignaturesFile) {
        this(clock, extraSignaturesFile == null ? OutletSignatures.standard() : OutletSignatures.standardAnd(extraSignaturesFile),
                new NamedEntityRecognizer());
    }

    ArticleEnricher(Clock clock, OutletSignatures signatures, NamedEntityRecognizer recognizer) {
        this.furniture = PageFurniture.standard();
        this.outletFinder = new OutletFinder(signatures, WireServices.standard());
        this.dateFinder = new PublishedDateFinder(Objects.requireNonNull(clock, "clock"));
        this.entityExtractor = new EntityExtractor(recognizer, furniture, JobTitleFragments.standard(), EntityStopList.standard(),
                EntityAliases.standard());
    }

    /**
     * @param fileName the article's file name: its title when nothing else gives one
     */
    public Enrichment enrich(CleanedArticle article, Sidecar sidecar, String fileName) {
        return enrich(article, sidecar, fileName, article.paragraphs());
    }

    /**
     * @param fileName  the article's file name: its title when nothing else gives one
     * @param pageLines the page's text lines before cleaning, where outlet signatures (trust badges, follow-us prompts)
     *                  and "Published" lines are looked for, since the cleaner removes much of them as cruft
     */
    public Enrichment enrich(CleanedArticle article, Sidecar sidecar, String fileName, List<String> pageLines) {
        return enrich(article, sidecar, fileName, pageLines, Listing.NONE);
    }

    /**
     * As {@link #enrich(CleanedArticle, Sidecar, String, List)}, for a page a feed or sitemap listed: the listing's
     * title and date come after the page's own metadata and before what is inferred from its text.
     */
    public Enrichment enrich(CleanedArticle article, Sidecar sidecar, String fileName, List<String> pageLines, Listing listing) {
        Listing listed = listing == null ? Listing.NONE : listing;
        Sidecar known = sidecar == null ? Sidecar.NONE : sidecar;
        List<String> lines = pageLines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        ArticleLayout layout = ArticleLayout.of(article.paragraphs(), furniture);
        String title = TitleFinder.find(article, known, listed, layout, fileName);
        Attribution attribution = outletFinder.find(article, known, layout, lines);
        PublishedDate published = dateFinder.find(article, known, listed, layout, lines);
        Entities entities = entityExtractor.extract(article.paragraphs()).without(selfReferences(attribution));
        return new Enrichment(title, attribution.outlet(), attribution.agency(), published.date(), published.rule(),
                entities.people(), entities.organizations(), entities.places(), entities.mentions());
    }

    /** An article's own outlet and agency ("told VOA", "told AFP") are not what it is about. */
    private static List<String> selfReferences(Attribution attribution) {
        List<String> names = new ArrayList<>();
        names.add(attribution.outlet());
        if (attribution.agency() != null) {
            names.add(attribution.agency());
        }
        return names;
    }
}
