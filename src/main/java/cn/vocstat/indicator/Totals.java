package cn.vocstat.indicator;

import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.Figures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The sums and counts over a set of returns that the indicators are computed from. */
public record Totals(List<SchoolReturn> returns) {

    public static final String THROUGH_NONE = "无";
    public static final String ADVISOR_CATEGORY = "指导教师";

    public Totals {
        returns = List.copyOf(returns);
    }

    public int schools() {
        return returns.size();
    }

    public long schoolsWhere(InfoField field, String value) {
        return returns.stream().filter(r -> value.equals(r.info().text(field))).count();
    }

    public BigDecimal sum(MajorColumn column) {
        return sum(majorRows(), column);
    }

    public BigDecimal sum(StaffField field) {
        return sum(returns.stream().map(SchoolReturn::staff), field);
    }

    public BigDecimal sum(ServiceField field) {
        return sum(returns.stream().map(SchoolReturn::services), field);
    }

    public BigDecimal sum(FinanceField field) {
        return sum(returns.stream().map(SchoolReturn::finance), field);
    }

    public BigDecimal sum(StaffField first, StaffField second) {
        return sum(first).add(sum(second));
    }

    /** Distinct catalogue codes: the same major at three schools is one major of the city. */
    public long distinctMajors() {
        return majorRows().map(m -> m.text(MajorColumn.CODE)).filter(Objects::nonNull).distinct().count();
    }

    /** Distinct categories, by the two-digit 专业大类 prefix of the catalogue code (the code wins over the name). */
    public long distinctCategories() {
        return majorRows().map(m -> m.text(MajorColumn.CODE)).filter(c -> c != null && c.length() >= 2)
                .map(c -> c.substring(0, 2)).distinct().count();
    }

    /** Majors as offered by a school (专业点): one per return row. */
    public long majorRowsWhere(Predicate<Figures<MajorColumn>> condition) {
        return majorRows().filter(condition).count();
    }

    public long schoolsWithMajorWhere(Predicate<Figures<MajorColumn>> condition) {
        return returns.stream().filter(r -> r.majors().stream().anyMatch(condition)).count();
    }

    /** Sum of 获奖数 over award lines of the grade, excluding 指导教师 honours, which are counted apart. */
    public BigDecimal awards(String grade) {
        return sum(awardRows().filter(a -> grade.equals(a.text(AwardColumn.GRADE)) && !isAdvisor(a)), AwardColumn.COUNT);
    }

    public BigDecimal advisorAwards() {
        return sum(awardRows().filter(Totals::isAdvisor), AwardColumn.COUNT);
    }

    public static boolean isThrough(Figures<MajorColumn> major) {
        String mode = major.text(MajorColumn.THROUGH);
        return mode != null && !THROUGH_NONE.equals(mode);
    }

    private static boolean isAdvisor(Figures<AwardColumn> award) {
        return ADVISOR_CATEGORY.equals(award.text(AwardColumn.CATEGORY));
    }

    private Stream<Figures<MajorColumn>> majorRows() {
        return rows(SchoolReturn::majors);
    }

    private Stream<Figures<AwardColumn>> awardRows() {
        return rows(SchoolReturn::awards);
    }

    private <F extends FieldSpec> Stream<Figures<F>> rows(Function<SchoolReturn, Collection<Figures<F>>> table) {
        return returns.stream().flatMap(r -> table.apply(r).stream());
    }

    private static <F extends FieldSpec> BigDecimal sum(Stream<Figures<F>> figures, F field) {
        return figures.map(f -> f.amount(field)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
