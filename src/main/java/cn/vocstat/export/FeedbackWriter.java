package cn.vocstat.export;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.Sha256;
import cn.vocstat.rules.FileFault;
import cn.vocstat.rules.FileStage;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;

/**
 * The feedback a school officer acts on without asking anyone: a copy of the school's own workbook
 * in which every cell with a finding is filled (red for 错误, yellow for 警告, turquoise for 提示) and carries a comment
 * with the rule and the message, behind a first sheet 审核结果 that lists every finding with a link
 * to its cell; and the same list as CSV. The school's own values are never changed. A file with no
 * finding on a cell gets the 审核结果 sheet alone: there is nothing to mark in its copy. Feedback
 * whose file, status and findings are unchanged since it was written is left as it is.
 */
public final class FeedbackWriter {

    public static final String RESULT_SHEET = "审核结果";
    static final String WORKBOOK_SUFFIX = "_审核反馈";
    static final String CSV_SUFFIX = "_审核结果.csv";

    /** Files written in parallel at a time: the memory of the feedback step is this many marked workbooks at most. */
    private static final int BATCH = 64;

    /** Files in order, each with its own findings; read twice: once for the names, once to write. */
    @FunctionalInterface
    public interface ReceivedFiles {
        void forEach(Consumer<FileFeedback> file);
    }

