package cn.vocstat.report;

import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The report's data sections drafted from a run: {@code 质量年报数据章节-<year>.docx}, beside the analyst workbook. */
public final class ReportDraft {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ReportDraft() {
    }

    /** Writes the drafted sections of the run to the layout, in the catalogue's wording. */
    public static Path write(OutputLayout layout, RunReport report, SentenceCatalogue catalogue) throws IOException {
        ReportFigures figures = ReportFigures.of(report);
        Path file = layout.reportDraft();
        String origin = "本稿由 vocstat 依据运行 #" + report.runId() + "（" + TIME.format(report.run().storedAt()) + "）的数据生成，语句取自"
                + catalogue.origin() + "。每个数字都带有以“vs_指标编号”命名的书签，移动句子时链接随之保留；核对请用 vocstat verify。";
        new DraftWriter(figures).write(file, catalogue, origin);
        return file;
    }
}
