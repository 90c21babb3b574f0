package cn.vocstat.ingest;

import cn.vocstat.rules.Rule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the wanted sheets of an .xlsx package with SAX, never building the POI user model:
 * memory stays proportional to the cells of the sheets we need, and a sheet with more non-empty
 * rows than {@code maxRows} is abandoned as soon as it crosses the limit.
 */
final class XlsxGridReader {

    private final int maxRows;

    XlsxGridReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * The form's sheets, keyed by their normalised name; only those are parsed. A part that cannot be
     * read is named in the exception: the workbook's structure, its shared text, its styles or a sheet.
     */
    WorkbookGrids read(OPCPackage pkg) throws UnreadablePartException, SheetTooLargeException {
        XSSFReader reader = inPart(STRUCTURE, () -> new XSSFReader(pkg));
        SharedStrings strings = inPart(SHARED_STRINGS, () -> new ReadOnlySharedStringsTable(pkg, false));
        StylesTable styles = inPart(STYLES, reader::getStylesTable);
        Map<String, SheetGrid> grids = new LinkedHashMap<>();
        Map<String, String> namesRead = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        XSSFReader.SheetIterator sheets = inPart(STRUCTURE, reader::getSheetIterator);
        while (inPart(STRUCTURE, sheets::hasNext)) {
            InputStream in = inPart(STRUCTURE, sheets::next);
            String name = sheets.getSheetName();
            String part = "工作表“" + Rule.quoted(name) + "”（" + sheets.getSheetPart().getPartName().getName().substring(1) + "）";
            try (in) {
                String key = WorkbookGrids.wantedKey(name);
                if (key == null) {
                    continue;
                }
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                if (!WorkbookGrids.replaces(name, key, grids, namesRead)) {
                    continue;
                }
                SheetHandler handler = new SheetHandler(name, strings, styles);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(in));
                grids.put(key, new SheetGrid(name, handler.rows, List.copyOf(handler.merges)));
                namesRead.put(key, name);
            } catch (SheetTooLargeException e) {
                throw e;
            } catch (Exception | StackOverflowError e) {
                throw new UnreadablePartException(part, e);
            }
        }
        names.values().removeIf(sameName -> sameName.size() < 2);
        return new WorkbookGrids(grids, names);
    }

    private static final String STRUCTURE = "工作簿结构（xl/workbook.xml）";
    private static final String SHARED_STRINGS = "共享文字表（xl/sharedStrings.xml）";
    private static final String STYLES = "样式表（xl/styles.xml）";

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

    private final class SheetHandler extends DefaultHandler {
        private final String sheetName;
        private final SharedStrings strings;
        private final StylesTable styles;
        final NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows = new TreeMap<>();
        final List<CellRangeAddress> merges = new ArrayList<>();

        private int rowNumber;
        private int column;
        private String ref;
        private String type;
        private int styleIndex;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean hasValue;
        private boolean hasFormula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(String sheetName, SharedStrings strings, StylesTable styles) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new SAXException("reading was interrupted: the file took longer than its time limit");
                    }
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    column = -1;
                }
                case "c" -> {
                    ref = attributes.getValue("r");
                    if (ref != null) {
                        column = new CellReference(ref).getCol();
                    } else {
                        column++;
                        ref = CellReference.convertNumToColString(column) + rowNumber;
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    styleIndex = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    formula.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (!inPhonetic) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                case "mergeCell" -> {
                    String range = attributes.getValue("ref");
                    if (range != null && range.contains(":")) {
                        merges.add(CellRangeAddress.valueOf(range));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> addCell();
                default -> { }
            }
        }

        private void addCell() throws SAXException {
            String formulaText = !hasFormula ? null : formula.isEmpty() ? "共享公式" : "=" + formula;
            RawCell cell;
            // A formula saved without its result: no <v>, or an empty one, as openpyxl and other scripts write it.
            boolean noSavedResult = !hasValue || value.toString().isBlank();
            if (hasFormula && noSavedResult) {
                cell = new RawCell(ref, rowNumber, column, RawCell.Kind.FORMULA_WITHOUT_VALUE, "", formulaText, false);
            } else if (!hasValue) {
                return;
            } else {
                cell = switch (type == null ? "n" : type) {
                    case "s" -> new RawCell(ref, rowNumber, column, RawCell.Kind.TEXT, sharedString(), formulaText, false);
                    case "str", "inlineStr", "d" -> new RawCell(ref, rowNumber, column, RawCell.Kind.TEXT, value.toString(), formulaText, false);
                    case "b" -> new RawCell(ref, rowNumber, column, RawCell.Kind.BOOLEAN, "1".equals(value.toString().trim()) ? "TRUE" : "FALSE", formulaText, false);
                    case "e" -> new RawCell(ref, rowNumber, column, RawCell.Kind.ERROR, value.toString(), formulaText, false);
                    default -> new RawCell(ref, rowNumber, column, RawCell.Kind.NUMBER, value.toString().trim(), formulaText, isDateStyle());
                };
                if (cell.kind() == RawCell.Kind.TEXT && cell.text().isBlank() && !hasFormula) {
                    return;
                }
            }
            NavigableMap<Integer, RawCell> cells = rows.get(rowNumber);
            if (cells == null) {
                if (rows.size() >= maxRows) {
                    throw new SheetTooLargeException(sheetName, maxRows);
                }
                cells = new TreeMap<>();
                rows.put(rowNumber, cells);
            }
            cells.put(column, cell);
        }

        private String sharedString() throws BrokenCellException {
            String index = value.toString().trim();
            try {
                return strings.getItemAt(Integer.parseInt(index)).getString();
            } catch (RuntimeException e) {
                throw new BrokenCellException("单元格 " + ref + " 引用了共享文字表中没有的第 " + Rule.quoted(index) + " 项");
            }
        }

        private boolean isDateStyle() {
            if (styles == null || styleIndex >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        }
    }
}
