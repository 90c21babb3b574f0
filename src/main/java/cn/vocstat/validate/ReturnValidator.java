package cn.vocstat.validate;

import cn.vocstat.ingest.Labels;
import cn.vocstat.model.AwardColumn;
import cn.vocstat.model.Figures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.SourceFile;
import cn.vocstat.model.StaffField;
import cn.vocstat.reference.CatalogueMajor;
import cn.vocstat.reference.MajorCatalogue;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks one return can answer on its own: the year, the same-row rules of each major, the
 * bounds between figures of one sheet or across sheets, and the major catalogue.
 */
public final class ReturnValidator {

    private final int reportYear;
    private final MajorCatalogue catalogue;

    public ReturnValidator(int reportYear, MajorCatalogue catalogue) {
        this.reportYear = reportYear;
        this.catalogue = catalogue;
    }

    public ReturnReading validate(ReturnReading reading) {
        if (reading.content().isEmpty()) {
            return reading;
        }
        SchoolReturn school = reading.content().get();
        Checks checks = new Checks(school.source());
        checkYear(school, checks);
        checkMajors(school, checks);
        checkStaff(school.staff(), checks);
        checkFinance(school.finance(), checks);
        checkAwards(school, checks);
        checkPartnerHires(school, checks);
        String code = Optional.ofNullable(school.schoolCode()).orElse("");
        List<Finding> all = new ArrayList<>();
        reading.withFindings(checks.found).findings().forEach(f -> all.add(f.forSchool(code)));
        return new ReturnReading(reading.source(), reading.content(), all);
    }

    private void checkYear(SchoolReturn school, Checks checks) {
        Integer year = school.year();
        if (year != null && year != reportYear) {
            checks.add(Rule.YEAR_MISMATCH, school.info().location(InfoField.YEAR), year, reportYear);
        }
    }

    private void checkMajors(SchoolReturn school, Checks checks) {
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (Figures<MajorColumn> major : school.majors()) {
            BigDecimal employed = major.number(MajorColumn.EMPLOYED);
            BigDecimal direct = major.number(MajorColumn.DIRECT);
            BigDecimal further = major.number(MajorColumn.FURTHER);
            BigDecimal graduates = major.number(MajorColumn.GRADUATES);
            BigDecimal enrolment = major.number(MajorColumn.ENROLMENT);
            BigDecimal students = major.number(MajorColumn.STUDENTS);
            if (employed != null && direct != null && further != null && employed.compareTo(direct.add(further)) != 0) {
                checks.add(Rule.EMPLOYED_SUM, major.location(MajorColumn.EMPLOYED), employed, direct, further);
            }
            if (employed != null && graduates != null && employed.compareTo(graduates) > 0) {
                checks.add(Rule.EMPLOYED_OVER_GRADUATES, major.location(MajorColumn.EMPLOYED), employed, graduates);
            }
            if (enrolment != null && students != null && enrolment.compareTo(students) > 0) {
                checks.add(Rule.ENROLMENT_OVER_STUDENTS, major.location(MajorColumn.ENROLMENT), enrolment, students);
            }
            if (major.flag(MajorColumn.NEW) && graduates != null && graduates.signum() > 0) {
                checks.add(Rule.NEW_MAJOR_GRADUATES, major.location(MajorColumn.GRADUATES), major.text(MajorColumn.NAME), graduates);
            }
            String code = major.text(MajorColumn.CODE);
            if (code == null) {
                continue;
            }
            Integer firstRow = firstRowOfCode.putIfAbsent(code, major.row());
            if (firstRow != null) {
                checks.add(Rule.MAJOR_DUPLICATE, major.location(MajorColumn.CODE), code, firstRow);
            }
            checkCatalogue(major, code, checks);
        }
    }

    private void checkCatalogue(Figures<MajorColumn> major, String code, Checks checks) {
        Optional<CatalogueMajor> entry = catalogue.byCode(code);
        if (entry.isEmpty()) {
            String nearest = catalogue.nearest(code, major.text(MajorColumn.NAME))
                    .map(m -> "：目录中最接近的是 " + m.code() + " " + m.name() + "，请核对后按目录填写").orElse("：请按目录填写专业代码");
            checks.add(Rule.MAJOR_UNKNOWN, major.location(MajorColumn.CODE), code, catalogue.edition(), new Rule.Wording(nearest));
            return;
        }
        String name = major.text(MajorColumn.NAME);
        if (name != null && !catalogue.isNameOf(name, entry.get())) {
            checks.add(Rule.MAJOR_NAME_DIFFERS, major.location(MajorColumn.NAME), code, entry.get().name(), name);
        }
        String category = major.text(MajorColumn.CATEGORY);
        if (category != null && !sameCategory(category, entry.get().categoryName())) {
            checks.add(Rule.MAJOR_CATEGORY_DIFFERS, major.location(MajorColumn.CATEGORY), code, entry.get().categoryName(), category);
        }
    }

