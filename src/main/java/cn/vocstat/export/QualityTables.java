package cn.vocstat.export;

import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** 数据质量 (every finding), 数据来源 (every file received) and 市级统计 (the city figures used). */
final class QualityTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private QualityTables() {
    }

    static Table findings(ReportData data) {
        Table.Builder table = Table.named("数据质量", Column.text("学校标识码"), Column.text("学校名称"), Column.text("文件"),
                Column.text("位置"), Column.text("规则编号"), Column.text("规则名称"), Column.text("严重程度"), Column.text("说明"),
                Column.text("处理状态"), Column.text("学校说明或确认"));
        for (Finding finding : data.findings()) {
            table.row(finding.schoolCode(), schoolName(data, finding.schoolCode()), finding.fileName(), finding.location(),
                    finding.rule().id(), finding.rule().title(), finding.severity().label(), finding.message(),
                    finding.resolution().label(), finding.note());
        }
        return table.build();
    }

    static Table sources(ReportData data) {
        Table.Builder table = Table.named("数据来源", Column.text("文件名"), Column.text("学校标识码"), Column.text("学校名称"),
                Column.text("SHA-256"), Column.integer("大小（字节）"), Column.text("接收时间"), Column.text("状态"),
                Column.integer("错误数"), Column.integer("警告数"), Column.integer("提示数"));
        for (ReturnOutcome outcome : data.consolidation().outcomes()) {
            var source = outcome.reading().source();
            table.row(source.name(), outcome.reading().schoolCode(),
                    outcome.school().map(RegisteredSchool::name).orElse(outcome.reading().content().map(c -> c.schoolName()).orElse("")),
                    source.sha256(), source.sizeBytes(), source.receivedAt() == null ? "" : TIME.format(source.receivedAt()),
                    outcome.status().label(), outcome.count(Severity.ERROR), outcome.count(Severity.WARNING), outcome.count(Severity.INFO));
        }
        return table.build();
    }

    static Table cityStatistics(ReportData data) {
        Table.Builder table = Table.named("市级统计", Column.text("指标代码"), Column.text("指标名称"), Column.text("年度"),
                Column.amount("数值（元）"), Column.text("原单位"), Column.text("来源"));
        for (CityStatistic figure : data.reference().cityStatistics().figures()) {
            table.row(figure.code(), figure.name(), String.valueOf(figure.year()), figure.yuan(), figure.unit(), figure.source());
        }
        return table.build();
    }

    private static String schoolName(ReportData data, String code) {
        return code.isEmpty() ? "" : data.reference().registry().byCode(code).map(RegisteredSchool::name).orElse("");
    }
}
