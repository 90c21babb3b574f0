package cn.vocstat.export;

import cn.vocstat.reference.CityStatistic;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 数据质量 (every finding), 数据来源 (every file received) and 市级统计 (the city figures used). */
final class QualityTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private QualityTables() {
    }

    static Table findings(RunReport report) {
        List<Column> columns = List.of(Column.text("学校标识码"), Column.text("学校名称"), Column.text("文件"),
                Column.text("位置"), Column.text("规则编号"), Column.text("规则名称"), Column.text("严重程度"), Column.note("说明"),
                Column.text("处理状态"), Column.note("学校说明或确认"));
        return Table.streamed("数据质量", columns, report.rows().findingCount(report.runId()),
                sink -> report.rows().findings(report.runId(), finding -> sink.row(finding.schoolCode(),
                        report.schoolName(finding.schoolCode(), ""), finding.fileName(), finding.location(), finding.rule().id(),
                        finding.rule().title(), finding.severity().label(), finding.message(), finding.resolution().label(), finding.note())));
    }

    static Table sources(RunReport report) {
        List<Column> columns = List.of(Column.text("文件名"), Column.text("学校标识码"), Column.text("学校名称"),
                Column.text("SHA-256"), Column.integer("大小（字节）"), Column.text("接收时间"), Column.text("状态"),
                Column.integer("错误数"), Column.integer("警告数"), Column.integer("提示数"));
        return Table.streamed("数据来源", columns, report.rows().fileCount(report.runId()),
                sink -> report.rows().files(report.runId(), report.returnsDir(), file -> {
                    var source = file.source();
                    sink.row(source.name(), file.schoolCode(), report.schoolName(file.schoolCode(), file.schoolName()), source.sha256(),
                            source.sizeBytes(), source.receivedAt() == null ? "" : TIME.format(source.receivedAt()), file.status().label(),
                            file.errors(), file.warnings(), file.infos());
                }));
    }

    /** The city statistics as received (33.29 亿元) and converted exactly to 元, the unit the indicators use. */
    static Table cityStatistics(RunReport report) {
        Table.Builder table = Table.named("市级统计", Column.text("指标名称"), Column.text("年度"), Column.amount("数值"),
                Column.text("单位"), Column.amount("折合元"), Column.text("指标代码"), Column.note("来源"));
        for (CityStatistic figure : report.reference().cityStatistics().figures()) {
            table.row(figure.name(), String.valueOf(figure.year()), figure.inUnit(), figure.unit(), figure.yuan(), figure.code(),
                    figure.source());
        }
        return table.build();
    }
}
