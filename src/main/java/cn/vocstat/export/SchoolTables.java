package cn.vocstat.export;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.store.RunRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The per-school tables: one row per accepted return in registry order, and the city's totals last. */
final class SchoolTables {

    private SchoolTables() {
    }

    /** A stored school figure shown as a column. */
    private record Measure(String header, Format format, String column) {
    }

    static Table overview(RunReport report) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("学校标识码"), Column.text("学校名称"),
                Column.text("学校类型"), Column.text("建设水平"), Column.text("举办性质"), Column.text("主管部门"),
                Column.text("数据状态"), Column.trace("来源文件"));
        List<RegisteredSchool> expected = report.reference().registry().counted();
        return Table.streamed("学校概况", columns, expected.size(), sink -> {
            int[] next = {0};
            report.rows().schools(report.runId(), List.of(), school -> {
                while (!expected.get(next[0]).code().equals(school.code())) {
                    missing(sink, expected.get(next[0]), ++next[0]);
                }
                sink.row(++next[0], school.code(), school.name(), school.type(), school.level(), school.sponsor(), school.authority(),
                        school.carriedOver() ? "沿用上次采用的版本" : "已采用", school.fileName());
            });
            while (next[0] < expected.size()) {
                missing(sink, expected.get(next[0]), ++next[0]);
            }
        });
    }

    private static void missing(Table.Sink sink, RegisteredSchool school, int number) {
        sink.row(number, school.code(), school.name(), school.type(), school.level(), "", school.authority(), "缺报", "");
    }

    static Table studentsAndEmployment(RunReport report) {
        return perSchool(report, "学生与就业", Stream.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES,
                        MajorColumn.EMPLOYED, MajorColumn.DIRECT, MajorColumn.FURTHER)
                        .map(c -> new Measure(c.label(), Format.INTEGER, SchoolFigure.column(c))).toList(),
                List.of(Indicator.EMPLOYMENT_RATE, Indicator.DIRECT_EMPLOYMENT_SHARE, Indicator.FURTHER_STUDY_SHARE));
    }

    static Table teachers(RunReport report) {
        return perSchool(report, "教师队伍", measures(StaffField.values(), Format.INTEGER),
                List.of(Indicator.STUDENT_TEACHER_RATIO, Indicator.MID_SENIOR_TITLE_RATIO, Indicator.SENIOR_TITLE_RATIO,
                        Indicator.DUAL_QUALIFIED_RATIO, Indicator.FULL_TIME_TEACHER_SHARE));
    }

    static Table services(RunReport report) {
        return perSchool(report, "社会服务与合作", measures(ServiceField.values(), Format.INTEGER), List.of(Indicator.PARTNER_HIRE_SHARE));
    }

    static Table finance(RunReport report) {
        return perSchool(report, "经费", measures(FinanceField.values(), Format.AMOUNT), List.of());
    }

    private static <F extends Enum<F> & FieldSpec> List<Measure> measures(F[] fields, Format format) {
        return Stream.of(fields).map(f -> new Measure(f.label() + (f.type() == FieldType.AMOUNT ? "（万元）" : ""), format,
                SchoolFigure.column(f))).toList();
    }

    private static Table perSchool(RunReport report, String name, List<Measure> measures, List<Indicator> indicators) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("学校标识码"), Column.text("学校名称")));
        measures.forEach(m -> columns.add(new Column(m.header(), m.format())));
        indicators.forEach(i -> columns.add(new Column(i.title(), IndicatorTables.valueFormat(i.display()))));
        columns.add(Column.trace("来源文件"));
        long runId = report.runId();
        long schools = report.rows().schoolCount(runId);
        return Table.streamed(name, columns, schools + 1, sink -> {
            report.rows().schools(runId, indicators, school -> sink.row(cells(school.code(), school.name(), measures, school.figures(),
                    school.indicators(), sourceName(school))));
            String coverage = schools + "/" + report.reference().registry().counted().size() + " 所学校";
            sink.row(cells("", IndicatorCalculator.CITY_NAME + "合计", measures, report.rows().figureTotals(runId),
                    report.rows().cityIndicators(runId, indicators), coverage));
        });
    }

    private static String sourceName(RunRows.SchoolRow school) {
        return school.fileName() + (school.carriedOver() ? "（沿用上次采用的版本）" : "");
    }

    private static Object[] cells(String code, String name, List<Measure> measures, Map<String, BigDecimal> figures,
                                  List<BigDecimal> indicators, String source) {
        List<Object> cells = new ArrayList<>(List.of(code, name));
        measures.forEach(m -> cells.add(figures.get(m.column())));
        cells.addAll(indicators);
        cells.add(source);
        return cells.toArray();
    }
}
