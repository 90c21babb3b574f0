package cn.vocstat.export;

import cn.vocstat.model.Figures;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reference.CatalogueMajor;
import cn.vocstat.reference.MajorCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** 专业设置 and 新增专业 (the table of 图 4), with the catalogue's names: the code wins. */
final class MajorTables {

    private static final List<MajorColumn> COUNTS = List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES,
            MajorColumn.EMPLOYED, MajorColumn.DIRECT, MajorColumn.FURTHER);

    private MajorTables() {
    }

    static Table majors(ReportData data) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("学校标识码"), Column.text("学校名称"), Column.text("专业代码"),
                Column.text("专业名称"), Column.text("专业大类"), Column.text("当年新增"), Column.text("省级品牌专业"),
                Column.text("省级特色专业"), Column.text("贯通培养")));
        COUNTS.forEach(c -> columns.add(Column.integer(c.label())));
        columns.add(Column.text("来源"));
        Table.Builder table = Table.named("专业设置", columns.toArray(Column[]::new));
        MajorCatalogue catalogue = data.reference().catalogue();
        for (AcceptedReturn school : data.consolidation().accepted()) {
            for (Figures<MajorColumn> major : school.content().majors()) {
                List<Object> cells = new ArrayList<>(List.of(school.school().code(), school.school().name(), major.text(MajorColumn.CODE),
                        name(catalogue, major), category(catalogue, major), yesNo(major, MajorColumn.NEW), yesNo(major, MajorColumn.BRAND),
                        yesNo(major, MajorColumn.FEATURED), major.text(MajorColumn.THROUGH)));
                COUNTS.forEach(c -> cells.add(major.amount(c)));
                cells.add(school.content().source().name() + " " + major.sheet() + "!第" + major.row() + "行");
                table.row(cells.toArray());
            }
        }
        return table.build();
    }

    static Table newMajors(ReportData data) {
        Table.Builder table = Table.named("新增专业", Column.integer("序号"), Column.text("学校名称"), Column.text("新增专业"),
                Column.text("专业代码"), Column.text("专业大类"));
        MajorCatalogue catalogue = data.reference().catalogue();
        int number = 1;
        for (AcceptedReturn school : data.consolidation().accepted()) {
            List<Figures<MajorColumn>> added = school.content().majors().stream().filter(m -> m.flag(MajorColumn.NEW)).toList();
            for (Figures<MajorColumn> major : added) {
                table.row(number++, school.school().name(), name(catalogue, major), major.text(MajorColumn.CODE), category(catalogue, major));
            }
        }
        return table.build();
    }

    private static String name(MajorCatalogue catalogue, Figures<MajorColumn> major) {
        return entry(catalogue, major).map(CatalogueMajor::name).findFirst().orElse(major.text(MajorColumn.NAME));
    }

    private static String category(MajorCatalogue catalogue, Figures<MajorColumn> major) {
        return entry(catalogue, major).map(CatalogueMajor::categoryName).findFirst().orElse(major.text(MajorColumn.CATEGORY));
    }

    private static Stream<CatalogueMajor> entry(MajorCatalogue catalogue, Figures<MajorColumn> major) {
        String code = major.text(MajorColumn.CODE);
        return code == null ? Stream.empty() : catalogue.byCode(code).stream();
    }

    private static String yesNo(Figures<MajorColumn> major, MajorColumn column) {
        return major.flag(column) ? "是" : "否";
    }
}
