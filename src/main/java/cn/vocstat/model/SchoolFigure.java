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
 * report are these, in this order. A sum of a table column is bounded by the column's limit times
 * the rows a sheet may have.
 */
public record SchoolFigure(String column, String label, FieldLimit limit, FieldSpec field, Function<SchoolReturn, BigDecimal> value,
                           Function<SchoolReturn, String> where) {

    public static final List<SchoolFigure> ALL = all();

    public BigDecimal of(SchoolReturn school) {
        return value.apply(school);
    }

    /** Where the figure was read in the return: {@code 学生与专业!I3:I15}, {@code 经费!B5}. */
    public String location(SchoolReturn school) {
        return where.apply(school);
    }

    private static List<SchoolFigure> all() {
        List<SchoolFigure> figures = new ArrayList<>();
        for (MajorColumn column : List.of(MajorColumn.ENROLMENT, MajorColumn.STUDENTS, MajorColumn.GRADUATES, MajorColumn.EMPLOYED,
                MajorColumn.DIRECT, MajorColumn.FURTHER)) {
            FieldLimit sum = FieldLimit.count(column.limit().max().longValueExact() * FormSheet.MAX_ROWS);
            figures.add(new SchoolFigure(column(column), column.label(), sum, column,
                    school -> school.majors().stream().map(m -> m.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add),
                    school -> school.location(column)));
        }
        for (StaffField field : StaffField.values()) {
            figures.add(new SchoolFigure(column(field), field.label(), field.limit(), field, school -> school.staff().amount(field),
                    school -> school.staff().location(field)));
        }
        for (ServiceField field : ServiceField.values()) {
            figures.add(new SchoolFigure(column(field), field.label(), field.limit(), field, school -> school.services().amount(field),
                    school -> school.services().location(field)));
        }
        for (FinanceField field : FinanceField.values()) {
            figures.add(new SchoolFigure(column(field), field.label() + "（万元）", field.limit(), field, school -> school.finance().amount(field),
                    school -> school.finance().location(field)));
        }
        return Collections.unmodifiableList(figures);
    }

    /** The column a field's figure is stored in. */
    public static String column(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT);
    }
}
