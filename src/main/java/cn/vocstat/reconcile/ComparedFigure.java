package cn.vocstat.reconcile;

import cn.vocstat.model.FinanceField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** The school figures compared with the school's own prior year (rule P-PRI-01): a few of {@link SchoolFigure#ALL}. */
public enum ComparedFigure {
    STUDENTS(MajorColumn.STUDENTS, s -> s.location(MajorColumn.STUDENTS)),
    ENROLMENT(MajorColumn.ENROLMENT, s -> s.location(MajorColumn.ENROLMENT)),
    GRADUATES(MajorColumn.GRADUATES, s -> s.location(MajorColumn.GRADUATES)),
    FULL_TIME(StaffField.FULL_TIME, s -> s.staff().location(StaffField.FULL_TIME)),
    EXPENDITURE(FinanceField.EXPENDITURE_TOTAL, s -> s.finance().location(FinanceField.EXPENDITURE_TOTAL));

    private final SchoolFigure figure;
    private final Function<SchoolReturn, String> location;

    ComparedFigure(Enum<?> field, Function<SchoolReturn, String> location) {
        String column = field.name().toLowerCase(Locale.ROOT);
        this.figure = SchoolFigure.ALL.stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
        this.location = location;
    }

    public String label() {
        return figure.label();
    }

    /** The column of {@code vs_school} that holds the figure. */
    public String column() {
        return figure.column();
    }

    BigDecimal valueIn(SchoolReturn school) {
        return figure.of(school);
    }

    String locationIn(SchoolReturn school) {
        return location.apply(school);
    }
}
