package io.factstream.corpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Wikipedia abstracts dump ({@code enwiki-*-abstract.xml}): {@code <feed>} of
 * {@code <doc><title>Wikipedia: X</title><url>…</url><abstract>…</abstract><links>…</links></doc>}, read with StAX.
 * A record's number is the ordinal of its {@code <doc>}; the title loses its "Wikipedia: " prefix.
 */
public final class WikipediaAbstractsReader implements CorpusReader<CorpusDocument> {
    private static final String TITLE_PREFIX = "Wikipedia: ";
    private static final Set<String> FIELDS = Set.of("title", "url", "abstract");

    private final XMLStreamReader xml;
    private long docNumber;

    public WikipediaAbstractsReader(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    @Override
    public CorpusRecord<CorpusDocument> next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("doc")) {
                    return readDoc();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private CorpusRecord<CorpusDocument> readDoc() throws XMLStreamException {
        long number = ++docNumber;
        String location = "record " + number + " (line " + xml.getLocation().getLineNumber() + ")";
        String title = null;
        String url = null;
        String text = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 1 && FIELDS.contains(name)) {
                    String value = xml.getElementText().strip();
                    switch (name) {
                        case "title" -> title = value;
                        case "url" -> url = value;
                        default -> text = value;
                    }
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (url == null || url.isEmpty()) {
            return new CorpusRecord.Rejected<>(number, location, "missing url");
        }
        if (text == null || text.isEmpty()) {
            return new CorpusRecord.Rejected<>(number, location, "empty abstract");
        }
        return new CorpusRecord.Parsed<>(number, location, new CorpusDocument(withoutPrefix(title), url, text, null));
    }

    private static String withoutPrefix(String title) {
        if (title == null || title.isEmpty()) {
            return null;
        }
        return title.startsWith(TITLE_PREFIX) ? title.substring(TITLE_PREFIX.length()) : title;
    }

    private IOException malformed(XMLStreamException e) {
        return new IOException("malformed XML after " + docNumber + " records: " + e.getMessage(), e);
    }
}
