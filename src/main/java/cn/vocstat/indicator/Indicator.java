package cn.vocstat.indicator;

import static cn.vocstat.indicator.Display.AMOUNT;
import static cn.vocstat.indicator.Display.COUNT;
import static cn.vocstat.indicator.Display.PERCENT;
import static cn.vocstat.indicator.Display.RATIO;
import static cn.vocstat.indicator.Display.RATIO_TO_ONE;
import static cn.vocstat.indicator.Fraction.count;
import static cn.vocstat.indicator.Fraction.share;

import cn.vocstat.indicator.Totals.MajorKind;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import cn.vocstat.reference.CityStatisticCode;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indicator catalogue: id, Chinese name, formula as the analyst reads it, display, and the
 * computation itself. The 指标汇总 sheet, the database and the README's indicator list all read it.
 */
public enum Indicator {
    SCHOOLS("schools", "所", "学校数", "纳入统计且报表被采用的学校数", COUNT, false, t -> count(t.schools())),
    SCHOOLS_GENERAL("schools_general", "所", "普通中等专业学校数", "学校类型 = 普通中等专业学校 的学校数", COUNT, false,
            t -> count(t.schoolsWhere(InfoField.SCHOOL_TYPE, "普通中等专业学校"))),
    SCHOOLS_VOCATIONAL_HIGH("schools_vocational_high", "所", "职业高中数", "学校类型 = 职业高中 的学校数", COUNT, false,
            t -> count(t.schoolsWhere(InfoField.SCHOOL_TYPE, "职业高中"))),
    SCHOOLS_PUBLIC("schools_public", "所", "公办学校数", "举办性质 = 公办 的学校数", COUNT, false,
            t -> count(t.schoolsWhere(InfoField.SPONSOR, "公办"))),
    MAJORS("majors", "个", "专业数", "不同专业代码数", COUNT, true, t -> count(t.distinctMajors())),
    MAJOR_POINTS("major_points", "个", "专业点数", "各校所开专业行数之和（同一专业在不同学校各计一次）", COUNT, true,
            t -> count(t.majorRows(MajorKind.ALL))),
    CATEGORIES("categories", "个", "专业大类数", "不同专业大类数（按专业代码前两位）", COUNT, true, t -> count(t.distinctCategories())),
    NEW_MAJORS("new_majors", "个", "新增专业数", "当年新增 = 是 的专业点数", COUNT, true, t -> count(t.majorRows(MajorKind.NEW))),
    NEW_MAJOR_SCHOOLS("new_major_schools", "所", "有新增专业的学校数", "有 当年新增 = 是 专业的学校数", COUNT, false,
            t -> count(t.schoolsWithMajor(MajorKind.NEW))),
    BRAND_MAJORS("brand_majors", "个", "省级品牌专业数", "省级品牌专业 = 是 的专业点数", COUNT, true, t -> count(t.majorRows(MajorKind.BRAND))),
    FEATURED_MAJORS("featured_majors", "个", "省级特色专业数", "省级特色专业 = 是 的专业点数", COUNT, true, t -> count(t.majorRows(MajorKind.FEATURED))),
    THROUGH_MAJORS("through_majors", "个", "贯通培养专业数", "贯通培养 ≠ 无 的专业点数", COUNT, true, t -> count(t.majorRows(MajorKind.THROUGH))),
    THROUGH_SCHOOLS("through_schools", "所", "开展贯通培养的学校数", "有 贯通培养 ≠ 无 专业的学校数", COUNT, false, t -> count(t.schoolsWithMajor(MajorKind.THROUGH))),
    ENROLMENT("enrolment", "人", "招生数", "Σ招生数", COUNT, true, t -> count(t.sum(MajorColumn.ENROLMENT))),
    STUDENTS("students", "人", "在校生数", "Σ在校生数", COUNT, true, t -> count(t.sum(MajorColumn.STUDENTS))),
    GRADUATES("graduates", "人", "毕业生数", "Σ毕业生数", COUNT, true, t -> count(t.sum(MajorColumn.GRADUATES))),
    EMPLOYED("employed", "人", "就业人数", "Σ就业人数（直接就业 + 升学）", COUNT, true, t -> count(t.sum(MajorColumn.EMPLOYED))),
    DIRECT_EMPLOYED("direct_employed", "人", "直接就业人数", "Σ直接就业人数", COUNT, true, t -> count(t.sum(MajorColumn.DIRECT))),
    FURTHER_STUDY("further_study", "人", "升学人数", "Σ升学人数", COUNT, true, t -> count(t.sum(MajorColumn.FURTHER))),
    EMPLOYMENT_RATE("employment_rate", "%", "就业率", "Σ就业人数 / Σ毕业生数", PERCENT, true,
            t -> share(t.sum(MajorColumn.EMPLOYED), t.sum(MajorColumn.GRADUATES))),
    DIRECT_EMPLOYMENT_SHARE("direct_employment_share", "%", "直接就业占比", "Σ直接就业人数 / Σ就业人数", PERCENT, true,
            t -> share(t.sum(MajorColumn.DIRECT), t.sum(MajorColumn.EMPLOYED))),
    FURTHER_STUDY_SHARE("further_study_share", "%", "升学占比", "Σ升学人数 / Σ就业人数", PERCENT, true,
            t -> share(t.sum(MajorColumn.FURTHER), t.sum(MajorColumn.EMPLOYED))),
    STAFF("staff", "人", "教职工总数", "Σ教职工总数", COUNT, true, t -> count(t.sum(StaffField.STAFF_TOTAL))),
    FULL_TIME_TEACHERS("full_time_teachers", "人", "专任教师数", "Σ专任教师数", COUNT, true, t -> count(t.sum(StaffField.FULL_TIME))),
    MID_SENIOR_TEACHERS("mid_senior_teachers", "人", "中高级职称专任教师数", "Σ(高级 + 中级职称专任教师数)", COUNT, true,
            t -> count(t.sum(StaffField.SENIOR, StaffField.INTERMEDIATE))),
    STUDENT_TEACHER_RATIO("student_teacher_ratio", ":1", "生师比", "Σ在校生数 / Σ专任教师数", RATIO_TO_ONE, true,
            t -> share(t.sum(MajorColumn.STUDENTS), t.sum(StaffField.FULL_TIME))),
    MID_SENIOR_TITLE_RATIO("mid_senior_title_ratio", "%", "中高级职称专任教师占比", "Σ(高级 + 中级) / Σ专任教师数", PERCENT, true,
            t -> share(t.sum(StaffField.SENIOR, StaffField.INTERMEDIATE), t.sum(StaffField.FULL_TIME))),
    SENIOR_TITLE_RATIO("senior_title_ratio", "%", "高级职称专任教师占比", "Σ高级 / Σ专任教师数", PERCENT, true,
            t -> share(t.sum(StaffField.SENIOR), t.sum(StaffField.FULL_TIME))),
    DUAL_QUALIFIED_RATIO("dual_qualified_ratio", "%", "双师型教师占比", "Σ双师型 / Σ专任教师数", PERCENT, true,
            t -> share(t.sum(StaffField.DUAL_QUALIFIED), t.sum(StaffField.FULL_TIME))),
    FULL_TIME_TEACHER_SHARE("full_time_teacher_share", "%", "专任教师占教职工比例", "Σ专任教师数 / Σ教职工总数", PERCENT, true,
            t -> share(t.sum(StaffField.FULL_TIME), t.sum(StaffField.STAFF_TOTAL))),
    AWARDS_FIRST("awards_first", "项", "技能大赛一等奖数", "Σ获奖数（奖项等级 = 一等奖，参赛类别为学生或教师）", COUNT, true, t -> count(t.awards("一等奖"))),
    AWARDS_SECOND("awards_second", "项", "技能大赛二等奖数", "Σ获奖数（奖项等级 = 二等奖，参赛类别为学生或教师）", COUNT, true, t -> count(t.awards("二等奖"))),
    AWARDS_THIRD("awards_third", "项", "技能大赛三等奖数", "Σ获奖数（奖项等级 = 三等奖，参赛类别为学生或教师）", COUNT, true, t -> count(t.awards("三等奖"))),
    AWARDS_ADVISORS("awards_advisors", "人次", "获奖指导教师数", "Σ获奖数（参赛类别 = 指导教师）", COUNT, true, t -> count(t.advisorAwards())),
    VOLUNTEER_TEAMS("volunteer_teams", "支", "志愿服务队数", "Σ志愿服务队数", COUNT, true, t -> count(t.sum(ServiceField.VOLUNTEER_TEAMS))),
    VOLUNTEER_ACTIVITIES("volunteer_activities", "次", "志愿服务活动次数", "Σ志愿服务活动次数", COUNT, true, t -> count(t.sum(ServiceField.VOLUNTEER_ACTIVITIES))),
    PARTNER_HIRE_SHARE("partner_hire_share", "%", "合作企业接纳就业占直接就业比例", "Σ合作企业接纳毕业生就业人数 / Σ直接就业人数", PERCENT, true,
            t -> share(t.sum(ServiceField.PARTNER_HIRES), t.sum(MajorColumn.DIRECT))),
    SCHOOL_EXPENDITURE("school_expenditure", "万元", "学校经费总支出", "Σ经费总支出", AMOUNT, true, t -> count(t.sum(FinanceField.EXPENDITURE_TOTAL))),
    SCHOOL_PROJECT_EXPENDITURE("school_project_expenditure", "万元", "学校事业性经费项目支出", "Σ事业性经费项目支出", AMOUNT, true,
            t -> count(t.sum(FinanceField.PROJECT_EXPENDITURE))),
    VOC_FUNDING_SHARE("voc_funding_share", "%", "中职教育经费占教育经费总支出比例", "中等职业教育经费支出 / 教育经费总支出（市级统计）", PERCENT,
            CityFormula.share(CityStatisticCode.VOC_EXP, CityStatisticCode.EDU_EXP_TOTAL)),
    VOC_PER_STUDENT_GROWTH("voc_per_student_growth", "%", "中职生均一般公共预算教育经费增长率", "本年 / 上年 − 1（市级统计）", PERCENT,
            CityFormula.growth(CityStatisticCode.VOC_PER_STUDENT)),
    HS_PER_STUDENT_GROWTH("hs_per_student_growth", "%", "普通高中生均一般公共预算教育经费增长率", "本年 / 上年 − 1（市级统计）", PERCENT,
            CityFormula.growth(CityStatisticCode.HS_PER_STUDENT)),
    VOC_TO_HS_PER_STUDENT("voc_to_hs_per_student", "倍", "中职与普高生均经费之比", "中职生均 / 普高生均（市级统计）", RATIO,
            CityFormula.share(CityStatisticCode.VOC_PER_STUDENT, CityStatisticCode.HS_PER_STUDENT)),
    VOC_PROJECT_EXP_GROWTH("voc_project_exp_growth", "%", "中职事业性经费项目支出增长率", "本年 / 上年 − 1（市级统计）", PERCENT,
            CityFormula.growth(CityStatisticCode.VOC_PROJECT_EXP));

