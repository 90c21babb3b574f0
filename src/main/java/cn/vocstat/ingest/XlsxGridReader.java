package cn.vocstat.ingest;

import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the form's sheets of an .xlsx package straight from the zip with StAX: the package's
 * relationships, the workbook's sheet list, the shared text, the date formats of the styles and the
 * wanted sheets, nothing else, and no POI user model or OPC layer. The zip is read through
 * {@link GuardedZip}, so POI's zip-bomb guards apply to every part (inflate ratio, entry size,
 * {@link ZipLimits#MAX_FILE_COUNT} parts at most); its shared text may have at
 * most {@link ZipLimits#MAX_TEXT_CHARS} characters; a DOCTYPE anywhere is refused. Memory stays
 * proportional to the cells of the sheets read; a sheet with more non-empty rows than {@code maxRows}
 * is abandoned as soon as it crosses the limit.
 */
final class XlsxGridReader {

    /** The content type of an Excel binary workbook's main part, which this reader cannot read. */
    static final String XLSB_CONTENT_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String SHARED_STRINGS = "共享文字表";
    private static final String STYLES = "样式表";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    /** One factory for every file: looking one up through the class path for each file costs more than reading it. */
    private static final XMLInputFactory XML = xmlFactory();

    private final int maxRows;

    XlsxGridReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Thrown when the package is an Excel binary workbook (.xlsb). */
    static final class BinaryWorkbookException extends Exception {
    }

    /** Thrown when the package is an Office file of another kind, or no Office file at all; {@code what} says which, in Chinese. */
    static final class NotAWorkbookException extends java.io.IOException {
        final String what;

        NotAWorkbookException(String what) {
            super(what);
            this.what = what;
        }
    }

    /**
     * The form's sheets, keyed by their normalised name; only those are parsed. A part that cannot be
     * read is named in the exception: the package's or the workbook's relationships, the workbook's
     * structure, its shared text, its styles or a sheet.
     */
    WorkbookGrids read(GuardedZip zip) throws UnreadablePartException, SheetTooLargeException, BinaryWorkbookException {
        Package pkg = Package.of(zip);
        if (pkg.binary) {
            throw new BinaryWorkbookException();
        }
        String[] strings = pkg.sharedStrings == null ? new String[0]
                : inPart(SHARED_STRINGS + "（" + pkg.sharedStrings + "）", () -> sharedStrings(zip, pkg.sharedStrings));
        DateStyles dates = pkg.styles == null ? DateStyles.NONE : inPart(STYLES + "（" + pkg.styles + "）", () -> DateStyles.read(zip, pkg.styles));
        Map<String, SheetGrid> grids = new LinkedHashMap<>();
        Map<String, String> namesRead = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        for (Map.Entry<String, String> sheet : pkg.sheets.entrySet()) {
            String name = sheet.getKey();
            String key = WorkbookGrids.wantedKey(name);
            if (key == null) {
                continue;
            }
            names.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            if (!WorkbookGrids.replaces(name, key, grids, namesRead)) {
                continue;
            }
            String part = "工作表“" + Rule.quoted(name) + "”（" + sheet.getValue() + "）";
            try {
                grids.put(key, new SheetParser(name, strings, dates).parse(zip, sheet.getValue()));
            } catch (SheetTooLargeException e) {
                throw e;
            } catch (Exception | StackOverflowError e) {
                throw new UnreadablePartException(part, e);
            }
            namesRead.put(key, name);
        }
        names.values().removeIf(sameName -> sameName.size() < 2);
        return new WorkbookGrids(grids, names);
    }

    private interface PartWork<T> {
        T call() throws Exception;
    }

    private static <T> T inPart(String part, PartWork<T> work) throws UnreadablePartException {
        try {
            return work.call();
        } catch (Exception | StackOverflowError e) {
            throw new UnreadablePartException(part, e);
        }
    }

    /** The parts the workbook is made of: its sheets in order (name → part), the shared text and the styles. */
    private static final class Package {
        final Map<String, String> sheets = new LinkedHashMap<>();
        String sharedStrings;
        String styles;
        boolean binary;

        /** The package's parts, each read under its own name, so that a fault in one is reported in that one. */
        static Package of(GuardedZip zip) throws UnreadablePartException {
            inPart("", () -> {
                if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                    throw new NotAWorkbookException("文件是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx 后报送");
                }
                return null;
            });
            Package pkg = new Package();
            String workbook = inPart("包关系（" + PACKAGE_RELATIONSHIPS + "）", () -> relationships(zip, PACKAGE_RELATIONSHIPS, "")).values().stream()
                    .filter(r -> r.type.endsWith(OFFICE_DOCUMENT)).map(r -> r.target).findFirst()
                    .orElseThrow(() -> new UnreadablePartException("", new NotAWorkbookException(
                            "文件是压缩包，但不是 Excel 工作簿，请用 Excel 或 WPS 打开后重新另存为 .xlsx 再报送")));
            if (workbook.endsWith(".bin") || inPart("内容类型表（[Content_Types].xml）", () -> contentTypes(zip)).contains(XLSB_CONTENT_TYPE)) {
                pkg.binary = true;
                return pkg;
            }
            if (workbook.startsWith("word/") || workbook.startsWith("ppt/")) {
                throw new UnreadablePartException("", new NotAWorkbookException("文件是 Word 或 PowerPoint 文档，不是 Excel 工作簿，请报送 Excel 文件"));
            }
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
            Map<String, Relationship> parts = inPart("工作簿关系（" + rels + "）", () -> relationships(zip, rels, folder));
            inPart("工作簿结构（" + workbook + "）", () -> pkg.readSheets(zip, workbook, parts));
            return pkg;
        }

        /** The sheets the workbook part lists, in order, each with the part that holds it; the shared text and the styles. */
        private Package readSheets(GuardedZip zip, String workbook, Map<String, Relationship> parts) throws IOException, XMLStreamException {
            for (Relationship r : parts.values()) {
                if (r.type.endsWith("/sharedStrings")) {
                    sharedStrings = r.target;
                } else if (r.type.endsWith("/styles")) {
                    styles = r.target;
                }
            }
            try (InputStream in = open(zip, workbook)) {
                XMLStreamReader xml = reader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        Relationship part = parts.get(attribute(xml, "id"));
                        if (name != null && part != null && !sheets.containsKey(name)) {
                            sheets.put(name, part.target);
                        }
                    }
                }
            }
            return this;
        }

        private record Relationship(String type, String target) {
        }

        /** The relationships of a part, by id; targets made absolute part names (xl/worksheets/sheet1.xml). */
        private static Map<String, Relationship> relationships(GuardedZip zip, String part, String folder) throws IOException, XMLStreamException {
            Map<String, Relationship> found = new HashMap<>();
            if (zip.getEntry(part) == null) {
                return found;
            }
            try (InputStream in = open(zip, part)) {
                XMLStreamReader xml = reader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        String type = xml.getAttributeValue(null, "Type");
                        if (target != null && type != null) {
                            found.put(xml.getAttributeValue(null, "Id"), new Relationship(type, resolve(folder, target)));
                        }
                    }
                }
            }
            return found;
        }

        private static String resolve(String folder, String target) {
            String path = target.startsWith("/") ? target.substring(1) : folder + target;
            List<String> parts = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    if (!parts.isEmpty()) {
                        parts.remove(parts.size() - 1);
                    }
                } else if (!segment.isEmpty() && !segment.equals(".")) {
                    parts.add(segment);
                }
            }
            return String.join("/", parts);
        }

        private static String contentTypes(GuardedZip zip) throws IOException {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return "";
            }
            try (InputStream in = open(zip, "[Content_Types].xml")) {
                return new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            }
        }

        /** An attribute by local name in whatever namespace (r:id in transitional and strict OOXML alike). */
        private static String attribute(XMLStreamReader xml, String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }

    /** Every shared text of the workbook, its phonetic guides left out; at most {@link ZipLimits#MAX_TEXT_CHARS} characters in all. */
    private static String[] sharedStrings(GuardedZip zip, String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        long characters = 0;
        try (InputStream in = open(zip, part)) {
            XMLStreamReader xml = reader(in);
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            boolean inText = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> text.setLength(0);
                            case "rPh" -> phonetic++;
                            case "t" -> inText = phonetic == 0;
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> {
                                characters += text.length();
                                if (characters > ZipLimits.MAX_TEXT_CHARS) {
                                    throw new IOException("The text would exceed the max allowed overall size of shared strings");
                                }
                                strings.add(text.toString());
                            }
                            case "rPh" -> phonetic--;
                            case "t" -> inText = false;
                            default -> { }
                        }
                    }
                    default -> { }
                }
            }
        }
        return strings.toArray(String[]::new);
    }

    /** Which cell styles show a date: what tells a date serial from a count. */
    private static final class DateStyles {
        static final DateStyles NONE = new DateStyles(new int[0], Map.of());

        private final int[] formatOfStyle;
        private final Map<Integer, String> customFormats;
        private final Map<Integer, Boolean> known = new HashMap<>();

        private DateStyles(int[] formatOfStyle, Map<Integer, String> customFormats) {
            this.formatOfStyle = formatOfStyle;
            this.customFormats = customFormats;
        }

        static DateStyles read(GuardedZip zip, String part) throws IOException, XMLStreamException {
            Map<Integer, String> custom = new HashMap<>();
            List<Integer> formats = new ArrayList<>();
            try (InputStream in = open(zip, part)) {
                XMLStreamReader xml = reader(in);
                boolean inCellXfs = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "numFmt" -> custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    String id = xml.getAttributeValue(null, "numFmtId");
                                    formats.add(id == null ? 0 : Integer.parseInt(id));
                                }
                            }
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            }
            return new DateStyles(formats.stream().mapToInt(Integer::intValue).toArray(), custom);
        }

        boolean isDate(int style) {
            if (style < 0 || style >= formatOfStyle.length) {
                return false;
            }
            return known.computeIfAbsent(style, s -> {
                int id = formatOfStyle[s];
                String format = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                return format != null && DateUtil.isADateFormat(id, format);
            });
        }
    }

    /** One sheet's non-empty cells and merged regions. */
    private final class SheetParser {
        private final String sheetName;
        private final String[] strings;
        private final DateStyles dates;
        private final NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows = new TreeMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();

        SheetParser(String sheetName, String[] strings, DateStyles dates) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.dates = dates;
        }

        SheetGrid parse(GuardedZip zip, String part) throws IOException, XMLStreamException, SheetTooLargeException {
            try (InputStream in = open(zip, part)) {
                XMLStreamReader xml = reader(in);
                int rowNumber = 0;
                int column = -1;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            if (Thread.currentThread().isInterrupted()) {
                                throw new IOException("reading was interrupted: the file took longer than its time limit");
                            }
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            if (ref != null) {
                                column = columnOf(ref);
                            } else {
                                column++;
                                ref = CellReference.convertNumToColString(column) + rowNumber;
                            }
                            cell(xml, ref, rowNumber, column);
                        }
                        case "mergeCell" -> {
                            String range = xml.getAttributeValue(null, "ref");
                            if (range != null && range.contains(":")) {
                                merges.add(CellRangeAddress.valueOf(range));
                            }
                        }
                        default -> { }
                    }
                }
            }
            return new SheetGrid(sheetName, rows, List.copyOf(merges));
        }

        /** Reads a {@code <c>} element to its end: its value, inline text or formula, and keeps it when not blank. */
        private void cell(XMLStreamReader xml, String ref, int rowNumber, int column) throws XMLStreamException, SheetTooLargeException {
            String type = xml.getAttributeValue(null, "t");
            String s = xml.getAttributeValue(null, "s");
            int style = s == null ? 0 : Integer.parseInt(s);
            StringBuilder value = new StringBuilder();
            StringBuilder formula = null;
            boolean hasValue = false;
            int phonetic = 0;
            int depth = 1;
            StringBuilder target = null;
            while (depth > 0) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        switch (xml.getLocalName()) {
                            case "v" -> {
                                hasValue = true;
                                target = value;
                            }
                            case "f" -> {
                                formula = new StringBuilder();
                                target = formula;
                            }
                            case "rPh" -> phonetic++;
                            case "t" -> {
                                if (phonetic == 0) {
                                    hasValue = true;
                                    target = value;
                                }
                            }
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (target != null) {
                            target.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (xml.getLocalName().equals("rPh")) {
                            phonetic--;
                        }
                        target = null;
                    }
                    default -> { }
                }
            }
            add(new CellText(ref, rowNumber, column, type, style, value.toString(), hasValue, formula));
        }

        private record CellText(String ref, int row, int column, String type, int style, String value, boolean hasValue, StringBuilder formula) {
        }

        private void add(CellText c) throws SheetTooLargeException {
            String formulaText = c.formula() == null ? null : c.formula().isEmpty() ? "共享公式" : "=" + c.formula();
            RawCell cell;
            // Excel, WPS, LibreOffice and POI save a formula whose result is the empty text as t="str" with an empty
            // <v>: a blank cell, like IF(A3="","",…) in the unused rows of a table.
            if (c.formula() != null && "str".equals(c.type()) && c.hasValue() && c.value().isEmpty()) {
                return;
            }
            // A formula saved without its result: no <v>, or an empty numeric one, as openpyxl and other scripts write it.
            if (c.formula() != null && (!c.hasValue() || c.value().isBlank())) {
                cell = new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.FORMULA_WITHOUT_VALUE, "", formulaText, false);
            } else if (!c.hasValue()) {
                return;
            } else {
                cell = switch (c.type() == null ? "n" : c.type()) {
                    case "s" -> new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.TEXT, sharedString(c.ref(), c.value()), formulaText, false);
                    case "str", "inlineStr", "d" -> new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.TEXT, c.value(), formulaText, false);
                    case "b" -> new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.BOOLEAN, "1".equals(c.value().trim()) ? "TRUE" : "FALSE", formulaText, false);
                    case "e" -> new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.ERROR, c.value(), formulaText, false);
                    default -> new RawCell(c.ref(), c.row(), c.column(), RawCell.Kind.NUMBER, c.value().trim(), formulaText, dates.isDate(c.style()));
                };
                if (cell.kind() == RawCell.Kind.TEXT && cell.text().isBlank() && c.formula() == null) {
                    return;
                }
            }
            NavigableMap<Integer, RawCell> cells = rows.get(c.row());
            if (cells == null) {
                if (rows.size() >= maxRows) {
                    throw new SheetTooLargeException(sheetName, maxRows);
                }
                cells = new TreeMap<>();
                rows.put(c.row(), cells);
            }
            cells.put(c.column(), cell);
        }

        private String sharedString(String ref, String index) {
            try {
                return strings[Integer.parseInt(index.trim())];
            } catch (RuntimeException e) {
                throw new BrokenCellException("单元格 " + ref + " 引用了共享文字表中没有的第 " + Rule.quoted(index) + " 项");
            }
        }
    }

    /** The zero-based column of a cell reference such as AB12, without building a CellReference for every cell. */
    private static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static InputStream open(GuardedZip zip, String part) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("the package has no part " + part);
        }
        return zip.getInputStream(entry);
    }

    /**
     * A StAX reader of the part. A DOCTYPE comes before the root element: it is refused here, before
     * anything else is read (no workbook Excel writes has one; an entity expansion attack needs one).
     */
    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE is disallowed: the part declares a DTD");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return new RootAhead(xml);
            }
        }
        return xml;
    }

    /** The reader positioned on the root element, which the first {@code next()} reports again: callers see every element. */
    private static final class RootAhead extends javax.xml.stream.util.StreamReaderDelegate {
        private boolean rootReported;

        RootAhead(XMLStreamReader xml) {
            super(xml);
        }

        @Override
        public int next() throws XMLStreamException {
            if (!rootReported) {
                rootReported = true;
                return XMLStreamConstants.START_ELEMENT;
            }
            return getParent().next();
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            return !rootReported || getParent().hasNext();
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
