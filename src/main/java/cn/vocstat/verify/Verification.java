package cn.vocstat.verify;

import cn.vocstat.export.Column;
import cn.vocstat.export.CsvTableWriter;
import cn.vocstat.export.Table;
import cn.vocstat.export.XlsxTableWriter;
import cn.vocstat.report.ReportFigures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Checks a draft against a run and writes the 核对结果 workbook and CSV. */
public final class Verification {

    public static final String FOLDER = "核对";

    /** The verdicts, and where they were written. */
    public record Result(List<Verdict> verdicts, Path workbook, Path csv) {

        public long count(Verdict.Conclusion conclusion) {
            return verdicts.stream().filter(v -> v.conclusion() == conclusion).count();
        }
    }

    private Verification() {
    }

    public static Result run(DraftText text, ReportFigures figures, Synonyms synonyms, Path yearOutputDir) throws IOException {
        List<Verdict> verdicts = new ClaimChecker(figures, synonyms).check(text);
        String stem = text.fileName().contains(".") ? text.fileName().substring(0, text.fileName().lastIndexOf('.')) : text.fileName();
        Path folder = yearOutputDir.resolve(FOLDER);
        Table table = table(verdicts);
        Path workbook = folder.resolve(stem + "_核对结果.xlsx");
        Path csv = folder.resolve(stem + "_核对结果.csv");
        new XlsxTableWriter("报告核对结果（" + text.fileName() + "，对照 " + figures.year() + " 年度运行 #" + figures.runId() + "）")
                .write(workbook, List.of(table));
        new CsvTableWriter().write(csv, table, cells -> { });
        return new Result(verdicts, workbook, csv);
    }

    static Table table(List<Verdict> verdicts) {
        Table.Builder table = Table.named("核对结果", Column.integer("序号"), Column.note("位置"), Column.note("原文"), Column.text("数值"),
                Column.text("指标编号"), Column.text("指标名称"), Column.text("数据值"), Column.text("结论"), Column.note("说明"));
        int number = 0;
        for (Verdict v : verdicts) {
            table.row((long) ++number, v.location(), v.sentence(), v.written(), v.targetId(), v.targetName(), v.dataValue(),
                    v.conclusion().label(), v.explanation());
        }
        return table.build();
    }
}
