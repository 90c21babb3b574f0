package cn.vocstat.model;

import java.io.Serializable;
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
        Figures<FinanceField> finance,
        List<Figures<ExplanationColumn>> explanations) implements Serializable {

    public SchoolReturn {
        majors = List.copyOf(majors);
        awards = List.copyOf(awards);
        explanations = List.copyOf(explanations);
    }

    /** The same content, traced to another file with the same bytes (a renamed or re-sent file). */
    public SchoolReturn withSource(SourceFile file) {
        return new SchoolReturn(file, info, majors, staff, awards, services, finance, explanations);
    }

    /**
     * The return's 基本信息 and 情况说明 alone: what the reconciliation decides by. A run of ten
     * thousand returns holds this much of each and fetches the rest one return at a time.
     */
    public SchoolReturn light() {
        return new SchoolReturn(source, info, List.of(), Figures.none(staff.sheet()), List.of(), Figures.none(services.sheet()),
                Figures.none(finance.sheet()), explanations);
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

    /** Where a column of the majors table was read: {@code 学生与专业!I3:I15}. */
    public String location(MajorColumn column) {
        if (majors.isEmpty()) {
            return FormSheet.MAJORS.title();
        }
        Figures<MajorColumn> first = majors.get(0);
        String top = first.cells().get(column);
        String bottom = majors.get(majors.size() - 1).cells().get(column);
        return top == null ? first.sheet() : first.sheet() + "!" + top + (top.equals(bottom) ? "" : ":" + bottom);
    }
}
