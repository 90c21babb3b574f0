package cn.vocstat.model;

import java.time.LocalDate;
import java.util.List;

/** One school's annual return as read from its workbook. */
public record SchoolReturn(
        SourceFile source,
        Figures<InfoField> info,
        List<Figures<MajorColumn>> majors,
        Figures<StaffField> staff,
        List<Figures<AwardColumn>> awards,
        Figures<ServiceField> services,
        Figures<FinanceField> finance) {

    public SchoolReturn {
        majors = List.copyOf(majors);
        awards = List.copyOf(awards);
    }

    public String schoolCode() {
        return info.text(InfoField.SCHOOL_CODE);
    }

    public String schoolName() {
        return info.text(InfoField.SCHOOL_NAME);
    }

    public Integer year() {
        return (Integer) info.value(InfoField.YEAR);
    }

    public LocalDate fillDate() {
        return (LocalDate) info.value(InfoField.FILL_DATE);
    }
}
