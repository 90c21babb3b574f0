package cn.vocstat.export;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorCalculator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.indicator.Totals;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reference.RegisteredSchool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The per-school tables: one row per accepted return, and the city's totals last. */
final class SchoolTables {

    private SchoolTables() {
    }

    /** A summed figure shown as a column. */
    private record Measure(String header, Format format, Function<Totals, BigDecimal> value) {
    }

    static Table overview(ReportData data) {
        Table.Builder table = Table.named("学校概况", Column.integer("序号"), Column.text("学校标识码"), Column.text("学校名称"),
                Column.text("学校类型"), Column.text("建设水平"), Column.text("举办性质"), Column.text("主管部门"),
                Column.text("数据状态"), Column.text("来源文件"), Column.text("SHA-256"));
        Map<String, AcceptedReturn> accepted = new HashMap<>();
        data.consolidation().accepted().forEach(a -> accepted.put(a.school().code(), a));
        int number = 1;
        for (RegisteredSchool school : data.consolidation().expected()) {
            AcceptedReturn found = accepted.get(school.code());
            if (found == null) {
                table.row(number++, school.code(), school.name(), school.type(), school.level(), "", school.authority(),
                        "缺报", "", "");
            } else {
                var info = found.content().info();
                table.row(number++, school.code(), school.name(), info.text(InfoField.SCHOOL_TYPE), info.text(InfoField.LEVEL),
                        info.text(InfoField.SPONSOR), info.text(InfoField.AUTHORITY), found.carriedOver() ? "沿用上次采用的版本" : "已采用",
                        found.content().source().name(), found.content().source().sha256());
            }
        }
        return table.build();
    }

    static Table studentsAndEmployment(ReportData data) {
        return perSchool(data, "学生与就业", Stream.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES,
                        MajorColumn.EMPLOYED, MajorColumn.DIRECT, MajorColumn.FURTHER)
                        .map(c -> new Measure(c.label(), Format.INTEGER, t -> t.sum(c))).toList(),
                List.of(Indicator.EMPLOYMENT_RATE, Indicator.DIRECT_EMPLOYMENT_SHARE, Indicator.FURTHER_STUDY_SHARE));
    }

    static Table teachers(ReportData data) {
        return perSchool(data, "教师队伍", measures(StaffField.values(), Format.INTEGER, Totals::sum),
                List.of(Indicator.STUDENT_TEACHER_RATIO, Indicator.MID_SENIOR_TITLE_RATIO, Indicator.SENIOR_TITLE_RATIO,
                        Indicator.DUAL_QUALIFIED_RATIO, Indicator.FULL_TIME_TEACHER_SHARE));
    }

    static Table services(ReportData data) {
        return perSchool(data, "社会服务与合作", measures(ServiceField.values(), Format.INTEGER, Totals::sum),
                List.of(Indicator.PARTNER_HIRE_SHARE));
    }

    static Table finance(ReportData data) {
        return perSchool(data, "经费", measures(FinanceField.values(), Format.AMOUNT, Totals::sum), List.of());
    }

    private static <F extends FieldSpec> List<Measure> measures(F[] fields, Format format, java.util.function.BiFunction<Totals, F, BigDecimal> sum) {
        return Stream.of(fields).map(f -> new Measure(f.label() + (f.type() == cn.vocstat.model.FieldType.AMOUNT ? "（万元）" : ""),
                format, t -> sum.apply(t, f))).toList();
    }

    private static Table perSchool(ReportData data, String name, List<Measure> measures, List<Indicator> indicators) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("学校标识码"), Column.text("学校名称")));
        measures.forEach(m -> columns.add(new Column(m.header(), m.format())));
        indicators.forEach(i -> columns.add(new Column(i.title(), IndicatorTables.valueFormat(i.display()))));
        columns.add(Column.text("来源文件"));
        columns.add(Column.text("SHA-256"));
        Table.Builder table = Table.named(name, columns.toArray(Column[]::new));
        List<AcceptedReturn> accepted = data.consolidation().accepted();
        for (AcceptedReturn school : accepted) {
            table.row(cells(data, new Totals(List.of(school.content())), school.school().code(), school.school().name(),
                    measures, indicators, sourceName(school), school.content().source().sha256()));
        }
        Totals city = new Totals(accepted.stream().map(AcceptedReturn::content).toList());
        String coverage = accepted.size() + "/" + data.consolidation().expected().size() + " 所学校";
        table.row(cells(data, city, "", IndicatorCalculator.CITY_NAME + "合计", measures, indicators, coverage, ""));
        return table.build();
    }

    static String sourceName(AcceptedReturn school) {
        return school.content().source().name() + (school.carriedOver() ? "（沿用上次采用的版本）" : "");
    }

    private static Object[] cells(ReportData data, Totals totals, String code, String name, List<Measure> measures,
                                  List<Indicator> indicators, String source, String sha256) {
        List<Object> cells = new ArrayList<>(List.of(code, name));
        measures.forEach(m -> cells.add(m.value().apply(totals)));
        String scope = code.isEmpty() ? IndicatorValue.CITY : code;
        indicators.forEach(i -> {
            IndicatorValue value = data.indicator(i, scope);
            cells.add(value == null ? null : value.value());
        });
        cells.add(source);
        cells.add(sha256);
        return cells.toArray();
    }
}
