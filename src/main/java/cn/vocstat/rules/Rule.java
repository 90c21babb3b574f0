package cn.vocstat.rules;

import static cn.vocstat.rules.Severity.ERROR;
import static cn.vocstat.rules.Severity.INFO;
import static cn.vocstat.rules.Severity.WARNING;

/**
 * The rule catalogue: every check the pipeline makes, in one place. The code raises findings by
 * rule, the 数据质量 sheet prints the rule's id and name, and the README's rule list is generated
 * from here. Message templates take positional arguments {0}, {1}, ...
 */
public enum Rule {
    FILE_UNREADABLE("F-FILE-01", ERROR, "文件无法读取", "文件不是有效的 Excel 工作簿（.xlsx）：{0}"),
    FILE_LEGACY_XLS("F-FILE-02", ERROR, "旧版 .xls 格式", "文件是旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 后重新报送"),
    FILE_ENCRYPTED("F-FILE-03", ERROR, "文件已加密", "文件设置了打开密码，无法读取：请取消密码后重新报送"),
    FILE_TOO_LARGE("F-FILE-04", ERROR, "工作表过大", "工作表“{0}”超过 {1} 行，不是正常的填报表，已停止读取"),
    FILE_BINARY_XLSB("F-FILE-05", ERROR, "二进制工作簿格式", "文件是 Excel 二进制工作簿（.xlsb），请“另存为” .xlsx 后重新报送"),
    INTERNAL_ERROR("F-FILE-06", ERROR, "处理文件时程序出错", "检查本文件时程序出错（{0}）：本表暂不采用，请把文件转给系统维护人员"),
    SHEET_MISSING("S-SHEET-01", ERROR, "缺少工作表", "缺少工作表“{0}”"),
    TEMPLATE_VERSION("S-TPL-01", ERROR, "模板版本不符", "模板版本为“{0}”，本系统只接受 ZZNB-1 版报表，请使用最新空白表重新填报"),
    KEY_MISSING("S-KEY-01", ERROR, "缺少必填项", "缺少必填项“{0}”"),
    COLUMN_MISSING("S-COL-01", ERROR, "表头缺少列", "表头（第 {1} 行）缺少“{0}”列"),
    HEADER_MISSING("S-HDR-01", ERROR, "找不到表头", "找不到含“{0}”的表头行"),
    KEY_DUPLICATE("S-KEY-02", WARNING, "填报项重复", "“{0}”出现多次，只采用第一次出现的 {1}"),
    VALUE_NOT_NUMBER("V-NUM-01", ERROR, "数值无法识别", "“{0}”的值“{1}”不是数字"),
    VALUE_INEXACT("V-NUM-02", ERROR, "数值不确切", "“{0}”的值“{1}”不是确切的数字，请填写准确数值"),
    VALUE_NOT_COUNT("V-NUM-03", ERROR, "须为非负整数", "“{0}”须为非负整数，填写的是“{1}”"),
    VALUE_DASH_AS_ZERO("V-NUM-04", WARNING, "以符号表示无", "“{0}”填写为“{1}”，按 0 处理；没有请直接填 0"),
    VALUE_AMOUNT_SCALE("V-NUM-05", ERROR, "金额格式", "“{0}”须为不小于 0、最多两位小数的万元数，填写的是“{1}”"),
    VALUE_UNIT("V-NUM-06", ERROR, "单位不符", "“{0}”的单位应为{2}，填写的是“{1}”"),
    FORMULA_NO_VALUE("V-FML-01", ERROR, "公式无计算结果", "“{0}”是公式（{1}），但文件中没有保存计算结果：请在 Excel 中打开、重新计算并保存"),
    FORMULA_ERROR("V-FML-02", ERROR, "公式结果错误", "“{0}”的公式结果为错误值 {1}"),
    VALUE_NOT_ALLOWED("V-ENUM-01", ERROR, "取值不在范围内", "“{0}”的值“{1}”不在允许范围内（{2}）"),
    VALUE_MISSING("V-REQ-01", ERROR, "必填值为空", "“{0}”为必填项，不能为空"),
    SCHOOL_CODE_FORMAT("V-CODE-01", ERROR, "学校标识码格式", "学校标识码须为 10 位数字，填写的是“{0}”"),
    YEAR_FORMAT("V-YEAR-01", ERROR, "填报年度格式", "填报年度须为四位年份，填写的是“{0}”"),
    YEAR_MISMATCH("V-YEAR-02", ERROR, "填报年度不符", "填报年度为 {0}，本次汇总的是 {1} 年度"),
    DATE_FORMAT("V-DATE-01", ERROR, "填报日期格式", "填报日期“{0}”无法识别，请填写日期或 YYYY-MM-DD"),
    MERGED_NUMBER("V-MERGE-01", ERROR, "数值在合并单元格内", "“{0}”位于合并区域 {1} 内，合并单元格的数值只属于左上单元格，请拆分合并单元格并逐行填写"),
    EMPLOYED_SUM("R-ROW-01", ERROR, "就业人数不等于分项之和", "就业人数 {0} ≠ 直接就业人数 {1} + 升学人数 {2}"),
    EMPLOYED_OVER_GRADUATES("R-ROW-02", ERROR, "就业人数超过毕业生数", "就业人数 {0} 大于毕业生数 {1}"),
    ENROLMENT_OVER_STUDENTS("R-ROW-03", ERROR, "招生数超过在校生数", "招生数 {0} 大于在校生数 {1}"),
    NEW_MAJOR_GRADUATES("R-ROW-04", ERROR, "新增专业有毕业生", "当年新增专业“{0}”不应有毕业生，填写的毕业生数为 {1}"),
    TOTAL_ROW_MISMATCH("R-TOT-01", ERROR, "合计行与明细不符", "合计行“{0}”为 {1}，各行之和为 {2}"),
    MAJOR_DUPLICATE("R-MAJ-01", ERROR, "专业重复填报", "专业代码 {0} 在第 {1} 行已填报过"),
    MAJOR_UNKNOWN("R-MAJ-02", ERROR, "专业代码不在目录中", "专业代码“{0}”不在{1}中"),
    MAJOR_NAME_DIFFERS("R-MAJ-03", WARNING, "专业名称与目录不符", "专业代码 {0} 在目录中的名称为“{1}”，填写的是“{2}”，按目录名称汇总"),
    MAJOR_CATEGORY_DIFFERS("R-MAJ-04", WARNING, "专业大类与目录不符", "专业代码 {0} 在目录中属于“{1}”，填写的是“{2}”，按目录汇总"),
    TITLES_OVER_TEACHERS("R-STF-01", ERROR, "职称人数超过专任教师数", "高级职称 {0} + 中级职称 {1} 大于专任教师数 {2}"),
    TEACHERS_OVER_STAFF("R-STF-02", ERROR, "专任教师数超过教职工总数", "专任教师数 {0} 大于教职工总数 {1}"),
    DUAL_OVER_TEACHERS("R-STF-03", ERROR, "双师型教师数超过专任教师数", "双师型教师数 {0} 大于专任教师数 {1}"),
    FISCAL_OVER_INCOME("R-FIN-01", ERROR, "财政拨款收入超过经费总收入", "财政拨款收入 {0} 万元大于经费总收入 {1} 万元"),
    PROJECT_OVER_EXPENDITURE("R-FIN-02", ERROR, "项目支出超过经费总支出", "事业性经费项目支出 {0} 万元大于经费总支出 {1} 万元"),
    AWARD_COUNT("R-AWD-01", ERROR, "获奖数须至少为 1", "获奖数须为不小于 1 的整数，填写的是 {0}"),
    PARTNER_HIRES_OVER_DIRECT("R-SVC-01", ERROR, "合作企业接纳就业超过直接就业", "合作企业接纳毕业生就业人数 {0} 大于本校直接就业人数之和 {1}"),
    SCHOOL_UNKNOWN("G-REG-01", ERROR, "学校不在名录中", "学校标识码 {0} 不在学校名录中，请核对标识码"),
    SCHOOL_ALIAS("G-REG-02", WARNING, "学校名称为别名", "学校名称“{0}”是“{1}”的别名，按名录名称汇总"),
    SCHOOL_NAME_DIFFERS("G-REG-03", WARNING, "学校名称与名录不符", "学校标识码 {0} 在名录中为“{1}”，填写的名称是“{2}”"),
    SCHOOL_NAME_OTHER_CODE("G-REG-04", ERROR, "学校名称属于另一标识码", "学校名称“{0}”在名录中属于标识码 {1}，与填写的标识码 {2} 不符"),
    SCHOOL_NOT_COUNTED("G-REG-05", INFO, "学校不纳入统计", "“{0}”在名录中不纳入统计，本表不参与汇总"),
    SCHOOL_MISSING("G-REG-06", WARNING, "学校缺报", "“{0}”（{1}）应报送而没有可用的报表，全市指标的覆盖范围因此不完整"),
    RETURN_SUPERSEDED("G-REG-07", INFO, "报表被替代", "同一学校同一年度有多份报表，本表被“{0}”替代（以填报日期较晚者为准，其次为文件时间）"),
    REFERENCE_ROW("C-REF-01", ERROR, "参考数据行错误", "{0} 第 {1} 行：{2}"),
    CITY_STATISTIC_MISSING("C-REF-02", WARNING, "缺少市级统计数据", "市级统计缺少 {0}（{1} 年），相关指标无法计算");

    private final String id;
    private final Severity severity;
    private final String title;
    private final String template;

    Rule(String id, Severity severity, String title, String template) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.template = template;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** Short Chinese name of the rule. */
    public String title() {
        return title;
    }

    public String template() {
        return template;
    }

    public String message(Object... args) {
        return fill(template, args);
    }

    private static String fill(String text, Object... args) {
        String result = text;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }
}
