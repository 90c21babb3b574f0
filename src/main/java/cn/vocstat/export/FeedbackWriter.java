package cn.vocstat.export;

import cn.vocstat.model.Sha256;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
    /** A file larger than this is not copied (the user model would load all of it); the list alone is written. */
    private static final long MAX_COPIED_BYTES = 20L * 1024 * 1024;

    private static final Column[] COLUMNS = {Column.integer("序号"), Column.text("严重程度"), Column.text("规则编号"), Column.text("规则名称"),
            Column.text("位置"), Column.text("说明"), Column.text("处理状态"), Column.text("学校说明或确认")};

    /**
     * Writes the feedback of every received file into the folder, files in parallel, and removes
     * feedback of files no longer received.
     */
    public void writeAll(Path folder, List<ReturnOutcome> outcomes, List<Finding> findings) throws IOException {
        Map<String, List<Finding>> byFile = findings.stream().collect(Collectors.groupingBy(Finding::fileName));
        Set<Path> written = ConcurrentHashMap.newKeySet();
        try {
            outcomes.parallelStream().forEach(outcome -> {
                try {
                    List<Finding> own = byFile.getOrDefault(outcome.reading().source().name(), List.of());
                    Path key = folder.resolve("." + baseName(outcome) + ".key");
                    String fingerprint = fingerprint(outcome, own);
                    Path workbook = folder.resolve(baseName(outcome) + "_审核反馈.xlsx");
                    if (!(Files.exists(workbook) && Files.exists(key) && Files.readString(key, StandardCharsets.UTF_8).equals(fingerprint))) {
                        write(folder, outcome, own);
                        AtomicFiles.write(key, out -> out.write(fingerprint.getBytes(StandardCharsets.UTF_8)));
                    }
                    written.add(workbook);
                    written.add(key);
                    written.add(folder.resolve(baseName(outcome) + "_审核结果.csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path stale : files.filter(f -> !written.contains(f)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
    }

    /** Writes the feedback of one received file into the folder; returns the workbook written. */
    public Path write(Path folder, ReturnOutcome outcome, List<Finding> findings) throws IOException {
        String base = baseName(outcome);
        Path workbookFile = folder.resolve(base + "_审核反馈.xlsx");
        List<Finding> own = findings.stream().filter(f -> f.fileName().equals(outcome.reading().source().name()))
                .sorted(Comparator.comparing(Finding::severity)).toList();
        boolean pointsAtCells = own.stream().anyMatch(f -> f.location().matches(".+![A-Z]{1,3}\\d+(:[A-Z]{1,3}\\d+)?"));
        try (XSSFWorkbook workbook = pointsAtCells ? copyOf(outcome) : new XSSFWorkbook()) {
            boolean copied = workbook.getNumberOfSheets() > 0;
            if (copied) {
                mark(workbook, own);
            }
            writeResultSheet(workbook, outcome, own, copied);
            AtomicFiles.write(workbookFile, workbook::write);
        }
        new CsvTableWriter().write(folder, List.of(table(base + "_审核结果", own)));
        return workbookFile;
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

    static String baseName(ReturnOutcome outcome) {
        String file = outcome.reading().source().name();
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        String code = outcome.reading().schoolCode();
        String name = (code.isEmpty() || stem.startsWith(code) ? "" : code + "_") + stem;
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static XSSFWorkbook copyOf(ReturnOutcome outcome) throws IOException {
        Path file = outcome.reading().source().path();
        if (outcome.reading().content().isEmpty() || file == null || !Files.isRegularFile(file) || Files.size(file) > MAX_COPIED_BYTES) {
            return new XSSFWorkbook();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            return new XSSFWorkbook();
        }
    }

    private static void mark(XSSFWorkbook workbook, List<Finding> findings) {
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, StringBuilder> comments = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            Target target = Target.of(workbook, finding.location());
            if (target == null) {
                continue;
            }
            for (int r = target.range().getFirstRow(); r <= target.range().getLastRow(); r++) {
                for (int c = target.range().getFirstColumn(); c <= target.range().getLastColumn(); c++) {
                    String key = target.sheet().getSheetName() + "!" + r + ":" + c;
                    worst.merge(key, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            String anchor = target.sheet().getSheetName() + "!" + target.range().getFirstRow() + ":" + target.range().getFirstColumn();
            StringBuilder text = comments.computeIfAbsent(anchor, k -> new StringBuilder());
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("[").append(finding.severity().label()).append(" ").append(finding.rule().id()).append("] ").append(finding.message());
        }
        worst.forEach((key, severity) -> {
            Cell cell = cellAt(workbook, key);
            CellStyle original = cell.getCellStyle();
            String styleKey = original.getIndex() + "/" + severity;
            cell.setCellStyle(styles.computeIfAbsent(styleKey, k -> filled(workbook, original, severity)));
        });
        comments.forEach((key, text) -> comment(workbook, cellAt(workbook, key), text.toString()));
    }

    private static CellStyle filled(XSSFWorkbook workbook, CellStyle original, Severity severity) {
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

    private static Cell cellAt(XSSFWorkbook workbook, String key) {
        String sheetName = key.substring(0, key.lastIndexOf('!'));
        String[] rowColumn = key.substring(key.lastIndexOf('!') + 1).split(":");
        Sheet sheet = workbook.getSheet(sheetName);
        int r = Integer.parseInt(rowColumn[0]);
        int c = Integer.parseInt(rowColumn[1]);
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void comment(XSSFWorkbook workbook, Cell cell, String text) {
        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        if (cell.getCellComment() != null) {
            text = cell.getCellComment().getString().getString() + "\n" + text;
            cell.removeCellComment();
        }
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("vocstat 审核");
        cell.setCellComment(comment);
    }

    private static void writeResultSheet(XSSFWorkbook workbook, ReturnOutcome outcome, List<Finding> findings, boolean copied) {
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
            cell.setCellValue(line);
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
            where.setCellValue(finding.location());
            Target target = copied ? Target.of(workbook, finding.location()) : null;
            if (target != null) {
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + target.sheet().getSheetName() + "'!" + target.range().formatAsString().split(":")[0]);
                where.setHyperlink(hyperlink);
                where.setCellStyle(linkStyle);
            }
            row.createCell(5).setCellValue(finding.message());
            row.createCell(6).setCellValue(finding.resolution().label());
            row.createCell(7).setCellValue(finding.note());
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

    /** The cells a finding's location names in the workbook: {@code 学生与专业!J7} or {@code 学生与专业!I3:I15}. */
    private record Target(Sheet sheet, CellRangeAddress range) {

        static Target of(XSSFWorkbook workbook, String location) {
            int bang = location.lastIndexOf('!');
            if (bang < 0) {
                return null;
            }
            Sheet sheet = workbook.getSheet(location.substring(0, bang));
            String cells = location.substring(bang + 1);
            if (sheet == null || !cells.matches("[A-Z]{1,3}\\d+(:[A-Z]{1,3}\\d+)?")) {
                return null;
            }
            return new Target(sheet, CellRangeAddress.valueOf(cells));
        }
    }
}
