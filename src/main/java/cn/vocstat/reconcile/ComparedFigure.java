package cn.vocstat.reconcile;

import cn.vocstat.model.FinanceField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** The school figures compared with the school's own prior year (rule P-PRI-01). */
public enum ComparedFigure {
    STUDENTS(MajorColumn.STUDENTS.label(), MajorColumn.STUDENTS.name(), school -> sum(school, MajorColumn.STUDENTS), s -> s.location(MajorColumn.STUDENTS)),
    ENROLMENT(MajorColumn.ENROLMENT.label(), MajorColumn.ENROLMENT.name(), school -> sum(school, MajorColumn.ENROLMENT), s -> s.location(MajorColumn.ENROLMENT)),
    GRADUATES(MajorColumn.GRADUATES.label(), MajorColumn.GRADUATES.name(), school -> sum(school, MajorColumn.GRADUATES), s -> s.location(MajorColumn.GRADUATES)),
    FULL_TIME(StaffField.FULL_TIME.label(), StaffField.FULL_TIME.name(), school -> school.staff().number(StaffField.FULL_TIME),
            s -> s.staff().location(StaffField.FULL_TIME)),
    EXPENDITURE(FinanceField.EXPENDITURE_TOTAL.label(), FinanceField.EXPENDITURE_TOTAL.name(),
            school -> school.finance().number(FinanceField.EXPENDITURE_TOTAL), s -> s.finance().location(FinanceField.EXPENDITURE_TOTAL));

    private final String label;
    private final String column;
    private final Function<SchoolReturn, BigDecimal> value;
    private final Function<SchoolReturn, String> location;

    ComparedFigure(String label, String field, Function<SchoolReturn, BigDecimal> value, Function<SchoolReturn, String> location) {
        this.label = label;
        this.column = field.toLowerCase(Locale.ROOT);
        this.value = value;
        this.location = location;
    }

    public String label() {
        return label;
    }

    /** The column of {@code vs_school} that holds the figure. */
    public String column() {
        return column;
    }

    BigDecimal valueIn(SchoolReturn school) {
        return value.apply(school);
    }

    String locationIn(SchoolReturn school) {
        return location.apply(school);
    }

    private static BigDecimal sum(SchoolReturn school, MajorColumn column) {
        return school.majors().stream().map(m -> m.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
