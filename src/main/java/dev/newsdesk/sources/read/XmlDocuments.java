package dev.newsdesk.sources.read;

/**
 * The checks every XML reader of this package makes before parsing, so that the refusals read the same: a body that
 * is not markup, and a body that declares a DTD (the door to entity expansion and external entities). The parsers are
 * configured to refuse DTDs as well; this check is what gives the user a sentence instead of a parser's message.
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    static XmlStart requireXmlWithoutDtd(byte[] body) throws UnreadableSource {
        XmlStart start = XmlStart.of(body);
        switch (start.kind()) {
            case TEXT -> throw new UnreadableSource(start.name().isEmpty() ? "it is not XML: it is empty"
                    : "it is not XML: it begins with \"" + start.name() + "\"");
            case DOCTYPE -> throw new UnreadableSource("it declares a DTD, which Newsdesk does not read");
            default -> {
                return start;
            }
        }
    }
}
