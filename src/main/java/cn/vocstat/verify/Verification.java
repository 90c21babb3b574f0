package cn.vocstat.verify;

import cn.vocstat.export.AtomicFiles;
import cn.vocstat.export.Column;
import cn.vocstat.export.CsvTableWriter;
import cn.vocstat.export.Table;
import cn.vocstat.export.XlsxTableWriter;
import cn.vocstat.report.ReportFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks a draft against a run and writes the 核对结果 workbook and CSV, named after the draft's whole
 * file name (草稿.docx_核对结果.xlsx), so a .docx and a .txt of one draft never overwrite each other's.
 * The workbook reads at a glance: a summary above the table (what was checked against, the counts,
 * what to do), the rows 不一致 first, then 提示, 无法核对 and 一致, each in the draft's order (序号 is
 * the place in the draft), and 结论 in a pale colour of its own.
 */
public final class Verification {

    public static final String FOLDER = "核对";
    /** The conclusions in the order the results list them: what needs the writer first. */
    private static final List<String> ORDER = List.of("不一致", "提示", "无法核对", "一致");
    private static final Map<String, IndexedColors> FILLS = Map.of("不一致", IndexedColors.ROSE, "提示", IndexedColors.LIGHT_YELLOW,
            "无法核对", IndexedColors.GREY_25_PERCENT, "一致", IndexedColors.LIGHT_GREEN);

    /** The verdicts, in the draft's order, and where they were written. */
    public record Result(List<Verdict> verdicts, Path workbook, Path csv) {

        public long count(Verdict.Conclusion conclusion) {
            return verdicts.stream().filter(v -> v.conclusion() == conclusion).count();
        }
    }

    private Verification() {
    }

    public static Result run(DraftText text, ReportFigures figures, Synonyms synonyms, Path yearOutputDir) throws IOException {
        List<Verdict> verdicts = new ClaimChecker(figures, synonyms).check(text);
        Path folder = yearOutputDir.resolve(FOLDER);
        Table table = table(verdicts);
        Path workbook = folder.resolve(text.fileName() + "_核对结果.xlsx");
        Path csv = folder.resolve(text.fileName() + "_核对结果.csv");
        String title = "报告核对结果：" + text.fileName() + "（对照 " + figures.year() + " 年度运行 #" + figures.runId() + "）";
        new XlsxTableWriter(title).write(workbook, table, summary(title, verdicts));
        colourConclusions(workbook);
        new CsvTableWriter().write(csv, table, cells -> { });
        return new Result(verdicts, workbook, csv);
    }

    /** The lines above the table: the title, the counts, what to do with each kind of row. */
    static List<String> summary(String title, List<Verdict> verdicts) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        StringBuilder counts = new StringBuilder("共核对 " + verdicts.size() + " 处：");
        for (String conclusion : ORDER) {
            counts.append(conclusion).append(' ').append(verdicts.stream().filter(v -> v.conclusion().label().equals(conclusion)).count())
                    .append(conclusion.equals("一致") ? "" : "，");
        }
        lines.add(counts.toString());
        lines.add("不一致：草稿中的数字与数据不符，“说明”给出数据中的值，请改正草稿后再核对。");
        lines.add("提示：请留意，不影响结论。无法核对：不能确定这个数字说的是哪项数据，请人工核对。");
        lines.add("“原文”中【】标出所核对的数字（原文自带【】时用〖〗）；“序号”是它在草稿中的顺序。");
        return lines;
    }

    static Table table(List<Verdict> verdicts) {
        Table.Builder table = Table.named("核对结果", Column.integer("序号"), Column.text("结论"), Column.note("位置"), Column.note("原文"),
                Column.text("数值"), Column.text("指标编号"), Column.text("指标名称"), Column.text("数据值"), Column.note("说明"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> rank(verdicts.get(i))).thenComparingInt(i -> i));
        for (int i : order) {
            Verdict v = verdicts.get(i);
            table.row((long) i + 1, v.conclusion().label(), v.location(), v.sentence(), v.written(), v.targetId(), v.targetName(), v.dataValue(),
                    v.explanation());
        }
        return table.build();
    }

    private static int rank(Verdict verdict) {
        int rank = ORDER.indexOf(verdict.conclusion().label());
        return rank < 0 ? ORDER.size() : rank;
    }

    /** Each 结论 cell in the pale colour of its conclusion (the streamed writer styles by column, not by value). */
    private static void colourConclusions(Path workbook) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, CellStyle> styles = new java.util.HashMap<>();
            boolean below = false;
            for (Row row : sheet) {
                Cell cell = row.getCell(1);
                if (cell == null) {
                    continue;
                }
                String value = cell.getStringCellValue();
                if (!below) {
                    below = value.equals("结论") && row.getRowNum() > 0;
                    continue;
                }
                IndexedColors fill = FILLS.get(value);
                if (fill != null) {
                    cell.setCellStyle(styles.computeIfAbsent(value, v -> {
                        CellStyle style = book.createCellStyle();
                        style.cloneStyleFrom(cell.getCellStyle());
                        style.setFillForegroundColor(fill.getIndex());
                        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                        return style;
                    }));
                }
            }
            AtomicFiles.write(workbook, book::write);
        }
    }
}
