package cn.vocstat.export;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.FigureUse;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.StoredRun;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 变更说明: what this run changed against the previous run of the same year: the returns added,
 * replaced, rejected or withdrawn, then every school figure that moved (with the cell it was typed
 * in and the indicators it feeds) and every indicator that moved, old → new, as numbers. Both runs
 * are compared in the database; only the previous run's list of files is held.
 */
public final class ChangeTables {

    public static final String SHEET = "变更说明";
    private static final String ACCEPTED = ReturnStatus.ACCEPTED.name();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ChangeTables() {
    }

    static Table changes(RunReport report) {
        List<Column> columns = List.of(Column.text("类别"), Column.text("学校标识码"), Column.text("学校名称"), Column.text("项目"),
                Column.note("位置"), Column.note("原值"), Column.note("新值"), new Column("变化", Format.CHANGE_COUNT), Column.note("用于指标"), Column.text("说明"));
        return Table.streamed(SHEET, columns, Table.UNKNOWN_SIZE, sink -> {
            if (report.previousRunId().isEmpty()) {
                returns(report, List.of(), sink);
                sink.row("汇总", "", "", "本年度首次汇总", "", "", "", "", "", "以后每次运行在此列出与上一次运行相比的变化");
                return;
            }
            long previous = report.previousRunId().get();
            returns(report, report.changes().sources(previous), sink);
            schoolFigures(report, previous, sink);
            indicators(report, previous, sink);
        });
    }

    private static void returns(RunReport report, List<RunChanges.Source> previous, Table.Sink table) {
        Set<String> before = new HashSet<>();
        Map<String, RunChanges.Source> acceptedBefore = new HashMap<>();
        for (RunChanges.Source source : previous) {
            before.add(source.fileName() + "|" + source.sha256());
            if (source.status().equals(ACCEPTED) || source.status().equals(ReturnStatus.CARRIED_OVER.name())) {
                acceptedBefore.put(source.schoolCode(), source);
            }
        }
        Set<String> now = new HashSet<>();
        Set<String> schoolsNow = new HashSet<>();
        report.rows().files(report.runId(), report.returnsDir(), file -> {
            var source = file.source();
            now.add(source.name() + "|" + source.sha256());
            schoolsNow.add(file.schoolCode());
            if (before.contains(source.name() + "|" + source.sha256()) || file.status() == ReturnStatus.CARRIED_OVER) {
                return;
            }
            RunChanges.Source replaced = acceptedBefore.get(file.schoolCode());
            String what = file.status() == ReturnStatus.REJECTED ? "退回"
                    : replaced != null && file.status() == ReturnStatus.ACCEPTED ? "替换" : "新增";
            table.row("报表", file.schoolCode(), report.schoolName(file.schoolCode(), file.schoolName()), what, source.name(),
                    replaced == null ? "" : describe(replaced.fileName(), replaced.sha256()), describe(source.name(), source.sha256()),
                    "", "", "状态：" + file.status().label());
        });
        for (RunChanges.Source source : previous) {
            if (!now.contains(source.fileName() + "|" + source.sha256()) && !schoolsNow.contains(source.schoolCode())) {
                table.row("报表", source.schoolCode(), source.schoolName(), "撤回", source.fileName(), describe(source.fileName(), source.sha256()),
                        "", "", "", "文件已不在报表目录中");
            }
        }
    }

    /** The figures of a school that differ between the two runs (one missing from a run differs too), in the figures' order. */
    public static List<SchoolFigure> changed(RunChanges.SchoolFigures school) {
        return SchoolFigure.ALL.stream().filter(f -> !same(school.before().get(f.column()), school.after().get(f.column()))).toList();
    }

    private static void schoolFigures(RunReport report, long previous, Table.Sink table) {
        report.changes().schoolFigures(report.runId(), previous, school -> {
            for (SchoolFigure figure : changed(school)) {
                BigDecimal before = school.before().get(figure.column());
                BigDecimal after = school.after().get(figure.column());
                String cell = school.cells().get(figure.column());
                Display display = figure.field().units().contains("万元") ? Display.AMOUNT : Display.COUNT;
                table.row("学校数据", school.code(), school.name(), figure.label(),
                        school.fileName() + (cell == null ? "" : " " + cell), before, after,
                        before == null || after == null ? null : IndicatorTables.change(display, after.subtract(before)), uses(figure), "");
            }
        });
    }

    private static void indicators(RunReport report, long previous, Table.Sink table) {
        report.changes().indicators(report.runId(), previous, pair -> {
            BigDecimal old = pair.before() == null ? null : pair.before().value();
            if (!same(old, pair.after())) {
                boolean city = IndicatorValue.CITY.equals(pair.scopeCode());
                Format format = IndicatorTables.valueFormat(pair.indicator().display());
                table.row(city ? "全市指标" : "学校指标", city ? "" : pair.scopeCode(), pair.scopeName(), pair.indicator().title(), "",
                        shown(old, format), shown(pair.after(), format),
                        old == null || pair.after() == null ? null : IndicatorTables.change(pair.indicator().display(), pair.after().subtract(old)), "",
                        unit(pair.indicator()));
            }
        });
        report.changes().droppedIndicators(report.runId(), previous, old -> table.row(
                IndicatorValue.CITY.equals(old.scopeCode()) ? "全市指标" : "学校指标", old.scopeCode(), old.scopeName(),
                old.indicator().title(), "", shown(old.value(), IndicatorTables.valueFormat(old.indicator().display())), null, "", "", "本次没有此项"));
    }

    /** 单位：人, 单位：%; a ratio (12.67:1) says its own unit. */
    private static String unit(Indicator indicator) {
        return indicator.display() == Display.RATIO_TO_ONE || indicator.display() == Display.RATIO || indicator.unit().isEmpty() ? ""
                : "单位：" + indicator.unit();
    }

    private static boolean same(BigDecimal before, BigDecimal after) {
        return before == null ? after == null : after != null && before.compareTo(after) == 0;
    }

    /** A value as the workbook shows the indicator: a number in its format, or 不可计算. */
    private static Object shown(BigDecimal value, Format format) {
        return value == null ? Display.NOT_COMPUTABLE : new Formatted(value, format);
    }

    /** The city indicators the report computes from this figure. */
    private static String uses(SchoolFigure figure) {
        return String.join("、", FigureUse.of(figure.column()).stream().map(Indicator::title).toList());
    }

    /** Which two runs are compared, with their times and input fingerprints: the heading of the sheet and of 变更说明.xlsx. */
    static List<String> heading(RunReport report) {
        String now = "运行 #" + report.runId() + "（开始于 " + TIME.format(report.started()) + "，输入指纹 " + report.run().fingerprint().substring(0, 12) + "）";
        if (report.previous().isEmpty()) {
            return List.of(report.year() + " 年度变更说明", now + "：本年度首次汇总，没有可比较的运行");
        }
        StoredRun before = report.previous().get();
        return List.of(report.year() + " 年度变更说明", now + " 与上一次发布的运行 #" + before.runId() + "（发布于 "
                + (before.publishedAt() == null ? "" : TIME.format(before.publishedAt())) + "，输入指纹 " + before.fingerprint().substring(0, 12)
                + "）相比；“用于指标”为该数字参与计算的指标");
    }

    private static String describe(String fileName, String sha256) {
        return fileName + "（" + (sha256.length() > 12 ? sha256.substring(0, 12) : sha256) + "）";
    }
}
