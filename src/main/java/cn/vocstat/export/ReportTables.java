package cn.vocstat.export;

import java.util.List;

/** The output tables in sheet order; the workbook, the CSV files and the docs list the same tables. */
public final class ReportTables {

    public static final List<String> SHEETS = List.of("指标汇总", "学校概况", "专业设置", "新增专业", "学生与就业", "教师队伍",
            "技能大赛", "技能大赛明细", "社会服务与合作", "经费", "市级统计", "数据质量", "数据来源");

    private ReportTables() {
    }

    public static List<Table> build(ReportData data) {
        return List.of(
                IndicatorTables.summary(data),
                SchoolTables.overview(data),
                MajorTables.majors(data),
                MajorTables.newMajors(data),
                SchoolTables.studentsAndEmployment(data),
                SchoolTables.teachers(data),
                AwardTables.summary(data),
                AwardTables.lines(data),
                SchoolTables.services(data),
                SchoolTables.finance(data),
                QualityTables.cityStatistics(data),
                QualityTables.findings(data),
                QualityTables.sources(data));
    }
}