    /** Schools write the category with or without its 大类 suffix: 装备制造 and 装备制造大类 are the same. */
    private static boolean sameCategory(String given, String catalogueName) {
        String bare = catalogueName.endsWith("大类") ? catalogueName.substring(0, catalogueName.length() - 2) : catalogueName;
        String normalised = Labels.normalise(given);
        return normalised.equals(catalogueName) || normalised.equals(bare);
    }

    private static void checkStaff(Figures<StaffField> staff, Checks checks) {
        BigDecimal fullTime = staff.number(StaffField.FULL_TIME);
        BigDecimal all = staff.number(StaffField.STAFF_TOTAL);
        BigDecimal senior = staff.number(StaffField.SENIOR);
        BigDecimal intermediate = staff.number(StaffField.INTERMEDIATE);
        BigDecimal dual = staff.number(StaffField.DUAL_QUALIFIED);
        if (fullTime == null) {
            return;
        }
        if (senior != null && intermediate != null && senior.add(intermediate).compareTo(fullTime) > 0) {
            checks.add(Rule.TITLES_OVER_TEACHERS, staff.location(StaffField.SENIOR), senior, intermediate, fullTime);
        }
        if (all != null && fullTime.compareTo(all) > 0) {
            checks.add(Rule.TEACHERS_OVER_STAFF, staff.location(StaffField.FULL_TIME), fullTime, all);
        }
        if (dual != null && dual.compareTo(fullTime) > 0) {
            checks.add(Rule.DUAL_OVER_TEACHERS, staff.location(StaffField.DUAL_QUALIFIED), dual, fullTime);
        }
    }

    private static void checkFinance(Figures<FinanceField> finance, Checks checks) {
        BigDecimal income = finance.number(FinanceField.INCOME_TOTAL);
        BigDecimal fiscal = finance.number(FinanceField.FISCAL_INCOME);
        BigDecimal expenditure = finance.number(FinanceField.EXPENDITURE_TOTAL);
        BigDecimal project = finance.number(FinanceField.PROJECT_EXPENDITURE);
        if (income != null && fiscal != null && fiscal.compareTo(income) > 0) {
            checks.add(Rule.FISCAL_OVER_INCOME, finance.location(FinanceField.FISCAL_INCOME), fiscal.toPlainString(), income.toPlainString());
        }
        if (expenditure != null && project != null && project.compareTo(expenditure) > 0) {
            checks.add(Rule.PROJECT_OVER_EXPENDITURE, finance.location(FinanceField.PROJECT_EXPENDITURE), project.toPlainString(), expenditure.toPlainString());
        }
    }

    private static void checkAwards(SchoolReturn school, Checks checks) {
        for (Figures<AwardColumn> award : school.awards()) {
            BigDecimal count = award.number(AwardColumn.COUNT);
            if (count != null && count.signum() == 0) {
                checks.add(Rule.AWARD_COUNT, award.location(AwardColumn.COUNT), count);
            }
        }
    }

    private static void checkPartnerHires(SchoolReturn school, Checks checks) {
        BigDecimal hires = school.services().number(ServiceField.PARTNER_HIRES);
        if (hires == null) {
            return;
        }
        BigDecimal direct = school.majors().stream().map(m -> m.amount(MajorColumn.DIRECT)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (hires.compareTo(direct) > 0) {
            checks.add(Rule.PARTNER_HIRES_OVER_DIRECT, school.services().location(ServiceField.PARTNER_HIRES), hires, direct);
        }
    }

    /** Findings of one return, all naming its file. */
    private static final class Checks {
        private final SourceFile file;
        private final List<Finding> found = new ArrayList<>();

        Checks(SourceFile file) {
            this.file = file;
        }

        void add(Rule rule, String location, Object... args) {
            found.add(Finding.of(rule, file, location, args));
        }
    }
}
