package cn.vocstat.export;

import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    private static final Column[] COLUMNS = {Column.integer("序号"), Column.text("严重程度"), Column.text("规则编号"), Column.text("规则名称"),
            Column.text("位置"), Column.text("说明"), Column.text("处理状态"), Column.text("学校说明或确认")};

    /**
     * Writes the feedback of every file received in this run into an empty folder, files in parallel.
     * A version carried over from an earlier run was not received now and gets none: the feedback of
     * the file that replaced it says it is in use; an entry of the folder that is no return (a folder,
     * a lock file) gets none either. Feedback whose file, status and findings are the same as in the
     * previous run's folder is linked from there, not written again. A file whose marked copy cannot
     * be written gets the list of its findings alone; the faults are returned as findings (F-FILE-10).
     */
    public List<Finding> writeAll(Path folder, Optional<Path> previous, List<ReturnOutcome> outcomes, List<Finding> findings) throws IOException {
        Files.createDirectories(folder);
        List<ReturnOutcome> received = outcomes.stream()
                .filter(o -> o.status() != ReturnStatus.CARRIED_OVER && o.status() != ReturnStatus.SKIPPED).toList();
        Map<SourceFile, String> names = FeedbackNames.of(received);
        Map<String, List<Finding>> byFile = new HashMap<>();
        received.forEach(o -> byFile.put(o.reading().source().key(), new ArrayList<>()));
        for (Finding finding : findings) {
            List<Finding> own = byFile.get(finding.fileKey());
            if (own != null) {
                own.add(finding);
            }
        }
        List<Finding> faults = Collections.synchronizedList(new ArrayList<>());
        try {
            received.parallelStream().forEach(outcome -> {
                SourceFile file = outcome.reading().source();
                String base = names.get(file);
                List<Finding> own = byFile.get(file.key());
                try {
                    String key = "." + base + ".key";
                    String fingerprint = fingerprint(outcome, own);
                    List<String> parts = List.of(workbookName(base, outcome), base + CSV_SUFFIX, key);
                    if (!reused(previous, folder, parts, key, fingerprint)) {
                        write(folder, base, outcome, own).ifPresent(faults::add);
                        AtomicFiles.write(folder.resolve(key), out -> out.write(fingerprint.getBytes(StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(faults);
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

    /** Writes the feedback of one received file, with its own findings, into the folder; returns the workbook written. */
    public Path write(Path folder, ReturnOutcome outcome, List<Finding> findings) throws IOException {
        String base = FeedbackNames.of(List.of(outcome)).get(outcome.reading().source());
        write(folder, base, outcome, findings.stream().filter(f -> f.isAbout(outcome.reading().source())).toList());
        return folder.resolve(workbookName(base, outcome));
    }

    /**
     * The school's marked copy and its findings CSV. When the copy cannot be written (a workbook our
     * marking chokes on), the workbook holds the 审核结果 list alone and the fault is returned.
     */
    private static Optional<Finding> write(Path folder, String base, ReturnOutcome outcome, List<Finding> findings) throws IOException {
        List<Finding> own = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
        Path workbookFile = folder.resolve(workbookName(base, outcome));
        Optional<Finding> fault = Optional.empty();
        boolean pointsAtCells = own.stream().anyMatch(f -> Target.isCellLocation(f.location()));
        try {
            writeWorkbook(workbookFile, outcome, own, pointsAtCells);
        } catch (IOException | RuntimeException e) {
            fault = Optional.of(FileFault.of(outcome.reading().source(), FileStage.FEEDBACK, e).forSchool(outcome.reading().schoolCode()));
            List<Finding> withFault = new ArrayList<>(own);
            withFault.add(fault.get());
            own = withFault;
            writeWorkbook(workbookFile, outcome, own, false);
        }
        new CsvTableWriter().write(folder, List.of(table(base + "_审核结果", own)));
        return fault;
    }

    private static void writeWorkbook(Path target, ReturnOutcome outcome, List<Finding> own, boolean markCopy) throws IOException {
        try (Workbook workbook = markCopy ? copyOf(outcome) : emptyLike(outcome)) {
            boolean copied = workbook.getNumberOfSheets() > 0;
            if (copied) {
                mark(workbook, own);
            }
            writeResultSheet(workbook, outcome, own, copied);
            AtomicFiles.write(target, workbook::write);
        }
    }

    /**
     * What a file's feedback is made of: its content, its status and its findings. When it has not
     * changed since the feedback was written, the feedback is not written again.
     */
    private static String fingerprint(ReturnOutcome outcome, List<Finding> findings) {
        StringBuilder text = new StringBuilder(outcome.reading().source().sha256()).append('|').append(outcome.status());
        findings.forEach(f -> text.append('|').append(f.rule().id()).append(f.location()).append(f.message()).append(f.resolution()).append(f.note()));
        return Sha256.of(text.toString());
    }

    /**
     * The school's own workbook, in its own format: an .xls comes back as a marked .xls. A file that
     * was not read as a return (or no longer is what was read) gives an empty workbook.
     */
    private static Workbook copyOf(ReturnOutcome outcome) throws IOException {
        Path file = outcome.reading().source().path();
        if (outcome.reading().content().isEmpty() || !Files.isRegularFile(file) || Files.size(file) > ReturnReader.MAX_FILE_BYTES) {
            return emptyLike(outcome);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static Workbook emptyLike(ReturnOutcome outcome) {
        return isLegacy(outcome) ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    /** The feedback workbook's name: the school's .xls returns as .xls, anything else as .xlsx. */
    private static String workbookName(String base, ReturnOutcome outcome) {
        return base + WORKBOOK_SUFFIX + (isLegacy(outcome) ? ".xls" : ".xlsx");
    }

    /** A return read from an Excel 97-2003 file. */
    private static boolean isLegacy(ReturnOutcome outcome) {
        Path file = outcome.reading().source().path();
        if (outcome.reading().content().isEmpty() || !Files.isRegularFile(file)) {
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

    private static void writeResultSheet(Workbook workbook, ReturnOutcome outcome, List<Finding> findings, boolean copied) {
        Sheet sheet = workbook.createSheet(RESULT_SHEET);
        workbook.setSheetOrder(RESULT_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle strong = workbook.createCellStyle();
        strong.setFont(bold);
        Font link = workbook.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        CellStyle linkStyle = workbook.createCellStyle();
        linkStyle.setFont(link);

        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        List<String> summary = new ArrayList<>();
        summary.add("文件：" + outcome.reading().source().name() + "（SHA-256 " + outcome.reading().source().sha256() + "）");
        summary.add("审核结论：" + verdict(outcome.status()));
        summary.add("错误 " + errors + " 个：须修改后重新报送；警告 " + warnings + " 个：请核实，确属实际情况的可在“情况说明”表中填写规则编号和说明。");
        summary.add(copied ? "下方每一条可点击位置跳到对应单元格；有问题的单元格已标红（错误）或标黄（警告），批注中有说明。本表之外的内容未作改动。"
                : findings.isEmpty() ? "未发现问题。" : outcome.reading().content().isEmpty()
                        ? "文件无法按 ZZNB-1 报表读取，请按下列说明处理后重新报送。" : "下列问题不涉及具体单元格。");
        int r = 0;
        for (String line : summary) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(CellSafety.neutralise(line));
            if (r == 2) {
                cell.setCellStyle(strong);
            }
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < COLUMNS.length; c++) {
            header.createCell(c).setCellValue(COLUMNS[c].header());
            header.getCell(c).setCellStyle(strong);
        }
        int number = 1;
        for (Finding finding : findings) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(number++);
            row.createCell(1).setCellValue(finding.severity().label());
            row.createCell(2).setCellValue(finding.rule().id());
            row.createCell(3).setCellValue(finding.rule().title());
            Cell where = row.createCell(4);
            where.setCellValue(CellSafety.neutralise(finding.location()));
            Target target = copied ? Target.of(workbook, finding.location()) : null;
            if (target != null) {
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + target.sheet().getSheetName() + "'!" + target.range().formatAsString().split(":")[0]);
                where.setHyperlink(hyperlink);
                where.setCellStyle(linkStyle);
            }
            row.createCell(5).setCellValue(CellSafety.neutralise(finding.message()));
            row.createCell(6).setCellValue(finding.resolution().label());
            row.createCell(7).setCellValue(CellSafety.neutralise(finding.note()));
        }
        int[] widths = {6, 10, 12, 24, 22, 90, 12, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static String verdict(ReturnStatus status) {
        return switch (status) {
            case ACCEPTED -> "本表已采用";
            case REJECTED -> "本表被退回，请修改全部错误后重新报送";
            case SUPERSEDED -> "本表已被同一学校较晚的报表替代，未参与汇总";
            case NOT_COUNTED -> "本校不纳入统计，本表未参与汇总";
            case CARRIED_OVER -> "这是上次采用的版本，因新报表被退回而沿用";
            case SKIPPED -> "本文件不是报表，未读取";
        };
    }

    private static Table table(String name, List<Finding> findings) {
        Table.Builder table = Table.named(name, COLUMNS);
        int number = 1;
        for (Finding finding : findings) {
            table.row(number++, finding.severity().label(), finding.rule().id(), finding.rule().title(), finding.location(),
                    finding.message(), finding.resolution().label(), finding.note());
        }
        return table.build();
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