    private final String id;
    private final String unit;
    private final String title;
    private final String formula;
    private final Display display;
    private final boolean perSchool;
    private final Function<Totals, Fraction> fromReturns;
    private final CityFormula fromCity;

    /** The indicator with this id, as stored with its values. */
    public static Indicator byId(String id) {
        for (Indicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("no indicator " + id);
    }

    Indicator(String id, String unit, String title, String formula, Display display, boolean perSchool, Function<Totals, Fraction> fromReturns) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.formula = formula;
        this.display = display;
        this.perSchool = perSchool;
        this.fromReturns = fromReturns;
        this.fromCity = null;
    }

    Indicator(String id, String unit, String title, String formula, Display display, CityFormula fromCity) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.formula = formula;
        this.display = display;
        this.perSchool = false;
        this.fromReturns = null;
        this.fromCity = fromCity;
    }

    public String id() { return id; }
    public String title() { return title; }
    /** What the value counts or measures: 所, 人, %, :1, 万元… */
    public String unit() { return unit; }

    /**
     * What the numerator and denominator count: 元 for the city statistics, 万元 for the schools'
     * funding, and people for every ratio of the returns (students, graduates, teachers, hires).
     */
    public String partsUnit() {
        if (fromCity != null) {
            return "元";
        }
        return display == Display.COUNT || display == Display.AMOUNT ? unit : "人";
    }
    public String formula() { return formula; }
    public Display display() { return display; }
    /** Whether the indicator is also computed for each school. */
    public boolean perSchool() { return perSchool; }
    public boolean fromCityStatistics() { return fromCity != null; }

    /** The city statistic behind the numerator of an indicator from the city statistics. */
    public Optional<CityStatisticCode> numeratorStatistic() {
        return Optional.ofNullable(fromCity).map(CityFormula::numeratorCode);
    }

    /** The city statistic behind the denominator: the other figure of a share, the same figure of the year before for a growth. */
    public Optional<CityStatisticCode> denominatorStatistic() {
        return Optional.ofNullable(fromCity).map(f -> f.isGrowth() ? f.numeratorCode() : f.denominatorCode());
    }

    /** Whether the value is a growth rate on the prior year (本年 / 上年 − 1), whose change is said in %, not in points. */
    public boolean isGrowth() {
        return fromCity != null && fromCity.isGrowth();
    }

    Fraction compute(Totals totals) {
        return fromReturns.apply(totals);
    }

    CityFormula cityFormula() {
        return fromCity;
    }
}
