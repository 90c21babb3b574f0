package cn.vocstat.export;

import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the 审核结果 sheet of a file's feedback says: a title naming the school, then the file, the
 * verdict, the counts and what to do about them, how to read the list and the file's checksum, a
 * blank row, a header and one row per finding. The same content is drawn by POI in front of a
 * school's marked copy and by fastexcel as a workbook of its own; the findings CSV has the same columns.
 */
record ResultSheet(String title, List<String> summary, List<Finding> findings) {

    static final List<Column> COLUMNS = List.of(Column.integer("序号"), Column.text("严重程度"), Column.text("规则编号"),
            Column.text("规则名称"), Column.text("位置"), Column.text("说明"), Column.text("处理状态"), Column.text("学校说明或确认"));
    /** Column widths in characters: 说明 wraps within its width rather than running off the page. */
    static final int[] WIDTHS = {6, 9, 11, 16, 18, 34, 11, 20};
    /** The summary line shown in bold: the verdict. */
    static final int VERDICT_LINE = 1;
    private static final String MARKED = "本清单之后是报表的标注副本：有问题的单元格已标红（错误）或标黄（警告），批注中有说明（打印时列在各表之后）；"
            + "按“位置”一列的表名和单元格（如 学生与专业!I16，打印件上有行号和列标）即可找到，在电子表格中点击“位置”可直接跳到该单元格。";
    /** The location column, which links to the cell in a marked copy; the message column, which wraps. */
    static final int LOCATION_COLUMN = 4;
    static final int MESSAGE_COLUMN = 5;

    /** What the feedback holds of the school's workbook behind the list. */
    enum Copy {
        /** The whole workbook, marked. */
        WHOLE,
        /** The form's sheets, marked; the school's other sheets left out (F-FILE-13 says why). */
        FORM_SHEETS,
        /** Nothing: the list alone. */
        NONE
    }

    ResultSheet {
        summary = List.copyOf(summary);
        findings = List.copyOf(findings);
    }

    static ResultSheet of(FileFeedback outcome, List<Finding> findings, Copy copy, SubmissionNotice notice) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        String school = outcome.schoolName().isEmpty() ? "" : outcome.schoolName()
                + (outcome.schoolCode().isEmpty() ? "" : "（" + outcome.schoolCode() + "）");
        String title = school.isEmpty() ? "报表审核结果" : school + " 报表审核结果";
        List<String> summary = new ArrayList<>();
        summary.add("文件：" + outcome.source().name());
        summary.add("审核结论：" + verdict(outcome.status()));
        summary.add(counts(errors, warnings, infos));
        summary.addAll(notice.lines(outcome.status() == ReturnStatus.REJECTED ? SubmissionNotice.Asked.RESUBMIT
                : warnings > 0 && outcome.status() == ReturnStatus.ACCEPTED ? SubmissionNotice.Asked.VERIFY : SubmissionNotice.Asked.NOTHING));
        summary.add(switch (copy) {
            case WHOLE -> MARKED + "本表之外的填报内容未作改动。";
            case FORM_SHEETS -> MARKED + "副本只保留了报表的工作表（原因见清单中的 " + Rule.FEEDBACK_SHEETS_LEFT_OUT.id() + "），其中的填报内容未作改动。";
            case NONE -> findings.isEmpty() ? "本表无需修改，不必重新报送；下方清单为空。" : !outcome.readAsReturn() ? "文件无法按 ZZNB-1 报表读取，请按下列说明处理后重新报送。"
                    : findings.stream().anyMatch(f -> MarkedWorkbook.isCellLocation(f.location()))
                    ? "本反馈没有附带标注副本（原因见清单末尾），请按“位置”一列在报表中找到对应单元格。" : "下列问题不涉及具体单元格。";
        });
        summary.add("文件校验码（SHA-256）：" + outcome.source().sha256());
        return new ResultSheet(title, summary, findings);
    }

    /** The counts, and what each asks of the school; none asks nothing. */
    private static String counts(long errors, long warnings, long infos) {
        String warned = "警告 " + warnings + " 个：请核实，确属实际情况的可在“情况说明”表中填写规则编号和说明。";
        String noted = infos == 0 ? "" : "提示 " + infos + " 个，仅供参考。";
        if (errors > 0) {
            return "错误 " + errors + " 个：须全部修改后重新报送。" + (warnings > 0 ? warned : "") + noted;
        }
        return (warnings > 0 ? "没有错误。" + warned : "没有错误，也没有警告。") + noted;
    }

    /** The rows above the findings: the title, the summary lines and a blank row before the header. */
    int headerRow() {
        return 1 + summary.size() + 1;
    }

    /** Whether some text of the sheet could be taken for a formula: it must then be marked as text. */
    boolean hasRiskyText() {
        return CellSafety.isRisky(title) || summary.stream().anyMatch(CellSafety::isRisky)
                || findings.stream().anyMatch(f -> CellSafety.isRisky(f.location()) || CellSafety.isRisky(f.message()) || CellSafety.isRisky(f.note()));
    }

    /** Points of height a summary line needs, wrapped across all the columns it spans. */
    static float summaryHeight(String line) {
        int width = java.util.Arrays.stream(WIDTHS).sum();
        int lines = Math.max(1, (XlsxTableWriter.displayWidth(line) + width - 1) / width);
        return 15f * lines;
    }

    /** Points of height a finding's row needs for its message to wrap within its column (spreadsheets do not all fit it). */
    static float rowHeight(Finding finding) {
        int lines = Math.max(1, (XlsxTableWriter.displayWidth(finding.message()) + WIDTHS[MESSAGE_COLUMN] - 1) / WIDTHS[MESSAGE_COLUMN]);
        return Math.min(15f * lines, XlsxTableWriter.MAX_ROW_POINTS);
    }

    /** The cells of a finding's row. */
    static Object[] cells(int number, Finding finding) {
        return new Object[] {number, finding.severity().label(), finding.rule().id(), finding.rule().title(), finding.location(),
                finding.message(), status(finding), finding.note()};
    }

    /** 处理状态 in the school's words: what an open finding asks of it, or what was done about it. */
    static String status(Finding finding) {
        if (finding.resolution() != Resolution.OPEN) {
            return finding.resolution().label();
        }
        return switch (finding.severity()) {
            case ERROR -> "须修改";
            case WARNING -> "请核实或说明";
            case INFO -> "仅供参考";
        };
    }

    /** The findings as the CSV beside the workbook lists them. */
    Table table(String name) {
        Table.Builder table = Table.named(name, COLUMNS.toArray(Column[]::new));
        int number = 1;
        for (Finding finding : findings) {
            table.row(cells(number++, finding));
        }
        return table.build();
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
}
