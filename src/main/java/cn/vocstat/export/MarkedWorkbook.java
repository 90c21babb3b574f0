package cn.vocstat.export;

import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments;

/**
 * A workbook as the feedback shows it with POI: the school's cells that have a finding filled with
 * a pale colour of its worst severity (rose 错误, light yellow 警告, light turquoise 提示: black text
 * stays legible, on screen and on paper) and commented, behind a first sheet 审核结果 that lists the
 * findings, each linked to its cell when the cell is in the workbook. A sheet with marks prints on
 * its own terms, whatever the school set: landscape A4, one page wide, the comments printed at the
 * end of the sheet, so the paper copy says why each cell is marked.
 */
final class MarkedWorkbook {

    private MarkedWorkbook() {
    }

    /** The widest a column of the copy is made, in characters. */
    private static final int WIDEST_CHARS = 40;

    /** Columns too narrow for their text (矿井通风与安…) widened to it on the copy, never narrowed: its content is untouched. */
    private static void widenToTheirText(Sheet sheet) {
        Map<Integer, Integer> widest = new HashMap<>();
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && merged.stream().noneMatch(m -> m.isInRange(cell))) {
                    widest.merge(cell.getColumnIndex(), XlsxTableWriter.displayWidth(cell.getStringCellValue()) + 1, Math::max);
                }
            }
        }
        widest.forEach((column, chars) -> {
            int wanted = Math.min(chars, WIDEST_CHARS) * 256;
            if (wanted > sheet.getColumnWidth(column)) {
                sheet.setColumnWidth(column, wanted);
            }
        });
    }

    /** Whether a finding's location names cells of a sheet ({@code 学生与专业!J7}, a range, whole rows or columns). */
    static boolean isCellLocation(String location) {
        return Target.isCellLocation(location);
    }

    /**
     * Fills every cell a finding points at with the colour of its worst severity and gives the first
     * cell of each finding one comment holding all of that cell's findings, in sheet order.
     */
    static void mark(Workbook workbook, List<Finding> findings) {
        Map<String, CellStyle> styles = new HashMap<>();
        Map<CellKey, StringBuilder> comments = new TreeMap<>();
        Map<CellKey, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            Target target = Target.of(workbook, finding.location());
            if (target == null) {
                continue;
            }
            int sheet = workbook.getSheetIndex(target.sheet());
            CellRangeAddress range = target.range();
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    worst.merge(new CellKey(sheet, r, c), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            StringBuilder text = comments.computeIfAbsent(new CellKey(sheet, range.getFirstRow(), range.getFirstColumn()), k -> new StringBuilder());
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("[").append(finding.severity().label()).append(" ").append(finding.rule().id()).append("] ").append(finding.message());
        }
        worst.forEach((key, severity) -> {
            Cell cell = key.cellIn(workbook);
            CellStyle original = cell.getCellStyle();
            String styleKey = original.getIndex() + "/" + severity;
            cell.setCellStyle(styles.computeIfAbsent(styleKey, k -> filled(workbook, original, severity)));
        });
        comments.forEach((key, text) -> comment(workbook, key.cellIn(workbook), text.toString()));
        for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
            if (!workbook.isSheetHidden(sheet) && !workbook.isSheetVeryHidden(sheet)) {
                printMarked(workbook.getSheetAt(sheet));
            }
        }
    }

    /**
     * Every sheet of the copy prints landscape at a legible scale (across pages if it must), under its name, with its row numbers and
     * column letters (the list's 位置 学生与专业!I16 is found on paper by them) and its comments listed after it.
     */
    private static void printMarked(Sheet sheet) {
        PagePrint.wide(-1, sheet.getSheetName() + "（审核标注）").applyTo(sheet);
        sheet.setPrintRowAndColumnHeadings(true);
        widenToTheirText(sheet);
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        PagePrint.legible(sheet, columns, 2); // the first two columns name a row of the form's tables (专业代码, 专业名称)
        if (sheet instanceof XSSFSheet xlsx) {
            // POI sets only "as displayed" (a hidden comment would not print): the list at the end prints every one
            xlsx.getCTWorksheet().getPageSetup().setCellComments(STCellComments.AT_END);
        } else {
            sheet.getPrintSetup().setNotes(true);
        }
    }

    /** Frees the workbook without saving it: closing a new .xlsx workbook would save it a second time, into memory. */
    static void discard(Workbook workbook) throws IOException {
        if (workbook instanceof XSSFWorkbook xlsx) {
            xlsx.getPackage().revert();
        } else {
            workbook.close();
        }
    }

    private static CellStyle filled(Workbook workbook, CellStyle original, Severity severity) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        IndexedColors colour = switch (severity) {
            case ERROR -> IndexedColors.ROSE;
            case WARNING -> IndexedColors.LIGHT_YELLOW;
            case INFO -> IndexedColors.LIGHT_TURQUOISE;
        };
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /**
     * Puts the text in the cell's comment, after the comment the cell already had. POI registers a
     * new comment at its box's top-left cell and refuses a cell that has one, so the box is anchored
     * at the first free cell to the right (as Excel places it), then the comment is moved to its cell.
     */
    private static void comment(Workbook workbook, Cell cell, String text) {
        Sheet sheet = cell.getSheet();
        int lastColumn = workbook.getSpreadsheetVersion().getLastColumnIndex();
        int lastRow = workbook.getSpreadsheetVersion().getLastRowIndex();
        if (cell.getCellComment() != null) {
            text = cell.getCellComment().getString().getString() + "\n" + text;
            cell.removeCellComment();
        }
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        int boxColumn = column + 1;
        while (boxColumn <= lastColumn && sheet.getCellComment(new CellAddress(row, boxColumn)) != null) {
            boxColumn++;
        }
        if (boxColumn > lastColumn) {
            boxColumn = column;
        }
        CreationHelper factory = workbook.getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(boxColumn);
        anchor.setCol2(Math.min(boxColumn + 5, lastColumn));
        anchor.setRow1(row);
        anchor.setRow2(Math.min(row + 5, lastRow));
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("vocstat 审核");
        cell.setCellComment(comment);
    }

    /** Adds the 审核结果 sheet in front; with {@code linked}, each finding's location links to its cell of the workbook. */
    static void addResultSheet(Workbook workbook, ResultSheet content, boolean linked) {
        Sheet sheet = workbook.createSheet(FeedbackWriter.RESULT_SHEET);
        workbook.setSheetOrder(FeedbackWriter.RESULT_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        // the tab bar starts at the list: the school's first visible tab may be a sheet the copy left out
        workbook.setFirstVisibleTab(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle strong = workbook.createCellStyle();
        strong.setFont(bold);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(large);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font link = workbook.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        CellStyle linkStyle = workbook.createCellStyle();
        linkStyle.setFont(link);
        linkStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle text = workbook.createCellStyle();
        text.setQuotePrefixed(true);
        CellStyle topText = workbook.createCellStyle();
        topText.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle topQuoted = workbook.createCellStyle();
        topQuoted.cloneStyleFrom(topText);
        topQuoted.setQuotePrefixed(true);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrappedText = workbook.createCellStyle();
        wrappedText.cloneStyleFrom(wrapped);
        wrappedText.setQuotePrefixed(true);
        Cell top = sheet.createRow(0).createCell(0);
        top.setCellValue(content.title());
        top.setCellStyle(CellSafety.isRisky(content.title()) ? text : title);
        CellStyle strongLine = workbook.createCellStyle();
        strongLine.cloneStyleFrom(strong);
        strongLine.setWrapText(true);
        for (int r = 0; r < content.summary().size(); r++) {
            // each line wraps across the list's width rather than running off the printed page
            Row row = sheet.createRow(r + 1);
            Cell cell = row.createCell(0);
            cell.setCellValue(content.summary().get(r));
            cell.setCellStyle(r == ResultSheet.VERDICT_LINE ? strongLine : CellSafety.isRisky(content.summary().get(r)) ? wrappedText : wrapped);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, ResultSheet.COLUMNS.size() - 1));
            row.setHeightInPoints(ResultSheet.summaryHeight(content.summary().get(r)));
        }
        int headerRow = content.headerRow();
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < ResultSheet.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(ResultSheet.COLUMNS.get(c).header());
            header.getCell(c).setCellStyle(heading);
            sheet.setColumnWidth(c, ResultSheet.WIDTHS[c] * 256);
        }
        int number = 1;
        for (Finding finding : content.findings()) {
            Row row = sheet.createRow(headerRow + number);
            row.setHeightInPoints(ResultSheet.rowHeight(finding));
            Object[] cells = ResultSheet.cells(number++, finding);
            row.createCell(0).setCellValue((Integer) cells[0]);
            row.getCell(0).setCellStyle(topText);
            for (int c = 1; c < cells.length; c++) {
                Cell cell = row.createCell(c);
                String value = (String) cells[c];
                cell.setCellValue(value);
                boolean risky = CellSafety.isRisky(value);
                cell.setCellStyle(c == ResultSheet.MESSAGE_COLUMN ? risky ? wrappedText : wrapped : risky ? topQuoted : topText);
            }
            Target target = linked ? Target.of(workbook, finding.location()) : null;
            if (target != null) {
                Cell where = row.getCell(ResultSheet.LOCATION_COLUMN);
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + target.sheet().getSheetName() + "'!" + target.range().formatAsString().split(":")[0]);
                where.setHyperlink(hyperlink);
                where.setCellStyle(linkStyle);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        PagePrint.wide(headerRow, content.title()).applyTo(sheet);
        PagePrint.legible(sheet, ResultSheet.COLUMNS.size(), 1);
    }

    /** A cell of the copied workbook: sheet index, zero-based row and column; ordered as the sheets are read. */
    private record CellKey(int sheet, int row, int column) implements Comparable<CellKey> {

        Cell cellIn(Workbook workbook) {
            Sheet target = workbook.getSheetAt(sheet);
            Row line = target.getRow(row) == null ? target.createRow(row) : target.getRow(row);
            return line.getCell(column) == null ? line.createCell(column) : line.getCell(column);
        }

        @Override
        public int compareTo(CellKey other) {
            return Comparator.comparingInt(CellKey::sheet).thenComparingInt(CellKey::row).thenComparingInt(CellKey::column).compare(this, other);
        }
    }

    /**
     * The cells a finding's location names in the workbook ({@code 学生与专业!J7}, {@code 学生与专业!I3:I15},
     * whole rows and columns too), cut to the part of the sheet that holds cells: nothing beyond it
     * needs a colour, and a whole column would otherwise create a million cells.
     */
    private record Target(Sheet sheet, CellRangeAddress range) {

        private static final Pattern CELLS = Pattern.compile("\\$?[A-Z]{1,3}\\$?\\d+(:\\$?[A-Z]{1,3}\\$?\\d+)?|\\$?[A-Z]{1,3}:\\$?[A-Z]{1,3}|\\$?\\d+:\\$?\\d+");

        static boolean isCellLocation(String location) {
            int bang = location.lastIndexOf('!');
            return bang > 0 && CELLS.matcher(location.substring(bang + 1)).matches();
        }

        static Target of(Workbook workbook, String location) {
            if (!isCellLocation(location)) {
                return null;
            }
            int bang = location.lastIndexOf('!');
            Sheet sheet = workbook.getSheet(location.substring(0, bang));
            if (sheet == null) {
                return null;
            }
            CellRangeAddress named = CellRangeAddress.valueOf(location.substring(bang + 1));
            int lastRow = Math.max(sheet.getLastRowNum(), 0);
            int lastColumn = 0;
            for (Row row : sheet) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
            }
            int firstRow = named.getFirstRow() < 0 ? 0 : named.getFirstRow();
            int firstColumn = named.getFirstColumn() < 0 ? 0 : named.getFirstColumn();
            int toRow = named.getLastRow() < 0 ? Integer.MAX_VALUE : named.getLastRow();
            int toColumn = named.getLastColumn() < 0 ? Integer.MAX_VALUE : named.getLastColumn();
            CellRangeAddress range = new CellRangeAddress(firstRow, Math.max(firstRow, Math.min(toRow, lastRow)),
                    firstColumn, Math.max(firstColumn, Math.min(toColumn, lastColumn)));
            return new Target(sheet, range);
        }
    }
}
