package cn.vocstat.indicator;

import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.Figures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sums and counts the indicators are computed from, over a set of returns. It is an
 * accumulator: returns are added one at a time and forgotten, so the city's totals over ten
 * thousand returns take no more memory than one school's (the distinct major codes and categories
 * are bounded by the catalogue).
 */
public final class Totals {

    public static final String THROUGH_NONE = "无";
    public static final String ADVISOR_CATEGORY = "指导教师";

    /** The kinds of major row the indicators count: every row, or those with a flag. */
    public enum MajorKind {
        ALL(m -> true),
        NEW(m -> m.flag(MajorColumn.NEW)),
        BRAND(m -> m.flag(MajorColumn.BRAND)),
        FEATURED(m -> m.flag(MajorColumn.FEATURED)),
        THROUGH(m -> {
            String mode = m.text(MajorColumn.THROUGH);
            return mode != null && !THROUGH_NONE.equals(mode);
        });

        private final Predicate<Figures<MajorColumn>> test;

        MajorKind(Predicate<Figures<MajorColumn>> test) {
            this.test = test;
        }

        boolean matches(Figures<MajorColumn> major) {
            return test.test(major);
        }
    }

    /** The info fields whose values the indicators count schools by. */
    private static final List<InfoField> COUNTED_INFO = List.of(InfoField.SCHOOL_TYPE, InfoField.SPONSOR);

    private int schools;
    private final Map<String, Long> schoolsByInfo = new HashMap<>();
    private final Map<FieldSpec, BigDecimal> sums = new HashMap<>();
    private final Set<String> majorCodes = new HashSet<>();
    private final Set<String> categories = new HashSet<>();
    private final Map<MajorKind, Long> majorRows = new EnumMap<>(MajorKind.class);
    private final Map<MajorKind, Long> schoolsWithMajor = new EnumMap<>(MajorKind.class);
    private final Map<String, BigDecimal> awardsByGrade = new HashMap<>();
    private BigDecimal advisorAwards = BigDecimal.ZERO;

    /** The totals of the returns, added one by one. */
    public static Totals of(List<SchoolReturn> returns) {
        Totals totals = new Totals();
        returns.forEach(totals::add);
        return totals;
    }

    /** Adds one return's figures; the return itself is not kept. */
    public Totals add(SchoolReturn school) {
        schools++;
        for (InfoField field : COUNTED_INFO) {
            schoolsByInfo.merge(field + "|" + school.info().text(field), 1L, Long::sum);
        }
        for (MajorKind kind : MajorKind.values()) {
            long rows = school.majors().stream().filter(kind::matches).count();
            majorRows.merge(kind, rows, Long::sum);
            schoolsWithMajor.merge(kind, rows > 0 ? 1L : 0L, Long::sum);
        }
        for (Figures<MajorColumn> major : school.majors()) {
            for (MajorColumn column : MajorColumn.values()) {
                if (column.type() == FieldType.COUNT) {
                    sums.merge(column, major.amount(column), BigDecimal::add);
                }
            }
            String code = major.text(MajorColumn.CODE);
            if (code != null) {
                majorCodes.add(code);
                if (code.length() >= 2) {
                    categories.add(code.substring(0, 2));
                }
            }
        }
        addAll(school.staff(), StaffField.values());
        addAll(school.services(), ServiceField.values());
        addAll(school.finance(), FinanceField.values());
        for (Figures<AwardColumn> award : school.awards()) {
            BigDecimal count = award.amount(AwardColumn.COUNT);
            if (ADVISOR_CATEGORY.equals(award.text(AwardColumn.CATEGORY))) {
                advisorAwards = advisorAwards.add(count);
            } else {
                awardsByGrade.merge(String.valueOf(award.text(AwardColumn.GRADE)), count, BigDecimal::add);
            }
        }
        return this;
    }

    private <F extends FieldSpec> void addAll(Figures<F> figures, F[] fields) {
        for (F field : fields) {
            sums.merge(field, figures.amount(field), BigDecimal::add);
        }
    }

    public int schools() {
        return schools;
    }

    public long schoolsWhere(InfoField field, String value) {
        return schoolsByInfo.getOrDefault(field + "|" + value, 0L);
    }

    public BigDecimal sum(MajorColumn column) {
        return sumOf(column);
    }

    public BigDecimal sum(StaffField field) {
        return sumOf(field);
    }

    public BigDecimal sum(ServiceField field) {
        return sumOf(field);
    }

    public BigDecimal sum(FinanceField field) {
        return sumOf(field);
    }

    public BigDecimal sum(StaffField first, StaffField second) {
        return sum(first).add(sum(second));
    }

    private BigDecimal sumOf(FieldSpec field) {
        return sums.getOrDefault(field, BigDecimal.ZERO);
    }

    /** Distinct catalogue codes: the same major at three schools is one major of the city. */
    public long distinctMajors() {
        return majorCodes.size();
    }

    /** Distinct categories, by the two-digit 专业大类 prefix of the catalogue code (the code wins over the name). */
    public long distinctCategories() {
        return categories.size();
    }

    /** Majors as offered by a school (专业点) of the kind: one per return row. */
    public long majorRows(MajorKind kind) {
        return majorRows.getOrDefault(kind, 0L);
    }

    public long schoolsWithMajor(MajorKind kind) {
        return schoolsWithMajor.getOrDefault(kind, 0L);
    }

    /** Sum of 获奖数 over award lines of the grade, excluding 指导教师 honours, which are counted apart. */
    public BigDecimal awards(String grade) {
        return awardsByGrade.getOrDefault(grade, BigDecimal.ZERO);
    }

    public BigDecimal advisorAwards() {
        return advisorAwards;
    }
}
