package cn.vocstat.model;

import static java.util.Map.entry;

import java.util.Map;

/**
 * What each figure of the form counts (统计口径), in the words of the form: printed beside the label
 * of the blank form and in its instructions, so that every school counts the same thing.
 */
public final class FieldDefinitions {

    private static final Map<FieldSpec, String> DEFINITIONS = Map.ofEntries(
            entry(InfoField.TEMPLATE_VERSION, "本表的表号，不要修改"),
            entry(InfoField.YEAR, "四位年份"),
            entry(InfoField.SCHOOL_CODE, "10 位全国学校标识码，按文本填写，保留开头的 0"),
            entry(InfoField.SCHOOL_NAME, "学校的规范全称"),
            entry(InfoField.AUTHORITY, "学校的主管部门，例如 阳泉市教育局"),
            entry(InfoField.FILLER, "只供联系，不进入汇总表"),
            entry(InfoField.PHONE, "只供联系，不进入汇总表"),
            entry(InfoField.FILL_DATE, "例如 2026-01-10"),
            entry(MajorColumn.CODE, "从下拉列表选择《职业教育专业目录》的 6 位代码"),
            entry(MajorColumn.NAME, "按专业代码自动填出"),
            entry(MajorColumn.CATEGORY, "按专业代码自动填出"),
            entry(MajorColumn.NEW, "本年度第一次招生的专业；新增专业没有毕业生"),
            entry(MajorColumn.THROUGH, "与高职院校签订的贯通培养协议：3+2 或五年一贯制；没有的选“无”"),
            entry(MajorColumn.ENROLMENT, "本年度招收的新生"),
            entry(MajorColumn.STUDENTS, "年末（12 月 31 日）在籍的学生"),
            entry(MajorColumn.GRADUATES, "本年度毕业的学生"),
            entry(MajorColumn.EMPLOYED, "毕业去向已落实的毕业生 = 直接就业人数 + 升学人数，不大于毕业生数"),
            entry(MajorColumn.DIRECT, "直接就业：毕业后签订劳动合同或就业协议、自主创业、灵活就业或应征入伍，不含升学"),
            entry(MajorColumn.FURTHER, "升学：毕业后升入高等职业学校或本科学校（含对口升学、3+2 和五年一贯制转段）"),
            entry(StaffField.STAFF_TOTAL, "年末在编和聘用的全部教职工"),
            entry(StaffField.FULL_TIME, "专门从事教学工作的教师，不含兼职教师；不大于教职工总数"),
            entry(StaffField.SENIOR, "具有副高级及以上职称（高级讲师、正高级讲师等）的专任教师"),
            entry(StaffField.INTERMEDIATE, "具有中级职称（讲师等）的专任教师；高级与中级之和不大于专任教师数"),
            entry(StaffField.DUAL_QUALIFIED, "双师型：按《职业教育“双师型”教师基本标准》经认定、同时具备理论教学和实践教学能力的专任教师；不大于专任教师数"),
            entry(StaffField.ENTERPRISE_PART_TIME, "来自企业、行业的兼职教师（产业教授、企业专家、技术骨干等）"),
            entry(StaffField.NEW_HIRES, "本年度新招录、新调入的教师"),
            entry(AwardColumn.CONTEST, "例如 第十九届职业院校技能大赛"),
            entry(AwardColumn.COUNT, "本行获奖的项数，不小于 1"),
            entry(ServiceField.TRAINING, "面向社会开展的各类培训，按人次累计"),
            entry(ServiceField.INTERNSHIPS, "学生在企业岗位实习，按人次累计"),
            entry(ServiceField.ENTERPRISE_TEACHING_HOURS, "企业技术骨干在校授课的课时"),
            entry(ServiceField.PARTNER_HIRES, "在合作企业就业的毕业生，不大于学校的直接就业人数"),
            entry(FinanceField.INCOME_TOTAL, "本年度学校各项收入合计（决算数）"),
            entry(FinanceField.FISCAL_INCOME, "其中：财政拨款收入，不大于经费总收入"),
            entry(FinanceField.EXPENDITURE_TOTAL, "本年度学校各项支出合计（决算数）"),
            entry(FinanceField.PROJECT_EXPENDITURE, "其中：事业性经费中的项目支出，不大于经费总支出"),
            entry(ExplanationColumn.RULE_ID, "审核反馈中警告的规则编号，例如 R-PRI-01"),
            entry(ExplanationColumn.TEXT, "原因说明"));

    private FieldDefinitions() {
    }

    /** The field's definition, or "" where its label says all. */
    public static String of(FieldSpec field) {
        return DEFINITIONS.getOrDefault(field, "");
    }
}
