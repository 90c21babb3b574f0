package cn.vocstat.export;

import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.indicator.PriorValues;
import cn.vocstat.model.Decimals;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.store.ConsolidationStore;
import cn.vocstat.store.PreviousRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 变更说明: what this run changed against the previous run of the same year: the returns added,
 * replaced, rejected or withdrawn, then every school figure and indicator that moved, old → new.
 */
final class ChangeTables {

    static final String SHEET = "变更说明";
    private static final String ACCEPTED = ReturnStatus.ACCEPTED.name();

    private ChangeTables() {
    }

    static Table changes(ReportData data) {
        Table.Builder table = Table.named(SHEET, Column.text("类别"), Column.text("学校标识码"), Column.text("学校名称"), Column.text("项目"),
                Column.text("原值"), Column.text("新值"), Column.text("变化"), Column.text("说明"));
        Optional<PreviousRun> previous = data.previous();
        returns(data, previous.orElse(null), table);
        if (previous.isEmpty()) {
            table.row("汇总", "", "", "本年度首次汇总", "", "", "", "以后每次运行在此列出与上一次运行相比的变化");
            return table.build();
        }
        schoolFigures(data, previous.get(), table);
        indicators(data, previous.get(), table);
        return table.build();
    }

    /** Whether the table says anything beyond its header. */
    static boolean hasChanges(Table changes) {
        return !changes.rows().isEmpty();
    }

    private static void returns(ReportData data, PreviousRun previous, Table.Builder table) {
        Set<String> before = new HashSet<>();
        Map<String, PreviousRun.Source> acceptedBefore = new HashMap<>();
        if (previous != null) {
            for (PreviousRun.Source source : previous.sources()) {
                before.add(source.fileName() + "|" + source.sha256());
                if (source.status().equals(ACCEPTED) || source.status().equals(ReturnStatus.CARRIED_OVER.name())) {
                    acceptedBefore.put(source.schoolCode(), source);
                }
            }
        }
        Set<String> now = new HashSet<>();
        Set<String> schoolsNow = new HashSet<>();
        for (ReturnOutcome outcome : data.consolidation().outcomes()) {
            var source = outcome.reading().source();
            now.add(source.name() + "|" + source.sha256());
            schoolsNow.add(outcome.reading().schoolCode());
            if (before.contains(source.name() + "|" + source.sha256()) || outcome.status() == ReturnStatus.CARRIED_OVER) {
                continue;
            }
            PreviousRun.Source replaced = acceptedBefore.get(outcome.reading().schoolCode());
            String what = outcome.status() == ReturnStatus.REJECTED ? "退回"
                    : replaced != null && outcome.status() == ReturnStatus.ACCEPTED ? "替换" : "新增";
            table.row("报表", outcome.reading().schoolCode(), schoolName(data, outcome), what,
                    replaced == null ? "" : describe(replaced.fileName(), replaced.sha256()), describe(source.name(), source.sha256()),
                    "", "状态：" + outcome.status().label());
        }
        if (previous != null) {
            for (PreviousRun.Source source : previous.sources()) {
                if (!now.contains(source.fileName() + "|" + source.sha256()) && !schoolsNow.contains(source.schoolCode())) {
                    table.row("报表", source.schoolCode(), previous.schoolNames().getOrDefault(source.schoolCode(), ""), "撤回",
                            describe(source.fileName(), source.sha256()), "", "", "文件已不在报表目录中");
                }
            }
        }
    }

    private static void schoolFigures(ReportData data, PreviousRun previous, Table.Builder table) {
        Map<String, AcceptedReturn> accepted = new LinkedHashMap<>();
        data.consolidation().accepted().forEach(a -> accepted.put(a.school().code(), a));
        Set<String> codes = new TreeSet<>(accepted.keySet());
        codes.addAll(previous.schoolFigures().keySet());
        for (String code : codes) {
            AcceptedReturn school = accepted.get(code);
            Map<String, BigDecimal> old = previous.schoolFigures().getOrDefault(code, Map.of());
            String name = school != null ? school.school().name() : previous.schoolNames().getOrDefault(code, "");
            for (SchoolFigure figure : SchoolFigure.ALL) {
                BigDecimal before = old.get(figure.column());
                BigDecimal after = school == null ? null : figure.of(school.content());
                if (!same(before, after)) {
                    table.row("学校数据", code, name, figure.label(), Decimals.text(before), Decimals.text(after), difference(before, after), "");
                }
            }
        }
    }

    private static void indicators(ReportData data, PreviousRun previous, Table.Builder table) {
        Set<String> seen = new HashSet<>();
        for (IndicatorValue value : data.indicators().values()) {
            String key = PriorValues.key(value.indicator().id(), value.scopeCode());
            seen.add(key);
            PreviousRun.Indicator old = previous.indicators().get(key);
            BigDecimal now = value.value() == null ? null : value.value().setScale(ConsolidationStore.INDICATOR_SCALE, RoundingMode.HALF_UP);
            if (!same(old == null ? null : old.value(), now)) {
                table.row(value.isCity() ? "全市指标" : "学校指标", value.isCity() ? "" : value.scopeCode(), value.scopeName(), value.indicator().title(),
                        old == null ? "" : old.display(), value.displayValue(),
                        old == null || old.value() == null || value.value() == null ? ""
                                : value.indicator().display().formatChange(value.value().subtract(old.value())), "");
            }
        }
        previous.indicators().forEach((key, old) -> {
            if (!seen.contains(key)) {
                table.row(IndicatorValue.CITY.equals(old.scopeCode()) ? "全市指标" : "学校指标", old.scopeCode(), old.scopeName(), old.id(),
                        old.display(), "", "", "本次没有此项");
            }
        });
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

    private static String schoolName(ReportData data, ReturnOutcome outcome) {
        return outcome.school().map(s -> s.name()).orElse(outcome.reading().content().map(c -> c.schoolName()).orElse(""));
    }
}
