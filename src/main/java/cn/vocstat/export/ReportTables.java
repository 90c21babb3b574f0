package cn.vocstat.export;

import java.util.List;
import java.util.Optional;

/** The output tables in sheet order; the workbook, the CSV files and the docs list the same tables. */
public final class ReportTables {


    private ReportTables() {
    }

    /** The change report alone, for 变更说明.xlsx: empty when nothing changed. */
    public static Optional<Table> changes(List<Table> tables) {
        return tables.stream().filter(t -> t.name().equals(ChangeTables.SHEET) && ChangeTables.hasChanges(t)).findFirst();
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
                QualityTables.sources(data),
                ChangeTables.changes(data));
    }
}
