package cn.vocstat.export;

import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.store.RunChanges;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 变更说明: what this run changed against the previous run of the same year: the returns added,
 * replaced, rejected or withdrawn, then every school figure and indicator that moved, old → new.
 * Both runs are compared in the database; only the previous run's list of files is held.
 */
final class ChangeTables {

    static final String SHEET = "变更说明";
    private static final String ACCEPTED = ReturnStatus.ACCEPTED.name();

    private ChangeTables() {
    }

    static Table changes(RunReport report) {
        List<Column> columns = List.of(Column.text("类别"), Column.text("学校标识码"), Column.text("学校名称"), Column.text("项目"),
                Column.text("原值"), Column.text("新值"), Column.text("变化"), Column.text("说明"));
        return Table.streamed(SHEET, columns, Table.UNKNOWN_SIZE, sink -> {
            if (report.previousRunId().isEmpty()) {
                returns(report, List.of(), sink);
                sink.row("汇总", "", "", "本年度首次汇总", "", "", "", "以后每次运行在此列出与上一次运行相比的变化");
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
            table.row("报表", file.schoolCode(), report.schoolName(file.schoolCode(), file.schoolName()), what,
                    replaced == null ? "" : describe(replaced.fileName(), replaced.sha256()), describe(source.name(), source.sha256()),
                    "", "状态：" + file.status().label());
        });
        for (RunChanges.Source source : previous) {
            if (!now.contains(source.fileName() + "|" + source.sha256()) && !schoolsNow.contains(source.schoolCode())) {
                table.row("报表", source.schoolCode(), source.schoolName(), "撤回", describe(source.fileName(), source.sha256()), "", "",
                        "文件已不在报表目录中");
            }
        }
    }

    private static void schoolFigures(RunReport report, long previous, Table.Sink table) {
        report.changes().schoolFigures(report.runId(), previous, school -> {
            for (SchoolFigure figure : SchoolFigure.ALL) {
                BigDecimal before = school.before().get(figure.column());
                BigDecimal after = school.after().get(figure.column());
                if (!same(before, after)) {
                    table.row("学校数据", school.code(), school.name(), figure.label(), Decimals.text(before), Decimals.text(after),
                            difference(before, after), "");
                }
            }
        });
    }

    private static void indicators(RunReport report, long previous, Table.Sink table) {
        report.changes().indicators(report.runId(), previous, pair -> {
            BigDecimal old = pair.before() == null ? null : pair.before().value();
            if (!same(old, pair.after())) {
                boolean city = IndicatorValue.CITY.equals(pair.scopeCode());
                table.row(city ? "全市指标" : "学校指标", city ? "" : pair.scopeCode(), pair.scopeName(), pair.indicator().title(),
                        pair.before() == null ? "" : pair.before().display(), pair.afterDisplay(),
                        old == null || pair.after() == null ? "" : pair.indicator().display().formatChange(pair.after().subtract(old)), "");
            }
        });
        report.changes().droppedIndicators(report.runId(), previous, old -> table.row(
                IndicatorValue.CITY.equals(old.scopeCode()) ? "全市指标" : "学校指标", old.scopeCode(), old.scopeName(),
                old.indicator().title(), old.display(), "", "", "本次没有此项"));
    }

    private static boolean same(BigDecimal before, BigDecimal after) {
        return before == null ? after == null : after != null && before.compareTo(after) == 0;
    }

    private static String difference(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return "";
        }
        BigDecimal change = after.subtract(before);
        return (change.signum() > 0 ? "增加 " : "减少 ") + Decimals.text(change.abs());
    }

    private static String describe(String fileName, String sha256) {
        return fileName + "（" + (sha256.length() > 12 ? sha256.substring(0, 12) : sha256) + "）";
    }
}
