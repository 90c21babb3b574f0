package cn.vocstat.export;

import cn.vocstat.ingest.GuardedZip;
import cn.vocstat.ingest.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An .xlsx package as the marked copy sees it before anything is loaded into POI: its parts, their
 * relationships and the workbook's sheets, each sheet's cells counted by streaming. It is opened
 * through {@link GuardedZip}, under the reader's zip guards ({@link ZipLimits}: inflate
 * ratio, entry size, number of parts); a DOCTYPE anywhere is refused. It writes the package again
 * for POI to load: without active content and data connections, with the sheets it is told to
 * leave out emptied, and without the defined names that cannot stay ({@link DefinedNames}).
 */
final class XlsxPackage implements Closeable {

    /** What kind of sheet a sheet of the workbook is. */
    enum Kind {
        WORKSHEET, CHARTSHEET,
        /** An Excel 4.0 macro sheet, or an Excel 5 dialog sheet: active content, never copied. */
        MACROSHEET;

        static Kind of(String relationship) {
            return switch (relationship) {
                case "worksheet" -> WORKSHEET;
                case "chartsheet" -> CHARTSHEET;
                case "xlMacrosheet", "xlIntlMacrosheet", "dialogsheet" -> MACROSHEET;
                default -> null;
            };
        }
    }

    /** A sheet of the workbook: its name, its part, its kind and its position among the sheets (what a local name's scope counts). */
    record SheetPart(String name, String part, Kind kind, int position) {
    }

    /**
     * Relationships (by the last segment of their type, transitional and strict alike) to what runs
     * or reaches outside the file: macros and their signatures, VBA toolbars, external workbooks, OLE
     * objects and embedded packages, ActiveX and form controls, ribbon customisation, data
     * connections and the query tables they fill, web add-ins (task panes and those in a sheet).
     * The calculation chain goes too: it lists the formulas a copy may turn into values, and Excel rebuilds it.
     */
    private static final Set<String> DROPPED = Set.of("vbaProject", "vbaProjectSignature", "vbaProjectSignatureAgile",
            "vbaProjectSignatureV3", "attachedToolbars", "externalLink", "oleObject", "package", "control", "activeXControlBinary",
            "ctrlProp", "extensibility", "connections", "queryTable", "webextensiontaskpanes", "webextension", "calcChain");
    private static final String WORKSHEET_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    /** The ordinary workbook's content type: a macro-enabled workbook, a template or an add-in comes back as a plain .xlsx. */
    private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final byte[] EMPTY_SHEET = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
            .getBytes(StandardCharsets.UTF_8);
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Relationships, content types and the workbook's structure are a few kilobytes; more is no workbook a school saved. */
    private static final int MAX_STRUCTURE_BYTES = 8 * 1024 * 1024;
    private static final XMLInputFactory XML = xmlFactory();

    private final GuardedZip zip;
    /** The entries by lower-case name: a part's name in a relationship may differ in case from its zip entry. */
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final String workbook;
    private final List<SheetPart> sheets = new ArrayList<>();
    private final String sharedStrings;
    private final boolean pivotDataFromConnections;

