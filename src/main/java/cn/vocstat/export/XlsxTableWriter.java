package cn.vocstat.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as one analyst workbook with POI's streaming SXSSF: Chinese sheet names and
 * headers, a frozen header row, auto-filters, number formats and column widths fitted to the content.
 */
public final class XlsxTableWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH_CHARS = 60;

    public void write(Path target, List<Table> tables) throws IOException {
        try (Book book = new Book()) {
            for (Table table : tables) {
                Sheet sheet = book.sheet(table);
                table.forEachRow(sheet);
                sheet.finish();
            }
            book.write(target);
        }
    }

    /** A workbook being written, a sheet at a time; its rows go to temporary files, not memory. */
    public static final class Book implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        private final Styles styles;

        public Book() {
            workbook.setCompressTempFiles(true);
            styles = new Styles(workbook);
        }

        /** A new sheet for the table, its header written: hand it the rows, then {@link Sheet#finish()}. */
        public Sheet sheet(Table table) {
            return new Sheet(workbook.createSheet(table.name()), table.columns(), styles);
        }

        /** Puts the sheet first and opens the workbook on the sheet after it. */
        public void putFirst(String name) {
            workbook.setSheetOrder(name, 0);
            if (workbook.getNumberOfSheets() > 1) {
                workbook.setActiveSheet(1);
                workbook.setSelectedTab(1);
            }
        }

        public void write(Path target) throws IOException {
            AtomicFiles.write(target, workbook::write);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** One sheet being written: a frozen header row, then the rows, then the filter and the widths their content needs. */
    public static final class Sheet implements Table.Sink {
        private final SXSSFSheet sheet;
        private final List<Column> columns;
        private final Styles styles;
        private final int[] widths;
        private int next = 1;

        private Sheet(SXSSFSheet sheet, List<Column> columns, Styles styles) {
            this.sheet = sheet;
            this.columns = columns;
            this.styles = styles;
            this.widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(columns.get(c).header()) + 2;
            }
        }

        @Override
        public void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = Math.max(widths[c], writeCell(row, c, values[c], columns.get(c).format(), styles));
            }
        }

        public void finish() {
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 1, MAX_WIDTH_CHARS) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0, columns.size() - 1));
        }
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
        String text = CellSafety.neutralise(value.toString());
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
        return displayWidth(text);
    }

    private static int number(Cell cell, BigDecimal value, Format format, Styles styles) {
        if (value == null) {
            return 0;
        }
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.of(format));
        return Math.max(value.toBigInteger().toString().length() + 5, 8);
    }

    /** CJK characters take two columns of width. */
    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        private final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            for (Format format : Format.values()) {
                CellStyle style = workbook.createCellStyle();
                if (format.excelPattern() != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format.excelPattern()));
                }
                numbers.put(format, style);
            }
        }

        CellStyle of(Format format) {
            return numbers.get(format);
        }
    }
}
