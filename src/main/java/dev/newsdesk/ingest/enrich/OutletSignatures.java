package dev.newsdesk.ingest.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import dev.newsdesk.datafile.DataFile;

/** What reveals an outlet: its host names and the phrases only it writes (self-references, trust badges, social handles). */
final class OutletSignatures {

    static final String RESOURCE = "ingest/outlet-signatures.txt";

    private final Map<String, String> outletByHost;
    private final Map<Pattern, String> outletByPhrase;
    private final Set<String> outlets;

    private OutletSignatures(Map<String, String> outletByHost, Map<Pattern, String> outletByPhrase, Set<String> outlets) {
        this.outletByHost = outletByHost;
        this.outletByPhrase = outletByPhrase;
        this.outlets = outlets;
    }

    static OutletSignatures standard() {
        return from(DataFile.lines(RESOURCE));
    }

    /** The standard signatures and, after them, those of a user's file in the same format. */
    static OutletSignatures standardAnd(Path extraFile) {
        List<String> entries = new ArrayList<>(DataFile.lines(RESOURCE));
        entries.addAll(DataFile.lines(extraFile));
        return from(entries);
    }

    static OutletSignatures from(List<String> entries) {
        Map<String, String> byHost = new LinkedHashMap<>();
        Map<Pattern, String> byPhrase = new LinkedHashMap<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (String entry : entries) {
            List<String> fields = DataFile.fields(entry, 3);
            String outlet = fields.get(0);
            String kind = fields.get(1);
            String value = fields.get(2);
            if (outlet.isEmpty() || value.isEmpty() || !(kind.equals("host") || kind.equals("text"))) {
                throw new IllegalArgumentException("The outlet signature '" + entry + "' is not '<outlet> | host or text | <value>': fix that line.");
            }
            outlets.add(outlet);
            if (kind.equals("host")) {
                byHost.put(value.toLowerCase(Locale.ROOT), outlet);
            } else {
                byPhrase.put(wholeWords(value), outlet);
            }
        }
        return new OutletSignatures(byHost, byPhrase, outlets);
    }

    /** The outlet of a host or of its nearest listed parent domain ("edition.cnn.com" is CNN's). */
    Optional<String> outletOfHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String domain = host.strip().toLowerCase(Locale.ROOT);
        while (true) {
            String outlet = outletByHost.get(domain);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            int dot = domain.indexOf('.');
            if (dot < 0 || domain.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            domain = domain.substring(dot + 1);
        }
    }

    /** The outlets whose phrases a paragraph contains, once per occurrence. */
    List<String> outletsSignedIn(String paragraph) {
        List<String> signed = new ArrayList<>();
        outletByPhrase.forEach((phrase, outlet) -> phrase.matcher(paragraph).results().forEach(match -> signed.add(outlet)));
        return signed;
    }

    /** The outlet's name as the signatures write it, when a text names a listed outlet ("(CNN)" in a dateline). */
    Optional<String> outletNamed(String text) {
        return outlets.stream().filter(outlet -> outlet.equalsIgnoreCase(text.strip())).findFirst();
    }

    private static Pattern wholeWords(String phrase) {
        String start = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String end = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "(?![\\p{L}\\p{N}_])" : "";
        return Pattern.compile(start + Pattern.quote(phrase) + end);
    }
}
