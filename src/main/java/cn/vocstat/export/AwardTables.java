package cn.vocstat.export;

import cn.vocstat.model.AwardColumn;
import cn.vocstat.store.RunRows;
import java.util.Comparator;
import java.util.List;

/** 技能大赛: awards by 赛事 × 级别 × 参赛类别 × 奖项等级, and every award line with its source. */
final class AwardTables {

    private static final Comparator<RunRows.AwardSum> ORDER = Comparator
            .comparing(RunRows.AwardSum::contest, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> AwardColumn.LEVEL.choices().indexOf(k.level()))
            .thenComparing(k -> AwardColumn.CATEGORY.choices().indexOf(k.category()))
            .thenComparing(k -> AwardColumn.GRADE.choices().indexOf(k.grade()));

    private AwardTables() {
    }

    static Table summary(RunReport report) {
        Table.Builder table = Table.named("技能大赛", Column.text("赛事名称"), Column.text("级别"), Column.text("参赛类别"),
                Column.text("奖项等级"), Column.integer("获奖数"), Column.integer("学校数"));
        List<RunRows.AwardSum> sums = report.rows().awardSums(report.runId()).stream().sorted(ORDER).toList();
        sums.forEach(sum -> table.row(sum.contest(), sum.level(), sum.category(), sum.grade(), sum.count(), sum.schools()));
        return table.build();
    }

    static Table lines(RunReport report) {
        List<Column> columns = List.of(Column.text("学校标识码"), Column.text("学校名称"), Column.text("赛事名称"),
                Column.text("赛项"), Column.text("级别"), Column.text("参赛类别"), Column.text("奖项等级"), Column.integer("获奖数"),
                Column.trace("来源"));
        return Table.streamed("技能大赛明细", columns, report.rows().awardCount(report.runId()),
                sink -> report.rows().awards(report.runId(), line -> sink.row(line.schoolCode(), line.schoolName(), line.contest(),
                        line.event(), line.level(), line.category(), line.grade(), line.count(),
                        line.fileName() + " " + line.sheet() + "!第" + line.row() + "行")));
    }
}