    /**
     * Writes the feedback of every file received in this run into an empty folder, a batch of files
     * at a time, the files of a batch in parallel: memory holds one batch, whatever the number of
     * files. A version carried over from an earlier run was not received now and gets none: the
     * feedback of the file that replaced it says it is in use; an entry of the folder that is no
     * return (a folder, a lock file) gets none either. Feedback whose file, status and findings are
     * the same as in the previous run's folder is linked from there, not written again. A file whose
     * marked copy cannot be written gets the list of its findings alone; the faults are returned as
     * findings (F-FILE-10).
     */
    public List<Finding> writeAll(Path folder, Optional<Path> previous, ReceivedFiles files) throws IOException {
        Files.createDirectories(folder);
        List<FileFeedback> named = new ArrayList<>();
        files.forEach(file -> {
            if (file.received()) {
                named.add(new FileFeedback(file.source(), file.schoolCode(), file.schoolName(), file.status(), file.readAsReturn(), List.of()));
            }
        });
        Map<String, String> names = FeedbackNames.of(named);
        named.clear();
        List<Finding> faults = Collections.synchronizedList(new ArrayList<>());
        List<FileFeedback> batch = new ArrayList<>(BATCH);
        try {
            files.forEach(file -> {
                if (file.received()) {
                    batch.add(file);
                }
                if (batch.size() == BATCH) {
                    writeBatch(folder, previous, names, batch, faults);
                    batch.clear();
                }
            });
            writeBatch(folder, previous, names, batch, faults);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(faults);
    }

    private static void writeBatch(Path folder, Optional<Path> previous, Map<String, String> names, List<FileFeedback> batch,
                                   List<Finding> faults) {
        batch.parallelStream().forEach(file -> {
            String base = names.get(file.source().key());
            try {
                String key = "." + base + ".key";
                String fingerprint = fingerprint(file);
                List<String> parts = List.of(workbookName(base, file), base + CSV_SUFFIX, key);
                if (!reused(previous, folder, parts, key, fingerprint)) {
                    write(folder, base, file).ifPresent(faults::add);
                    AtomicFiles.write(folder.resolve(key), out -> out.write(fingerprint.getBytes(StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Links the file's feedback from the previous folder when it was made of the same file, status and findings. */
    private static boolean reused(Optional<Path> previous, Path folder, List<String> parts, String key, String fingerprint) throws IOException {
        if (previous.isEmpty() || !parts.stream().allMatch(p -> Files.isRegularFile(previous.get().resolve(p)))
                || !Files.readString(previous.get().resolve(key), StandardCharsets.UTF_8).equals(fingerprint)) {
            return false;
        }
        for (String part : parts) {
            OutputSet.linkOrCopy(previous.get().resolve(part), folder.resolve(part));
        }
        return true;
    }

    /** The feedback of one file: its workbook, and the fault met marking its copy (F-FILE-10), if any. */
    public record Written(Path workbook, Optional<Finding> fault) {
    }

    /** Writes the feedback of one received file into the folder. */
    public Written write(Path folder, FileFeedback file) throws IOException {
        String base = FeedbackNames.of(List.of(file)).get(file.source().key());
        Optional<Finding> fault = write(folder, base, file);
        return new Written(folder.resolve(workbookName(base, file)), fault);
    }

    /**
     * The school's marked copy and its findings CSV. When the copy cannot be written (a workbook our
     * marking chokes on), the workbook holds the 审核结果 list alone and the fault is returned.
     */
    private static Optional<Finding> write(Path folder, String base, FileFeedback outcome) throws IOException {
        List<Finding> own = outcome.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
        Path workbookFile = folder.resolve(workbookName(base, outcome));
        Optional<Finding> fault = Optional.empty();
        boolean pointsAtCells = own.stream().anyMatch(f -> Target.isCellLocation(f.location()));
        try {
            writeWorkbook(workbookFile, outcome, own, pointsAtCells);
        } catch (IOException | RuntimeException e) {
            fault = Optional.of(FileFault.of(outcome.source(), FileStage.FEEDBACK, e).forSchool(outcome.schoolCode()));
            List<Finding> withFault = new ArrayList<>(own);
            withFault.add(fault.get());
            own = withFault;
            writeWorkbook(workbookFile, outcome, own, false);
        }
        new CsvTableWriter().write(folder, List.of(new ResultSheet("", List.of(), own).table(base + "_审核结果")));
        return fault;
    }

    /**
     * The school's copy marked with POI, behind its 审核结果 sheet; when there is nothing to mark (a
     * clean file, findings about no cell, a file that is no return), the 审核结果 sheet alone, written
     * with fastexcel: a verdict for a few kilobytes and a fraction of a millisecond, not a workbook
     * model built and saved. A legacy .xls is answered in its own format, with POI.
     */
    private static void writeWorkbook(Path target, FileFeedback outcome, List<Finding> own, boolean markCopy) throws IOException {
        boolean legacy = isLegacy(outcome);
        ResultSheet resultOnly = ResultSheet.of(outcome, own, false);
        Workbook workbook = markCopy ? copyOf(outcome) : legacy ? new HSSFWorkbook() : resultOnly.hasRiskyText() ? new XSSFWorkbook() : null;
        if (workbook == null || workbook.getNumberOfSheets() == 0 && !legacy && !resultOnly.hasRiskyText()) {
            if (workbook != null) {
                discard(workbook);
            }
            writeResultOnly(target, resultOnly);
            return;
        }
        try {
            boolean copied = workbook.getNumberOfSheets() > 0;
            if (copied) {
                mark(workbook, own);
            }
            writeResultSheet(workbook, ResultSheet.of(outcome, own, copied), copied);
            AtomicFiles.write(target, workbook::write);
        } finally {
            discard(workbook);
        }
    }

    /** The 审核结果 sheet as a workbook of its own, with fastexcel: its text has nothing a spreadsheet could take for a formula. */
    private static void writeResultOnly(Path target, ResultSheet content) throws IOException {
        AtomicFiles.write(target, out -> {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "vocstat", "1.0");
            Worksheet sheet = workbook.newWorksheet(RESULT_SHEET);
            sheet.inlineString(0, 0, content.title());
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int r = 0; r < content.summary().size(); r++) {
                sheet.inlineString(r + 1, 0, content.summary().get(r));
            }
            sheet.style(ResultSheet.VERDICT_LINE + 1, 0).bold().set();
            int header = content.headerRow();
            for (int c = 0; c < ResultSheet.COLUMNS.size(); c++) {
                sheet.inlineString(header, c, ResultSheet.COLUMNS.get(c).header());
                sheet.style(header, c).bold().fillColor("D9D9D9").set();
                sheet.width(c, ResultSheet.WIDTHS[c]);
            }
            int number = 1;
            for (Finding finding : content.findings()) {
                Object[] cells = ResultSheet.cells(number, finding);
                int row = header + number++;
                sheet.value(row, 0, (Integer) cells[0]);
                for (int c = 1; c < cells.length; c++) {
                    sheet.inlineString(row, c, (String) cells[c]);
                }
                sheet.style(row, ResultSheet.MESSAGE_COLUMN).wrapText(true).verticalAlignment("top").set();
                sheet.rowHeight(row, ResultSheet.rowHeight(finding));
            }
            sheet.freezePane(0, header + 1);
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            sheet.repeatRows(header);
            sheet.header(content.title(), Position.CENTER);
            sheet.footer("第 &P 页 共 &N 页", Position.CENTER);
            workbook.finish();
        });
    }

    /** Frees the workbook without saving it: closing a new .xlsx workbook would save it a second time, into memory. */
    private static void discard(Workbook workbook) throws IOException {
        if (workbook instanceof XSSFWorkbook xlsx) {
            xlsx.getPackage().revert();
        } else {
            workbook.close();
        }
    }

    /**
     * What a file's feedback is made of: its content, its status and its findings. When it has not
     * changed since the feedback was written, the feedback is not written again.
     */
    private static String fingerprint(FileFeedback outcome) {
        StringBuilder text = new StringBuilder(outcome.source().sha256()).append('|').append(outcome.status());
        outcome.findings().forEach(f -> text.append('|').append(f.rule().id()).append(f.location()).append(f.message()).append(f.resolution()).append(f.note()));
        return Sha256.of(text.toString());
    }

    /**
     * The school's own workbook, in its own format: an .xls comes back as a marked .xls. A file that
     * was not read as a return (or no longer is what was read) gives an empty workbook.
     */
    private static Workbook copyOf(FileFeedback outcome) throws IOException {
        Path file = outcome.source().path();
        if (!outcome.readAsReturn() || !Files.isRegularFile(file) || Files.size(file) > ReturnReader.MAX_FILE_BYTES) {
            return isLegacy(outcome) ? new HSSFWorkbook() : new XSSFWorkbook();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    /** The feedback workbook's name: the school's .xls returns as .xls, anything else as .xlsx. */
    private static String workbookName(String base, FileFeedback outcome) {
        return base + WORKBOOK_SUFFIX + (isLegacy(outcome) ? ".xls" : ".xlsx");
    }

    /** A return read from an Excel 97-2003 file. */
    private static boolean isLegacy(FileFeedback outcome) {
        Path file = outcome.source().path();
        if (!outcome.readAsReturn() || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OLE2;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fills every cell a finding points at with the colour of its worst severity and gives the first
     * cell of each finding one comment holding all of that cell's findings, in sheet order.
     */
    private static void mark(Workbook workbook, List<Finding> findings) {
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
    }

    private static CellStyle filled(Workbook workbook, CellStyle original, Severity severity) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        IndexedColors colour = switch (severity) {
            case ERROR -> IndexedColors.RED;
            case WARNING -> IndexedColors.YELLOW;
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

    private static void writeResultSheet(Workbook workbook, ResultSheet content, boolean copied) {
        Sheet sheet = workbook.createSheet(RESULT_SHEET);
        workbook.setSheetOrder(RESULT_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
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
        for (int r = 0; r < content.summary().size(); r++) {
            Cell cell = sheet.createRow(r + 1).createCell(0);
            cell.setCellValue(content.summary().get(r));
            if (r == ResultSheet.VERDICT_LINE) {
                cell.setCellStyle(strong);
            } else if (CellSafety.isRisky(content.summary().get(r))) {
                cell.setCellStyle(text);
            }
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
            Target target = copied ? Target.of(workbook, finding.location()) : null;
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
