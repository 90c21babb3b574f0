package cn.vocstat.verify;

import cn.vocstat.rules.Rule;
import cn.vocstat.verify.DraftText.UnreadableDraftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A Word package opened for POI only after every part of it has been read once within
 * {@link DraftLimits}: the parts counted, each inflated under the ratio and size limits, each XML part
 * parsed by the JDK's parser (the one POI uses, so the same encodings) with its elements and paragraphs
 * counted, and a DOCTYPE in any part refused before POI could parse it. POI then reads the same opened
 * file, whose parts have all passed.
 */
final class DraftPackage {

    private static final String FEATURES = "http://xml.org/sax/features/";
    private static final SAXParserFactory XML = xmlFactory();

    private DraftPackage() {
    }

    /** The package of a .docx, every part checked; the caller closes it. */
    static OPCPackage open(Path file, String name) throws IOException, InvalidFormatException {
        refuseManyParts(file, name);
        ZipFile zip = ZipFile.builder().setPath(file).get();
        try {
            new Inspection(name).inspect(zip);
            return OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Counted by the JDK's zip reader, which keeps the directory as bytes: Commons Compress, which POI
     * uses, makes an object of every entry, and a million empty entries took it 450 MB and 17 s.
     */
    private static void refuseManyParts(Path file, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() > DraftLimits.MAX_PARTS) {
                throw new UnreadableDraftException(DraftRefusal.TOO_MANY_PARTS, name, DraftLimits.MAX_PARTS);
            }
        }
    }

    /** One pass over the parts, with the counts the limits are on. */
    private static final class Inspection {
        private final String name;
        private long unpacked;
        private long elements;
        private long paragraphs;

        Inspection(String name) {
            this.name = name;
        }

        void inspect(ZipFile zip) throws IOException {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        read(new GuardedPart(in, entry.getName()));
                    }
                }
            }
        }

        /** Parses the part if it is XML, then reads whatever the parser left, so that every byte passes the limits. */
        private void read(GuardedPart part) throws IOException {
            try {
                XMLReader reader = XML.newSAXParser().getXMLReader();
                Counter counter = new Counter(part.name);
                reader.setContentHandler(counter);
                reader.setErrorHandler(counter);
                reader.setProperty("http://xml.org/sax/properties/lexical-handler", counter);
                reader.parse(new InputSource(part));
            } catch (SAXException | IOException | RuntimeException e) {
                if (part.refusal != null) {
                    throw part.refusal;
                }
                if (e instanceof SAXException sax && sax.getException() instanceof UnreadableDraftException refused) {
                    throw refused;
                }
                // not XML (a picture), or XML POI will find broken if it reads it: the limits are all this pass is for
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            part.transferTo(OutputStream.nullOutputStream());
        }

        /** Counts elements and paragraphs as they come; refuses a DOCTYPE as soon as it is declared, before its contents. */
        private final class Counter extends DefaultHandler2 {
            private final String part;

            Counter(String part) {
                this.part = part;
            }

            @Override
            public void startDTD(String root, String publicId, String systemId) throws SAXException {
                throw new SAXException(new UnreadableDraftException(DraftRefusal.DOCTYPE, name, Rule.quoted(part)));
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                if (++elements > DraftLimits.MAX_XML_ELEMENTS) {
                    throw new SAXException(new UnreadableDraftException(DraftRefusal.TOO_COMPLEX, name, DraftLimits.MAX_XML_ELEMENTS));
                }
                if (localName.equals("p") && ++paragraphs > DraftLimits.MAX_PARAGRAPHS) {
                    throw new SAXException(new UnreadableDraftException(DraftRefusal.TOO_MANY_PARAGRAPHS, name, DraftLimits.MAX_PARAGRAPHS));
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        }

        /**
         * A part's bytes as they inflate (the parser closes what it reads: the part itself stays open), refused past the limits: its size, its ratio to the bytes it
         * was inflated from (counted, not as the zip's directory claims), and the package's total.
         */
        private final class GuardedPart extends InputStream {
            private final InputStream in;
            private final String name;
            private final InputStreamStatistics statistics;
            private UnreadableDraftException refusal;

            GuardedPart(InputStream in, String name) throws UnreadableDraftException {
                this.in = in;
                this.name = name;
                if (!(in instanceof InputStreamStatistics counted)) {
                    throw new UnreadableDraftException(DraftRefusal.NOT_WORD, Inspection.this.name);
                }
                this.statistics = counted;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    check(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    check(n);
                }
                return n;
            }

            private void check(int read) throws UnreadableDraftException {
                unpacked += read;
                long inflated = statistics.getUncompressedCount();
                if (inflated > DraftLimits.MAX_PART_BYTES) {
                    refuse(DraftRefusal.PART_TOO_LARGE, Rule.quoted(name), DraftLimits.MAX_PART_BYTES >> 20);
                } else if (inflated > DraftLimits.RATIO_GRACE_BYTES && inflated > statistics.getCompressedCount() * DraftLimits.MAX_INFLATE_FACTOR) {
                    refuse(DraftRefusal.ZIP_BOMB, Rule.quoted(name), DraftLimits.MAX_INFLATE_FACTOR);
                } else if (unpacked > DraftLimits.MAX_UNPACKED_BYTES) {
                    refuse(DraftRefusal.UNPACKED_TOO_LARGE, DraftLimits.MAX_UNPACKED_BYTES >> 20);
                }
            }

            private void refuse(DraftRefusal why, Object... args) throws UnreadableDraftException {
                refusal = new UnreadableDraftException(why, Inspection.this.name, args);
                throw refusal;
            }
        }
    }

    private static SAXParserFactory xmlFactory() {
        // the JDK's parser whatever the class path offers, as POI's (javax.xml.parsers is pinned to it at start)
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(FEATURES + "external-general-entities", false);
            factory.setFeature(FEATURES + "external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }
}
