package io.fundmatch.guide;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps each table row of an extracted document on one line: line breaks and tabs inside a cell (a Word cell
 * holds paragraphs) become spaces, so only the tabs between cells and the line break after the row remain.
 * {@link GridTable} then reads the rows.
 */
final class TableRowText extends ContentHandlerDecorator {

    private int cellDepth;

    TableRowText(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (isCell(localName)) cellDepth++;
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if (isCell(localName) && cellDepth > 0) cellDepth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (cellDepth > 0) {
            char[] flat = flatten(ch, start, length);
            super.characters(flat, 0, flat.length);
        } else {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (cellDepth > 0) {
            char[] flat = flatten(ch, start, length);
            super.ignorableWhitespace(flat, 0, flat.length);
        } else {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private static boolean isCell(String localName) {
        return "td".equals(localName) || "th".equals(localName);
    }

    private static char[] flatten(char[] ch, int start, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            char c = ch[start + i];
            out[i] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
        }
        return out;
    }
}
