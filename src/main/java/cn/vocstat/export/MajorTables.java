package cn.vocstat.export;

import cn.vocstat.model.MajorColumn;
import cn.vocstat.store.RunRows;
import java.util.ArrayList;
import java.util.List;

/** 专业设置 and 新增专业 (the table of 图 4), with the catalogue's names: the code wins. */
final class MajorTables {

    private static final List<MajorColumn> COUNTS = List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES,
            MajorColumn.EMPLOYED, MajorColumn.DIRECT, MajorColumn.FURTHER);

    private MajorTables() {
    }

    static Table majors(RunReport report) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("学校标识码"), Column.text("学校名称"), Column.text("专业代码"),
                Column.text("专业名称"), Column.text("专业大类"), Column.text("当年新增"), Column.text("省级品牌专业"),
                Column.text("省级特色专业"), Column.text("贯通培养")));
        COUNTS.forEach(c -> columns.add(Column.integer(c.label())));
        columns.add(Column.trace("来源"));
        return Table.streamed("专业设置", columns, report.rows().majorCount(report.runId(), false),
                sink -> report.rows().majors(report.runId(), false, major -> {
                    List<Object> cells = new ArrayList<>(List.of(major.schoolCode(), major.schoolName(), major.code(), major.name(),
                            major.category(), yesNo(major.isNew()), yesNo(major.brand()), yesNo(major.featured()), major.through()));
                    cells.addAll(major.counts());
                    cells.add(source(major));
                    sink.row(cells.toArray());
                }));
    }

    static Table newMajors(RunReport report) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("学校名称"), Column.text("新增专业"), Column.text("专业代码"),
                Column.text("专业大类"));
        return Table.streamed("新增专业", columns, report.rows().majorCount(report.runId(), true), sink -> {
            int[] number = {1};
            report.rows().majors(report.runId(), true, major -> sink.row(number[0]++, major.schoolName(), major.name(), major.code(),
                    major.category()));
        });
    }

    private static String source(RunRows.MajorRow major) {
        return major.fileName() + " " + major.sheet() + "!第" + major.row() + "行";
    }

    private static String yesNo(boolean flag) {
        return flag ? "是" : "否";
    }
}
