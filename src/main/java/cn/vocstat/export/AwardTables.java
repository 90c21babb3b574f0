package cn.vocstat.export;

import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.Figures;
import cn.vocstat.reconcile.AcceptedReturn;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** 技能大赛: awards by 赛事 × 级别 × 参赛类别 × 奖项等级, and every award line with its source. */
final class AwardTables {

    private AwardTables() {
    }

    private record Key(String contest, String level, String category, String grade) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::contest)
            .thenComparing(k -> AwardColumn.LEVEL.choices().indexOf(k.level()))
            .thenComparing(k -> AwardColumn.CATEGORY.choices().indexOf(k.category()))
            .thenComparing(k -> AwardColumn.GRADE.choices().indexOf(k.grade()));

    static Table summary(ReportData data) {
        Map<Key, BigDecimal> awards = new TreeMap<>(ORDER);
        Map<Key, Set<String>> schools = new TreeMap<>(ORDER);
        for (AcceptedReturn school : data.consolidation().accepted()) {
            for (Figures<AwardColumn> line : school.content().awards()) {
                Key key = new Key(line.text(AwardColumn.CONTEST), line.text(AwardColumn.LEVEL), line.text(AwardColumn.CATEGORY), line.text(AwardColumn.GRADE));
                awards.merge(key, line.amount(AwardColumn.COUNT), BigDecimal::add);
                schools.computeIfAbsent(key, k -> new HashSet<>()).add(school.school().code());
            }
        }
        Table.Builder table = Table.named("技能大赛", Column.text("赛事名称"), Column.text("级别"), Column.text("参赛类别"),
                Column.text("奖项等级"), Column.integer("获奖数"), Column.integer("学校数"));
        awards.forEach((key, count) -> table.row(key.contest(), key.level(), key.category(), key.grade(), count, schools.get(key).size()));
        return table.build();
    }

    static Table lines(ReportData data) {
        Table.Builder table = Table.named("技能大赛明细", Column.text("学校标识码"), Column.text("学校名称"), Column.text("赛事名称"),
                Column.text("赛项"), Column.text("级别"), Column.text("参赛类别"), Column.text("奖项等级"), Column.integer("获奖数"),
                Column.text("来源"));
        for (AcceptedReturn school : data.consolidation().accepted()) {
            for (Figures<AwardColumn> line : school.content().awards()) {
                List<Object> cells = List.of(school.school().code(), school.school().name(), line.text(AwardColumn.CONTEST),
                        line.text(AwardColumn.EVENT), line.text(AwardColumn.LEVEL), line.text(AwardColumn.CATEGORY),
                        line.text(AwardColumn.GRADE), line.amount(AwardColumn.COUNT),
                        school.content().source().name() + " " + line.sheet() + "!第" + line.row() + "行");
                table.row(cells.toArray());
            }
        }
        return table.build();
    }
}
