package cn.vocstat.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A figure of one school as consolidated: the sums of its majors table and every value of its
 * staff, cooperation and funding sheets. The column of {@code vs_school} and the rows of the change
 * report are these, in this order.
 */
public record SchoolFigure(String column, String label, Function<SchoolReturn, BigDecimal> value) {

    public static final List<SchoolFigure> ALL = all();

    public BigDecimal of(SchoolReturn school) {
        return value.apply(school);
    }

    private static List<SchoolFigure> all() {
        List<SchoolFigure> figures = new ArrayList<>();
        for (MajorColumn column : List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES, MajorColumn.EMPLOYED,
                MajorColumn.DIRECT, MajorColumn.FURTHER)) {
            figures.add(new SchoolFigure(column(column), column.label(),
                    school -> school.majors().stream().map(m -> m.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        for (StaffField field : StaffField.values()) {
            figures.add(new SchoolFigure(column(field), field.label(), school -> school.staff().amount(field)));
        }
        for (ServiceField field : ServiceField.values()) {
            figures.add(new SchoolFigure(column(field), field.label(), school -> school.services().amount(field)));
        }
        for (FinanceField field : FinanceField.values()) {
            figures.add(new SchoolFigure(column(field), field.label() + "（万元）", school -> school.finance().amount(field)));
        }
        return Collections.unmodifiableList(figures);
    }

    private static String column(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT);
    }
}
