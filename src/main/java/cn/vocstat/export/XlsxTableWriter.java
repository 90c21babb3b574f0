package cn.vocstat.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as one workbook with POI's streaming SXSSF: Chinese sheet names and headers, a
 * frozen header row, auto-filters, number formats and column widths fitted to the content, and a
 * print setup a bureau can hand around: A4 landscape, one page wide, the header row on every page,
 * the workbook's title and the sheet at the top, 第 N 页 共 M 页 at the bottom. Text that a
 * spreadsheet could take for a formula is marked as text the way Excel does (a quote-prefixed
 * cell), so it shows as typed.
 */
public final class XlsxTableWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH_CHARS = 60;
    /** The width of a wrapped column: 12 Chinese characters a line. */
    private static final int NOTE_WIDTH_CHARS = 24;
    /** How much more a line holds than its width in characters says: a Chinese character is narrower than two digits. */
    private static final double LINE_FILL = 1.15;
    /** The height of a line of text at the default font size; a row of wrapped text is given as many as it needs. */
    private static final float LINE_POINTS = 14.5f;
    /** A header this wide or wider (7 Chinese characters) wraps onto two lines over a column no wider than its content needs. */
    private static final int WRAPPED_HEADER_CHARS = 14;
    /** The tallest row Excel accepts; a taller one makes it call the file damaged. */
    static final float MAX_ROW_POINTS = 409f;

    private final String title;

    /** {@code title} heads every printed page, e.g. 质量年报数据（2025 年度，运行 #12）. */
    public XlsxTableWriter(String title) {
        this.title = title;
    }

    public void write(Path target, List<Table> tables) throws IOException {
        try (Book book = new Book(title)) {
            for (Table table : tables) {
                Sheet sheet = book.sheet(table, List.of());
                table.forEachRow(sheet);
                sheet.finish();
            }
            book.write(target);
        }
    }

    /** A workbook of one table under a heading (its first line as the title). */
    public void write(Path target, Table table, List<String> heading) throws IOException {
        try (Book book = new Book(title)) {
            Sheet sheet = book.sheet(table, heading);
            table.forEachRow(sheet);
            sheet.finish();
            book.write(target);
        }
    }

    /** A workbook being written, a sheet at a time; its rows go to temporary files, not memory. */
    public static final class Book implements AutoCloseable {
        private final SXSSFWorkbook workbook;
        private final Styles styles;
        private final String title;

        public Book(String title) {
            this(title, template -> { });
        }

        /**
         * A workbook whose first sheets are drawn in full on an XSSF template before the streamed sheets
         * follow: what SXSSF cannot stream, such as charts.
         */
        public Book(String title, Consumer<XSSFWorkbook> template) {
            this.title = title;
            XSSFWorkbook drawn = new XSSFWorkbook();
            template.accept(drawn);
            workbook = new SXSSFWorkbook(drawn, ROWS_IN_MEMORY);
            workbook.setCompressTempFiles(true);
            styles = new Styles(workbook);
        }

        /**
         * A new sheet for the table: the preamble lines first (the first one as a title), a blank
         * row, then the table's header. Hand it the rows, then {@link Sheet#finish()}.
         */
        public Sheet sheet(Table table, List<String> preamble) {
            return new Sheet(workbook.createSheet(table.name()), table.columns(), preamble, styles, title);
        }

        /** Puts the sheet first and opens the workbook on it. */
        public void putFirst(String name) {
            workbook.setSheetOrder(name, 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
        }

        /** Prints the sheet on one page, as a summary a reader takes in at a glance. */
        public void onOnePage(String name) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(name);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 1);
        }

        /** Puts the sheet at the place given (0 first). */
        public void putAt(String name, int place) {
            workbook.setSheetOrder(name, place);
        }

        public void write(Path target) throws IOException {
            AtomicFiles.write(target, workbook::write);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** One sheet being written: its header row frozen and repeated on every printed page, then the rows, then filter and widths. */
    public static final class Sheet implements Table.Sink {
        private final SXSSFSheet sheet;
        private final List<Column> columns;
        private final Styles styles;
        private final int[] widths;
        private final int headerRow;
        private final List<String> preamble;
        private int next;

        private Sheet(SXSSFSheet sheet, List<Column> columns, List<String> preamble, Styles styles, String title) {
            this.sheet = sheet;
            this.preamble = preamble;
            this.columns = columns;
            this.styles = styles;
            this.widths = new int[columns.size()];
            for (int r = 0; r < preamble.size(); r++) {
                Cell cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(preamble.get(r));
                cell.setCellStyle(r == 0 ? styles.title : styles.line);
            }
            headerRow = preamble.isEmpty() ? 0 : preamble.size() + 1;
            Row header = sheet.createRow(headerRow);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                String lines = headerLines(columns.get(c).header());
                cell.setCellValue(lines);
                cell.setCellStyle(isNumber(columns.get(c).format()) ? styles.numberHeader : styles.header);
                widths[c] = headerWidth(lines);
            }
            if (columns.stream().anyMatch(c -> displayWidth(c.header()) >= WRAPPED_HEADER_CHARS)) {
                header.setHeightInPoints(2 * LINE_POINTS);
            }
            next = headerRow + 1;
            printSetup(title);
        }

        @Override
        public void row(Object... values) {
            Row row = sheet.createRow(next++);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = Math.max(widths[c], writeCell(row, c, values[c], columns.get(c).format(), styles));
                if (columns.get(c).format() == Format.NOTE && values[c] instanceof String text) {
                    lines = Math.max(lines, (int) Math.ceil(displayWidth(text) / (NOTE_WIDTH_CHARS * LINE_FILL)));
                }
            }
            // Excel and LibreOffice keep a streamed row at one line's height: wrapped text needs its lines set.
            if (lines > 1) {
                row.setHeightInPoints(Math.min(lines * LINE_POINTS, MAX_ROW_POINTS));
            }
        }

        public void finish() {
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 1, MAX_WIDTH_CHARS) * 256);
            }
            int printed = printedColumns(columns);
            if (printed < columns.size()) {
                List<String> unprinted = columns.subList(printed, columns.size()).stream().map(Column::header).toList();
                sheet.getFooter().setLeft("未打印：" + String.join("、", unprinted) + "（见电子表格）");
            }
            int firstKey = firstKeyColumn(columns);
            PagePrint.legible(sheet, printed, firstKey, keyColumns(columns, firstKey));
            // lines above a table printed across pages would run on into the columns each page repeats and print there in
            // pieces: on paper they stand under the running title of every page instead
            boolean preambleOffPaper = headerRow > 0 && sheet.getRepeatingColumns() != null && sheet.getRepeatingColumns().getFirstColumn() > 0;
            if (preambleOffPaper) {
                sheet.getHeader().setCenter(sheet.getHeader().getCenter() + "\n&\"宋体,Regular\"&10" + String.join("　", preamble.subList(1, preamble.size())));
            }
            if (printed < columns.size() || preambleOffPaper) {
                sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, printed - 1, preambleOffPaper ? headerRow : 0,
                        Math.max(next - 1, headerRow));
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(next - 1, headerRow), 0, columns.size() - 1));
        }

        private void printSetup(String title) {
            PagePrint.wide(headerRow, title + "  " + sheet.getSheetName()).applyTo(sheet);
        }
    }

    /**
     * A long header (中高级职称专任教师占比) set on two lines, broken before its unit (经费总收入 / （万元）), before the
     * 占 of a share (专任教师 / 占教职工比例) or else in the middle, so that 是 or 99.07% under it takes no more room than
     * that; every spreadsheet wraps a line by how many characters its own fonts fit, so the break is written into the text.
     */
    private static String headerLines(String header) {
        if (displayWidth(header) < WRAPPED_HEADER_CHARS) {
            return header;
        }
        int unit = header.endsWith("）") ? header.lastIndexOf('（') : -1;
        int share = header.indexOf('占');
        int length = header.length();
        int breakAt = unit > 0 ? unit : share >= length / 3 && share <= 2 * length / 3 ? share : length / 2;
        return header.substring(0, breakAt) + "\n" + header.substring(breakAt);
    }

    private static int headerWidth(String lines) {
        return lines.lines().mapToInt(XlsxTableWriter::displayWidth).max().orElse(0) + 2;
    }

    private static boolean isNumber(Format format) {
        return format != Format.TEXT && format != Format.NOTE;
    }

    /** The columns up to the last printed one: trace columns stand last. */
    private static int printedColumns(List<Column> columns) {
        int printed = columns.size();
        while (printed > 1 && !columns.get(printed - 1).printed()) {
            printed--;
        }
        return printed;
    }

    /** The first column that names a row (文件名, 学校名称, 指标名称), among the first three; else the first. */
    private static int firstKeyColumn(List<Column> columns) {
        for (int c = 0; c < Math.min(columns.size(), 3); c++) {
            if (isName(columns.get(c).header())) {
                return c;
            }
        }
        return 0;
    }

    /**
     * How many columns from the first key name a row, repeated on each page a wide table prints across: the name, with a
     * 范围 after it (指标名称, 范围) or a second name within the next two (学校名称, 专业代码, 专业名称).
     */
    private static int keyColumns(List<Column> columns, int first) {
        if (first + 1 < columns.size() && columns.get(first + 1).header().equals("范围")) {
            return 2;
        }
        for (int c = Math.min(first + 2, columns.size() - 1); c > first && columns.get(first).header().endsWith("名称"); c--) {
            if (isName(columns.get(c).header())) {
                return c - first + 1;
            }
        }
        return 1;
    }

    private static boolean isName(String header) {
        return header.endsWith("名称") || header.endsWith("文件名");
    }

    /** Writes the cell and returns the width its content needs, in characters. */
    private static int writeCell(Row row, int column, Object value, Format columnFormat, Styles styles) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Formatted formatted) {
            return number(cell, formatted.value(), formatted.format(), styles);
        }
        if (value instanceof BigDecimal number) {
            return number(cell, number, columnFormat, styles);
        }
        if (value instanceof Long || value instanceof Integer) {
            return number(cell, new BigDecimal(value.toString()), columnFormat, styles);
        }
        String text = value.toString();
        cell.setCellValue(text);
        boolean note = columnFormat == Format.NOTE;
        cell.setCellStyle(CellSafety.isRisky(text) ? (note ? styles.quotedNote : styles.quotedText) : note ? styles.note : styles.text);
        return note ? Math.min(displayWidth(text), NOTE_WIDTH_CHARS) : displayWidth(text);
    }

    private static int number(Cell cell, BigDecimal value, Format format, Styles styles) {
        if (value == null) {
            return 0;
        }
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.of(format));
        return shownWidth(value, format) + 2;
    }

    /** How wide the number is as its format shows it: 6,310; 99.07%; 增加 0.18 个百分点. */
    private static int shownWidth(BigDecimal value, Format format) {
        BigDecimal shown = format == Format.PERCENT ? value.movePointRight(2) : value;
        // a change shows its sign in words (减少 5); any other negative number with a minus sign
        int digits = shown.abs().toBigInteger().toString().length() + (shown.signum() < 0 && !format.name().startsWith("CHANGE") ? 1 : 0);
        int grouped = digits + (digits - 1) / 3;
        return switch (format) {
            case INTEGER -> grouped;
            case PERCENT -> digits + 4;
            case RATIO -> digits + 3;
            case RATIO_TO_ONE -> digits + 5;
            case AMOUNT -> grouped + 3;
            case CHANGE_COUNT -> 5 + grouped;
            case CHANGE_AMOUNT -> 5 + grouped + 3;
            case CHANGE_RATIO -> 5 + digits + 3;
            case CHANGE_POINTS -> 5 + digits + 3 + 11;
            case TEXT, NOTE -> shown.toPlainString().length();
        };
    }

    /** CJK characters take two columns of width. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    private static final class Styles {
        final CellStyle title;
        /** A line above the table (what the sheet is, from which run): no grid. */
        final CellStyle line;
        final CellStyle header;
        /** Over a column of numbers, which stand right-aligned. */
        final CellStyle numberHeader;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle note;
        final CellStyle quotedNote;
        private final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);

        Styles(SXSSFWorkbook workbook) {
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            line = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            numberHeader = workbook.createCellStyle();
            numberHeader.cloneStyleFrom(header);
            numberHeader.setAlignment(HorizontalAlignment.RIGHT);
            text = workbook.createCellStyle();
            quotedText = workbook.createCellStyle();
            quotedText.setQuotePrefixed(true);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            quotedNote = workbook.createCellStyle();
            quotedNote.cloneStyleFrom(note);
            quotedNote.setQuotePrefixed(true);
            for (Format format : Format.values()) {
                CellStyle style = workbook.createCellStyle();
                if (format.excelPattern() != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format.excelPattern()));
                }
                numbers.put(format, style);
            }
            // a row's cells start at its top: an id beside a wrapped note stays level with the note's first line
            for (CellStyle cell : List.of(text, quotedText, note, quotedNote)) {
                cell.setVerticalAlignment(VerticalAlignment.TOP);
            }
            numbers.values().forEach(style -> style.setVerticalAlignment(VerticalAlignment.TOP));
            // text stands one indent off its left edge: a right-aligned number before it (持平, 6) never runs into it (2025, 3614000101)
            for (CellStyle cell : List.of(header, text, quotedText, note, quotedNote)) {
                cell.setAlignment(HorizontalAlignment.LEFT);
                cell.setIndention((short) 1);
            }
            // a light grid: a number right-aligned against the text of the next column still reads as two cells on paper
            List<CellStyle> cells = new ArrayList<>(List.of(header, numberHeader, text, quotedText, note, quotedNote));
            cells.addAll(numbers.values());
            for (CellStyle cell : cells) {
                for (Consumer<BorderStyle> side : List.<Consumer<BorderStyle>>of(cell::setBorderTop,
                        cell::setBorderBottom, cell::setBorderLeft, cell::setBorderRight)) {
                    side.accept(BorderStyle.THIN);
                }
                cell.setTopBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
                cell.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
                cell.setLeftBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
                cell.setRightBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            }
            header.setBottomBorderColor(IndexedColors.BLACK.getIndex());
            numberHeader.setBottomBorderColor(IndexedColors.BLACK.getIndex());
        }

        CellStyle of(Format format) {
            return numbers.get(format);
        }
    }
}
