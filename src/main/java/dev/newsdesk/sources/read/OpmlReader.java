package dev.newsdesk.sources.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the OPML subscription lists feed readers export. Read with the JDK's own parser (DTDs and external entities
 * refused) rather than rome-opml, because the labels come from the folders a feed sits in, which a walk of the outline
 * tree gives directly.
 */
public final class OpmlReader {

    /** Deeper than any reader's folders; a bound so that a hostile list cannot exhaust the stack. */
    static final int MAXIMUM_DEPTH = 100;

    private OpmlReader() {
    }

    /**
     * Every {@code outline} with an {@code xmlUrl} (and type rss or none), in document order. Its labels are the
     * {@code text} (else {@code title}) of the folders around it, outermost first, then its {@code category} values.
     * A feed listed twice is one source with the labels of both places. Outlines whose {@code xmlUrl} is not an
     * absolute http(s) URL are left out.
     *
     * @throws UnreadableSource if the body is not XML, declares a DTD, or is not OPML
     */
    public static List<OpmlSource> read(byte[] opml) throws UnreadableSource {
        XmlDocuments.requireXmlWithoutDtd(opml);
        Element root = parse(opml).getDocumentElement();
        if (!root.getTagName().equals("opml")) {
            throw new UnreadableSource("it is XML but not OPML: its root element is <" + root.getTagName() + ">");
        }
        Map<URI, Source> sources = new LinkedHashMap<>();
        for (Element body : children(root, "body")) {
            collect(body, List.of(), 0, sources);
        }
        return sources.values().stream().map(Source::toOpmlSource).toList();
    }

    static Document parse(byte[] opml) throws UnreadableSource {
        try {
            return builder().parse(new ByteArrayInputStream(opml));
        } catch (SAXException | IOException notXml) {
            throw new UnreadableSource("it is not well-formed XML: " + notXml.getMessage(), notXml);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The parser's messages go into the exception, not to standard error.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException ignored) {
                }

                @Override
                public void error(SAXParseException problem) throws SAXParseException {
                    throw problem;
                }

                @Override
                public void fatalError(SAXParseException problem) throws SAXParseException {
                    throw problem;
                }
            });
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException unsupported) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe: " + unsupported.getMessage(),
                    unsupported);
        }
    }

    private static void collect(Element parent, List<String> folders, int depth, Map<URI, Source> sources)
            throws UnreadableSource {
        if (depth > MAXIMUM_DEPTH) {
            throw new UnreadableSource("its outlines are nested more than " + MAXIMUM_DEPTH + " deep");
        }
        for (Element outline : children(parent, "outline")) {
            String xmlUrl = outline.getAttribute("xmlUrl");
            if (xmlUrl.isBlank()) {
                List<String> inner = new ArrayList<>(folders);
                String folder = name(outline);
                if (folder != null) {
                    inner.add(folder);
                }
                collect(outline, inner, depth + 1, sources);
                continue;
            }
            URI url = Links.resolve(null, xmlUrl);
            if (url != null && isFeedType(outline.getAttribute("type"))) {
                Source source = sources.computeIfAbsent(url, key -> new Source(key, title(outline)));
                source.labels.addAll(folders);
                source.labels.addAll(categories(outline.getAttribute("category")));
            }
            // Some readers nest outlines under a feed; a feed is not a folder, so its children keep the outer labels.
            collect(outline, folders, depth + 1, sources);
        }
    }

    private static boolean isFeedType(String type) {
        return type.isBlank() || type.strip().toLowerCase(Locale.ROOT).equals("rss");
    }

    private static String name(Element outline) {
        String text = outline.getAttribute("text").strip();
        return text.isEmpty() ? blankToNull(outline.getAttribute("title")) : text;
    }

    private static String title(Element outline) {
        String title = outline.getAttribute("title").strip();
        return title.isEmpty() ? blankToNull(outline.getAttribute("text")) : title;
    }

    private static List<String> categories(String category) {
        List<String> labels = new ArrayList<>();
        for (String value : category.split(",")) {
            String label = value.strip().replaceFirst("^/+", "").strip();
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        return labels;
    }

    private static List<Element> children(Element parent, String tagName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tagName)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class Source {

        private final URI url;
        private final String title;
        private final Set<String> labels = new LinkedHashSet<>();

        Source(URI url, String title) {
            this.url = url;
            this.title = title;
        }

        OpmlSource toOpmlSource() {
            return new OpmlSource(url, title, List.copyOf(labels));
        }
    }
}
