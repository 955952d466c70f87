package dev.newsdesk.ingest.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;
import dev.newsdesk.ingest.clean.PageMetadata;

/**
 * Finds an article's outlet: sidecar, then the page's site name, publisher and host, then the dateline's source, then
 * credit lines and signatures in the page's text. Any of them naming a wire service sets the agency instead, and the
 * search for the outlet goes on. Signatures are looked for in the page's lines before cleaning, since trust badges and
 * follow-us prompts are cruft.
 */
final class OutletFinder {

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "[\\s(—–-]*(?:(?:with\\s+)?(?:additional\\s+)?(?:inputs?\\s+from|reporting\\s+by|source:|via|with)\\s+)?"
                    + "(?<name>[A-Za-z][A-Za-z .'-]{0,38}[A-Za-z])[\\s).]*", Pattern.CASE_INSENSITIVE);
    private static final int MAXIMUM_CREDIT_LINE_LENGTH = 50;

    private final OutletSignatures signatures;
    private final WireServices wireServices;

    OutletFinder(OutletSignatures signatures, WireServices wireServices) {
        this.signatures = signatures;
        this.wireServices = wireServices;
    }

    Attribution find(CleanedArticle article, Sidecar sidecar, ArticleLayout layout, List<String> pageLines) {
        List<String> named = new ArrayList<>();
        PageMetadata metadata = article.metadata();
        named.add(sidecar.outlet());
        named.add(metadata.siteName());
        named.add(metadata.publisher());
        for (String host : List.of(nullToEmpty(metadata.host()), hostOf(metadata.canonicalUrl()), hostOf(sidecar.url()))) {
            named.add(signatures.outletOfHost(host).orElse(null));
        }
        layout.lede().flatMap(DatelineParser::parse).map(Dateline::source)
                .ifPresent(source -> named.add(wireServices.named(source).or(() -> signatures.outletNamed(source)).orElse(null)));
        named.addAll(creditedWireServices(pageLines));
        named.addAll(signedOutletsByCount(pageLines));
        named.addAll(signedWireServices(pageLines));

        String outlet = null;
        String agency = null;
        for (String name : named) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Optional<String> wireService = wireServices.named(name);
            if (wireService.isPresent()) {
                agency = agency == null ? wireService.get() : agency;
            } else if (outlet == null) {
                outlet = name.strip();
            }
        }
        return new Attribution(outlet == null ? ArticleDocument.UNKNOWN_OUTLET : outlet, agency);
    }

    /** Wire services credited on a line of their own: "— Reuters", "With inputs from AP". */
    private List<String> creditedWireServices(List<String> lines) {
        return lines.stream().filter(line -> line.length() <= MAXIMUM_CREDIT_LINE_LENGTH && !PhotoCaptions.isCaption(line))
                .map(CREDIT_LINE::matcher).filter(Matcher::matches)
                .map(credit -> wireServices.named(credit.group("name")).orElse(null)).filter(Objects::nonNull).toList();
    }

    /** Outlets signed in the text, most signatures first, then in order of appearance; wire services left out. */
    private List<String> signedOutletsByCount(List<String> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        signedNames(paragraphs).stream().filter(name -> wireServices.named(name).isEmpty())
                .forEach(name -> counts.merge(name, 1, Integer::sum));
        List<String> outlets = new ArrayList<>(counts.keySet());
        outlets.sort((first, second) -> counts.get(second) - counts.get(first));
        return outlets;
    }

    private List<String> signedWireServices(List<String> paragraphs) {
        return signedNames(paragraphs).stream().filter(name -> wireServices.named(name).isPresent()).toList();
    }

    /** Captions are left out: their credits name the photographer's agency, not the article's. */
    private List<String> signedNames(List<String> paragraphs) {
        return paragraphs.stream().filter(paragraph -> !PhotoCaptions.isCaption(paragraph))
                .flatMap(paragraph -> signatures.outletsSignedIn(paragraph).stream()).toList();
    }

    private static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