    private XlsxPackage(GuardedZip zip) throws IOException {
        this.zip = zip;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (!entry.isDirectory()) {
                entries.put(key(entry.getName()), entry);
            }
        }
        workbook = relationships("").stream().filter(r -> r.kind().equals("officeDocument") && !r.external()).map(Relationship::target)
                .findFirst().orElseThrow(() -> new IOException("the package names no workbook part"));
        Map<String, Relationship> byId = new HashMap<>();
        relationships(workbook).forEach(r -> byId.putIfAbsent(r.id(), r));
        sharedStrings = byId.values().stream().filter(r -> r.kind().equals("sharedStrings") && exists(r.target())).map(Relationship::target)
                .findFirst().orElse(null);
        Document structure = xml(workbook);
        int position = 0;
        for (Element sheet : elements(structure, "sheet")) {
            if (!"sheets".equals(sheet.getParentNode().getLocalName())) {
                continue;
            }
            Relationship part = byId.get(attribute(sheet, "id"));
            Kind kind = part == null ? null : Kind.of(part.kind());
            if (kind != null && !part.external() && exists(part.target())) {
                sheets.add(new SheetPart(sheet.getAttribute("name"), part.target(), kind, position));
            }
            position++;
        }
        boolean fromConnections = !elements(structure, "dataModel").isEmpty();
        for (Relationship cache : byId.values()) {
            if (!fromConnections && cache.kind().equals("pivotCacheDefinition") && !cache.external() && exists(cache.target())) {
                fromConnections = firstElementHas(cache.target(), "cacheSource", "connectionId");
            }
        }
        pivotDataFromConnections = fromConnections;
    }

    /** Opens the package in the bytes; what the zip guards refuse, or what is no package, is an {@link IOException}. */
    static XlsxPackage open(byte[] content) throws IOException {
        GuardedZip zip = GuardedZip.open(content);
        try {
            return new XlsxPackage(zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    List<SheetPart> sheets() {
        return sheets;
    }

    /** The shared text part, or null. */
    String sharedStrings() {
        return sharedStrings;
    }

    /** The workbook part: its sheets, its defined names. */
    String workbookPart() {
        return workbook;
    }

    /**
     * Whether pivot tables or a data model take their data through the workbook's connections: a
     * copy drops the connections, and Excel would repair what still counts on them.
     */
    boolean pivotDataFromConnections() {
        return pivotDataFromConnections;
    }

    /**
     * Counts the part's elements of these local names by streaming, up to one more than {@code stopAbove}:
     * a sheet of 18 million cells costs no more to judge than one just over the limit.
     */
    long count(String part, Set<String> names, long stopAbove) throws IOException {
        long[] count = {0};
        scan(part, element -> {
            if (names.contains(element.getLocalName())) {
                count[0]++;
            }
            return count[0] <= stopAbove;
        });
        return count[0];
    }

    /** Whether the part's first element of this local name has the attribute, read by streaming up to it. */
    private boolean firstElementHas(String part, String localName, String attribute) throws IOException {
        boolean[] has = {false};
        scan(part, element -> {
            if (!localName.equals(element.getLocalName())) {
                return true;
            }
            has[0] = element.getAttributeValue(null, attribute) != null;
            return false;
        });
        return has[0];
    }

    /** What a streamed part's reading does at each element it starts: whether to read on. */
    @FunctionalInterface
    private interface ElementStart {
        boolean readOn(XMLStreamReader element);
    }

    private void scan(String part, ElementStart start) throws IOException {
        try (InputStream in = zip.getInputStream(entry(part))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            boolean readOn = true;
            while (readOn && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IOException("DOCTYPE is disallowed: " + part + " declares a DTD");
                }
                readOn = event != XMLStreamConstants.START_ELEMENT || start.readOn(xml);
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + part, e);
        }
    }

    /** The package as POI is to load it, the bytes its parts inflate to, and what the copy no longer holds. */
    record Cleaned(byte[] zip, long inflatedBytes, GoneFromCopy gone) {
    }

    /**
     * The package again, for POI to load: only the parts the workbook still reaches once the
     * relationships to active content ({@link #DROPPED}) are gone, a part that named one of them
     * without what named it; each sheet in {@code emptied} (a sheet left out, a macro sheet) an empty
     * worksheet without relationships of its own, to be removed once loaded; the workbook without its
     * external workbooks and the names that cannot stay, its content type the ordinary one. Parts
     * unchanged are copied as they are compressed.
     */
    Cleaned cleaned(List<SheetPart> emptied) throws IOException, InterruptedException {
        Set<String> emptiedKeys = new HashSet<>();
        emptied.forEach(sheet -> emptiedKeys.add(key(sheet.part())));
        Set<String> kept = new HashSet<>();
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        GoneFromCopy gone = cleanWorkbook(emptied, rewritten);
        Map<String, String> reachedAs = new HashMap<>();
        Deque<String> sources = new ArrayDeque<>(List.of(""));
        while (!sources.isEmpty()) {
            String source = sources.pop();
            String rels = relationshipsPart(source);
            if (!exists(rels)) {
                continue;
            }
            kept.add(key(rels));
            Document document = xml(rels);
            boolean changed = false;
            Set<String> droppedIds = new HashSet<>();
            boolean queryDropped = false;
            for (Element element : elements(document, "Relationship")) {
                Relationship relationship = Relationship.of(element, folder(source));
                String target = key(relationship.target());
                if (DROPPED.contains(relationship.kind())) {
                    element.getParentNode().removeChild(element);
                    droppedIds.add(relationship.id());
                    queryDropped |= relationship.kind().equals("queryTable");
                    changed = true;
                } else if (!relationship.external() && exists(relationship.target()) && emptiedKeys.contains(target)) {
                    changed |= !relationship.kind().equals("worksheet");
                    element.setAttribute("Type", WORKSHEET_RELATIONSHIP);
                    kept.add(target);
                    rewritten.put(target, EMPTY_SHEET);
                } else if (!relationship.external() && exists(relationship.target()) && kept.add(target)) {
                    sources.push(relationship.target());
                    reachedAs.put(target, relationship.kind());
                }
            }
            if (changed) {
                rewritten.put(key(rels), bytes(document));
            }
            // the workbook and its sheets are cleaned once loaded (XlsxCleanup), and the package's root is no part
            String kind = reachedAs.getOrDefault(key(source), "");
            if (!droppedIds.isEmpty() && !kind.isEmpty() && !kind.equals("officeDocument") && Kind.of(kind) == null) {
                rewritten.put(key(source), withoutDropped(source, droppedIds, queryDropped && kind.equals("table")));
            }
        }
        rewritten.put(key(CONTENT_TYPES), contentTypes(kept, emptiedKeys));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long inflated = 0;
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : rewritten.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(entries.containsKey(part.getKey()) ? entries.get(part.getKey()).getName() : part.getKey()));
                out.write(part.getValue());
                out.closeArchiveEntry();
                inflated += part.getValue().length;
            }
            for (Map.Entry<String, ZipArchiveEntry> entry : entries.entrySet()) {
                if (kept.contains(entry.getKey()) && !rewritten.containsKey(entry.getKey())) {
                    try (InputStream raw = zip.getRawInputStream(entry.getValue())) {
                        out.addRawArchiveEntry(entry.getValue(), raw);
                    }
                    inflated += inflatedSize(entry.getValue());
                }
            }
        }
        return new Cleaned(bytes.toByteArray(), inflated, gone);
    }

    /**
     * The workbook part as the copy loads it: without its list of external workbooks, whose
     * relationships are dropped, and without the defined names that cannot stay; what is gone is
     * returned, for the formulas that mention it.
     */
    private GoneFromCopy cleanWorkbook(List<SheetPart> emptied, Map<String, byte[]> rewritten) throws IOException, InterruptedException {
        Document document = xml(workbook);
        List<Element> externalWorkbooks = elements(document, "externalReferences");
        externalWorkbooks.forEach(list -> list.getParentNode().removeChild(list));
        GoneFromCopy gone = new GoneFromCopy(emptied.stream().map(SheetPart::name).toList(), !externalWorkbooks.isEmpty());
        Set<Integer> positions = new HashSet<>();
        emptied.forEach(sheet -> positions.add(sheet.position()));
        if (DefinedNames.removeGone(document.getDocumentElement(), positions, gone) || !externalWorkbooks.isEmpty()) {
            rewritten.put(key(workbook), bytes(document));
        }
        return gone;
    }

    /**
     * A part that named relationships now dropped, without the elements of its root that name them
     * (a drawing's web add-in, a chart's embedded workbook); a table a query filled, with
     * {@code wasQuery}, becomes an ordinary table.
     */
    private byte[] withoutDropped(String part, Set<String> droppedIds, boolean wasQuery) throws IOException {
        Document document = xml(part);
        Element root = document.getDocumentElement();
        for (Node child = root.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element element && namesAny(element, droppedIds)) {
                root.removeChild(element);
            }
            child = next;
        }
        if (wasQuery) {
            root.removeAttribute("tableType");
            root.removeAttribute("connectionId");
            elements(document, "tableColumn").forEach(column -> column.removeAttribute("queryTableFieldId"));
        }
        return bytes(document);
    }

    /** Whether the element, or one within it, names one of these relationships (r:id, r:embed, r:link...). */
    private static boolean namesAny(Element element, Set<String> ids) {
        if (namesAnyItself(element, ids)) {
            return true;
        }
        NodeList within = element.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < within.getLength(); i++) {
            if (namesAnyItself((Element) within.item(i), ids)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAnyItself(Element element, Set<String> ids) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            // transitional and strict relationship namespaces alike
            if (attribute.getNamespaceURI() != null && attribute.getNamespaceURI().endsWith("/relationships") && ids.contains(attribute.getNodeValue())) {
                return true;
            }
        }
        return false;
    }

    /** The size an entry says it inflates to; when it does not say, the most the zip guards let it inflate to. */
    private static long inflatedSize(ZipArchiveEntry entry) {
        return entry.getSize() >= 0 ? entry.getSize() : (long) (entry.getCompressedSize() / ZipLimits.MIN_INFLATE_RATIO);
    }

    /**
     * The content types of the parts kept: overrides of parts gone are dropped, and so are defaults
     * no part kept takes its type from (the macro project's); the workbook's type is the ordinary
     * one and an emptied sheet's a worksheet's.
     */
    private byte[] contentTypes(Set<String> kept, Set<String> emptied) throws IOException {
        Document types = xml(CONTENT_TYPES);
        Set<String> overridden = new HashSet<>();
        for (Element override : elements(types, "Override")) {
            String part = key(override.getAttribute("PartName"));
            if (!kept.contains(part)) {
                override.getParentNode().removeChild(override);
                continue;
            }
            overridden.add(part);
            if (part.equals(key(workbook))) {
                override.setAttribute("ContentType", WORKBOOK_TYPE);
            } else if (emptied.contains(part)) {
                override.setAttribute("ContentType", WORKSHEET_TYPE);
            }
        }
        for (String part : kept) {
            if ((part.equals(key(workbook)) || emptied.contains(part)) && !overridden.contains(part)) {
                Element override = types.createElementNS(types.getDocumentElement().getNamespaceURI(), "Override");
                override.setAttribute("PartName", "/" + entries.get(part).getName());
                override.setAttribute("ContentType", part.equals(key(workbook)) ? WORKBOOK_TYPE : WORKSHEET_TYPE);
                types.getDocumentElement().appendChild(override);
                overridden.add(part);
            }
        }
        for (Element type : elements(types, "Default")) {
            String extension = "." + type.getAttribute("Extension").toLowerCase(Locale.ROOT);
            if (kept.stream().noneMatch(part -> !overridden.contains(part) && part.endsWith(extension))) {
                type.getParentNode().removeChild(type);
            }
        }
        return bytes(types);
    }

    /** A relationship of a part: its id, type, target (a part name, or as written when external). */
    private record Relationship(String id, String type, String target, boolean external) {

        static Relationship of(Element element, String folder) {
            boolean external = "External".equals(element.getAttribute("TargetMode"));
            String target = element.getAttribute("Target");
            return new Relationship(element.getAttribute("Id"), element.getAttribute("Type"), external ? target : resolve(folder, target), external);
        }

        /** The last segment of the type: the same in transitional and strict packages. */
        String kind() {
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** The part a relative target names, from the folder of the part that holds the relationship. */
        private static String resolve(String folder, String target) {
            try {
                String path = new URI(null, null, target.startsWith("/") ? target : "/" + folder + target, null).normalize().getPath();
                return path.startsWith("/") ? path.substring(1) : path;
            } catch (URISyntaxException e) {
                return target;
            }
        }
    }

    private List<Relationship> relationships(String source) throws IOException {
        String rels = relationshipsPart(source);
        List<Relationship> found = new ArrayList<>();
        if (exists(rels)) {
            for (Element element : elements(xml(rels), "Relationship")) {
                found.add(Relationship.of(element, folder(source)));
            }
        }
        return found;
    }

    /** The relationships part of a part; of the package itself for "". */
    private static String relationshipsPart(String part) {
        return folder(part) + "_rels/" + part.substring(folder(part).length()) + ".rels";
    }

    private static String folder(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    private boolean exists(String part) {
        return entries.containsKey(key(part));
    }

    private ZipArchiveEntry entry(String part) throws IOException {
        ZipArchiveEntry entry = entries.get(key(part));
        if (entry == null) {
            throw new IOException("the package has no part " + part);
        }
        return entry;
    }

    private static String key(String part) {
        return (part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT);
    }

    /** A small part parsed whole, through POI's DOM builder, which refuses a DOCTYPE. */
    private Document xml(String part) throws IOException {
        try (InputStream in = zip.getInputStream(entry(part))) {
            byte[] bytes = in.readNBytes(MAX_STRUCTURE_BYTES + 1);
            if (bytes.length > MAX_STRUCTURE_BYTES) {
                throw new IOException(part + " is larger than " + MAX_STRUCTURE_BYTES + " bytes");
            }
            return DocumentHelper.readDocument(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new IOException("cannot read " + part, e);
        }
    }

    private static byte[] bytes(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLHelper.newTransformer().transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write a part", e);
        }
        return out.toByteArray();
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** An attribute by local name in whatever namespace (r:id in transitional and strict packages alike). */
    private static String attribute(Element element, String localName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (localName.equals(attributes.item(i).getLocalName())) {
                return attributes.item(i).getNodeValue();
            }
        }
        return null;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
