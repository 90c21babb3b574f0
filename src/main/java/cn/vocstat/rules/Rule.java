package cn.vocstat.rules;

import static cn.vocstat.rules.Severity.ERROR;
import static cn.vocstat.rules.Severity.INFO;
import static cn.vocstat.rules.Severity.WARNING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rule catalogue: every check the pipeline makes, in one place: id, severity, name, what it
 * checks, message template and threshold. The code raises findings by rule, the 数据质量 sheet and
 * the feedback workbooks print the rule's id and name, and docs/rules.md is generated from here.
 * Message templates take positional arguments {0}, {1}, ...
 */
public enum Rule {
    FILE_UNREADABLE("F-FILE-01", ERROR, "文件无法读取", "文件是否为可读的 Excel 工作簿（空文件、损坏或截断的文件、改了扩展名的 CSV/PDF/Word）",
            "无法按 Excel 工作簿读取：{0}"),
    FILE_LEGACY_XLS("F-FILE-02", ERROR, "过旧的 Excel 格式", "文件是否为 Excel 5.0/95 或更早的格式（Excel 97-2003 的 .xls 可以读取）",
            "文件是 Excel 95 或更早的格式，请在 Excel 或 WPS 中“另存为” .xlsx 后重新报送"),
    FILE_ENCRYPTED("F-FILE-03", ERROR, "文件已加密", "文件是否设置了打开密码",
            "文件设置了打开密码，无法读取：请取消密码后重新报送"),
    FILE_TOO_LARGE("F-FILE-04", ERROR, "工作表过大", "表格工作表的非空行数是否超过上限",
            "工作表“{0}”超过 {1} 行，不是正常的填报表，已停止读取"),
    FILE_BINARY_XLSB("F-FILE-05", ERROR, "二进制工作簿格式", "文件是否为 Excel 二进制工作簿（.xlsb）",
            "文件是 Excel 二进制工作簿（.xlsb），请“另存为” .xlsx 后重新报送"),
    INTERNAL_ERROR("F-FILE-06", ERROR, "处理文件时程序出错", "读取、检查、汇总、入库或生成反馈时是否发生程序错误（只影响本文件）",
            "在“{0}”阶段处理本文件时程序出错（{1}）：本表暂不采用，请把文件转给系统维护人员，详细信息见运行日志"),
    FEEDBACK_FAULT("F-FILE-10", WARNING, "生成审核反馈时程序出错", "为本文件生成带标注的审核反馈时是否发生程序错误",
            "为本文件生成带标注的审核反馈时程序出错（{0}），反馈中只列出了问题清单；数据不受影响，请把文件转给系统维护人员"),
    FEEDBACK_SHEETS_LEFT_OUT("F-FILE-13", INFO, "审核反馈只附报表工作表",
            "报表以外的工作表（含隐藏的）内容过多时，审核反馈的标注副本是否只保留了报表的工作表",
            "本文件报表以外的工作表（{0}）内容过多，整个工作簿超过 {1} 个单元格，审核反馈的标注副本只保留了报表的工作表，这些工作表未附；"
                    + "报表数据不受影响，报表以外的内容请勿放在报送文件中"),
    FEEDBACK_COPY_LEFT_OUT("F-FILE-14", INFO, "审核反馈未附标注副本",
            "为本文件生成标注副本所需的单元格数、名称数、内存或时间是否超出上限，工作簿是否含有标注副本无法安全去除的宏表、自动运行的宏、外部链接或数据连接",
            "审核反馈没有附带标注副本，只列出了问题清单：{0}；报表数据不受影响，请按“位置”一列在报表中找到对应单元格"),
    FEEDBACK_FILE_CHANGED("F-FILE-15", INFO, "文件在读取后被更改", "生成审核反馈时，报表文件是否仍是读取时的那一份（SHA-256 相同）",
            "本文件在读取之后被更改、替换或移走，标注副本会与审核结果对不上，所以只列出了问题清单；问题清单针对的是读取时的那一份文件"),
    FILE_UNSAFE_XML("F-FILE-07", ERROR, "文件含有不安全的内容", "工作簿的 XML 是否含有 DOCTYPE / 实体声明（XML 实体扩展攻击）或异常压缩比（压缩炸弹）",
            "出于安全考虑未读取：{0}"),
    FILE_OVERSIZED("F-FILE-09", ERROR, "文件过大", "文件大小是否超过上限（一份报表通常不到 1 MB）",
            "文件有 {0} MB，超过 {1} MB 的上限：请删除表中的图片等与填报无关的内容后重新保存报送"),
    ENTRY_SKIPPED("F-FILE-11", WARNING, "目录项未读取", "报表目录中的子文件夹、隐藏的 Excel 文件、特殊文件、失效的链接和无法识别的文件名",
            "{0}，未作为报表读取：{1}"),
    ENTRY_IGNORED("F-FILE-12", INFO, "临时或隐藏文件", "报表目录中 Excel/WPS 的临时锁文件和其他隐藏文件",
            "{0}，未读取"),
    FINDINGS_CAPPED("F-FILE-16", INFO, "同类问题过多", "一个文件的同一规则的发现是否超过 " + Finding.MAX_PER_RULE
            + " 处（超过的只计数，不逐一列出）",
            "另有 {0} 处同类问题（{1}），只列出前 {2} 处"),
    FILE_TIMEOUT("F-FILE-08", ERROR, "文件读取超时", "单个文件的读取和检查是否超过时间上限",
            "读取和检查本文件超过 {0} 秒，已停止：文件可能异常庞大或已损坏"),
    SHEET_MISSING("S-SHEET-01", ERROR, "缺少工作表", "ZZNB-1 的六张工作表是否齐全（按名称查找）",
            "缺少工作表“{0}”"),
    SHEET_DUPLICATE("S-SHEET-02", ERROR, "工作表名称重复", "是否有两张工作表的名称只差空格或全角半角（无法确定以哪一张为准）",
            "工作表“{0}”与“{1}”的名称只差空格或全角半角，无法确定以哪一张为准：请删除或改名多余的一张"),
    TEMPLATE_VERSION("S-TPL-01", ERROR, "模板版本不符", "基本信息的模板版本是否为 ZZNB-1",
            "模板版本为“{0}”，本系统只接受 ZZNB-1 版报表，请使用最新空白表重新填报"),
    KEY_MISSING("S-KEY-01", ERROR, "缺少必填项", "键值表中是否有每个必填项目",
            "缺少必填项“{0}”"),
    KEY_DUPLICATE("S-KEY-02", WARNING, "填报项重复", "同一项目是否在键值表中出现多次",
            "“{0}”出现多次，只采用第一次出现的 {1}"),
    COLUMN_MISSING("S-COL-01", ERROR, "表头缺少列", "表格的表头是否有每一列",
            "表头（第 {1} 行）缺少“{0}”列"),
    HEADER_MISSING("S-HDR-01", ERROR, "找不到表头", "表格工作表中是否有含锚定列名的表头行",
            "找不到含“{0}”的表头行"),
    EXPLAINED_ERROR("S-EXP-01", INFO, "错误不能以说明代替", "情况说明或确认文件是否针对错误级规则",
            "规则 {0} 为错误级，不能以说明或确认代替，须修改数据后重新报送"),
    VALUE_NOT_NUMBER("V-NUM-01", ERROR, "数值无法识别", "数值项是否为数字",
            "“{0}”的值“{1}”不是数字"),
    VALUE_INEXACT("V-NUM-02", ERROR, "数值不确切", "数值是否为确切数字（不是“约30”“30余”“30+”）",
            "“{0}”的值“{1}”不是确切的数字，请填写准确数值"),
    VALUE_NOT_COUNT("V-NUM-03", ERROR, "须为非负整数", "人数、个数等是否为非负整数",
            "“{0}”须为非负整数，填写的是“{1}”"),
    VALUE_DASH_AS_ZERO("V-NUM-04", WARNING, "以符号表示无", "计数项是否以 —、－、-、无 表示 0",
            "“{0}”填写为“{1}”，按 0 处理；没有请直接填 0"),
    VALUE_AMOUNT_SCALE("V-NUM-05", ERROR, "金额格式", "金额是否为不小于 0、最多两位小数的万元数",
            "“{0}”须为不小于 0、最多两位小数的万元数，填写的是“{1}”"),
    VALUE_UNIT("V-NUM-06", ERROR, "单位不符", "文本数字所带单位是否为该项的单位",
            "“{0}”的单位应为{2}，填写的是“{1}”：{3}"),
    VALUE_IS_DATE("V-NUM-07", ERROR, "数量是日期格式", "人数、金额等单元格是否被设成了日期格式（存的是日期序号）",
            "“{0}”的单元格是日期格式，显示为 {1}：请把单元格格式改为“常规”或“数值”后重新填写数量"),
    VALUE_INNER_SPACE("V-NUM-08", ERROR, "数字中间有空格", "数字中间是否有空格（如“12 3”，无法确定是哪个数）",
            "“{0}”的值“{1}”中间有空格，无法确定是哪个数：请只填写一个数字"),
    VALUE_OUT_OF_RANGE("V-RANGE-01", ERROR, "数值超出范围", "数值是否在该项的可填范围内（见 docs/rules.md 的填报项目表）",
            "“{0}”的值 {1} 超出可填范围 {2}：请核实后填写实际数值"),
    TEXT_TOO_LONG("V-LEN-01", ERROR, "文字过长", "文字项是否超过该项的字数上限（见 docs/rules.md 的填报项目表）",
            "“{0}”最多 {1} 个字，填写了 {2} 个字（“{3}”）：请精简后重新填写"),
    FORMULA_NO_VALUE("V-FML-01", ERROR, "公式无计算结果", "公式单元格是否保存了计算结果",
            "“{0}”是公式（{1}），但文件中没有保存计算结果：请在 Excel 中打开、重新计算并保存"),
    FORMULA_ERROR("V-FML-02", ERROR, "公式结果错误", "公式结果是否为错误值（#DIV/0!、#REF! 等）",
            "“{0}”的公式结果为错误值 {1}"),
    VALUE_NOT_ALLOWED("V-ENUM-01", ERROR, "取值不在范围内", "枚举项（是/否、学校类型、贯通培养等）是否为允许的值",
            "“{0}”的值“{1}”不在允许范围内（{2}）"),
    VALUE_MISSING("V-REQ-01", ERROR, "必填值为空", "必填项是否为空",
            "“{0}”为必填项，不能为空"),
    SCHOOL_CODE_FORMAT("V-CODE-01", ERROR, "学校标识码格式", "学校标识码是否为 10 位数字",
            "学校标识码须为 10 位数字，填写的是“{0}”"),
    YEAR_FORMAT("V-YEAR-01", ERROR, "填报年度格式", "填报年度是否为四位年份",
            "填报年度须为四位年份，填写的是“{0}”"),
    YEAR_MISMATCH("V-YEAR-02", ERROR, "填报年度不符", "填报年度是否为本次汇总的年度",
            "填报年度为 {0}，本次汇总的是 {1} 年度"),
    DATE_FORMAT("V-DATE-01", ERROR, "填报日期格式", "填报日期是否为日期或可识别的日期文本",
            "填报日期“{0}”无法识别，请填写日期或 YYYY-MM-DD"),
    MERGED_NUMBER("V-MERGE-01", ERROR, "数值在合并单元格内", "表格中的数值是否落在合并单元格的非左上位置",
            "“{0}”位于合并区域 {1} 内，合并单元格的数值只属于左上单元格，请拆分合并单元格并逐行填写"),
    EMPLOYED_SUM("R-ROW-01", ERROR, "就业人数不等于分项之和", "就业人数 = 直接就业人数 + 升学人数",
            "就业人数 {0} ≠ 直接就业人数 {1} + 升学人数 {2}"),
    EMPLOYED_OVER_GRADUATES("R-ROW-02", ERROR, "就业人数超过毕业生数", "就业人数 ≤ 毕业生数",
            "就业人数 {0} 大于毕业生数 {1}"),
    ENROLMENT_OVER_STUDENTS("R-ROW-03", ERROR, "招生数超过在校生数", "招生数 ≤ 在校生数",
            "招生数 {0} 大于在校生数 {1}"),
    NEW_MAJOR_GRADUATES("R-ROW-04", ERROR, "新增专业有毕业生", "当年新增 = 是 的专业没有毕业生",
            "当年新增专业“{0}”不应有毕业生，填写的毕业生数为 {1}"),
    TOTAL_ROW_MISMATCH("R-TOT-01", ERROR, "合计行与明细不符", "合计行各数值列 = 各行之和",
            "合计行“{0}”为 {1}，各行之和为 {2}：请核对各行数字，或把合计改为 {2}"),
    MAJOR_DUPLICATE("R-MAJ-01", ERROR, "专业重复填报", "同一专业代码是否填报了两次",
            "专业代码 {0} 在第 {1} 行已填报过"),
    MAJOR_UNKNOWN("R-MAJ-02", ERROR, "专业代码不在目录中", "专业代码是否在本年度使用的专业目录中",
            "专业代码“{0}”不在{1}中{2}"),
    MAJOR_NAME_DIFFERS("R-MAJ-03", WARNING, "专业名称与目录不符", "专业名称是否为目录名称（或已登记的旧名称）",
            "专业代码 {0} 在目录中的名称为“{1}”，填写的是“{2}”，按目录名称汇总"),
    MAJOR_CATEGORY_DIFFERS("R-MAJ-04", WARNING, "专业大类与目录不符", "专业大类是否与目录一致",
            "专业代码 {0} 在目录中属于“{1}”，填写的是“{2}”，按目录汇总"),
    TITLES_OVER_TEACHERS("R-STF-01", ERROR, "职称人数超过专任教师数", "高级 + 中级职称专任教师数 ≤ 专任教师数",
            "高级职称 {0} + 中级职称 {1} 大于专任教师数 {2}"),
    TEACHERS_OVER_STAFF("R-STF-02", ERROR, "专任教师数超过教职工总数", "专任教师数 ≤ 教职工总数",
            "专任教师数 {0} 大于教职工总数 {1}"),
    DUAL_OVER_TEACHERS("R-STF-03", ERROR, "双师型教师数超过专任教师数", "双师型教师数 ≤ 专任教师数",
            "双师型教师数 {0} 大于专任教师数 {1}"),
    FISCAL_OVER_INCOME("R-FIN-01", ERROR, "财政拨款收入超过经费总收入", "财政拨款收入 ≤ 经费总收入",
            "财政拨款收入 {0} 万元大于经费总收入 {1} 万元"),
    PROJECT_OVER_EXPENDITURE("R-FIN-02", ERROR, "项目支出超过经费总支出", "事业性经费项目支出 ≤ 经费总支出",
            "事业性经费项目支出 {0} 万元大于经费总支出 {1} 万元"),
    AWARD_COUNT("R-AWD-01", ERROR, "获奖数须至少为 1", "技能大赛每行的获奖数 ≥ 1",
            "获奖数须为不小于 1 的整数，填写的是 {0}"),
    PARTNER_HIRES_OVER_DIRECT("R-SVC-01", ERROR, "合作企业接纳就业超过直接就业", "合作企业接纳毕业生就业人数 ≤ 本校 Σ直接就业人数",
            "合作企业接纳毕业生就业人数 {0} 大于本校直接就业人数之和 {1}"),
    STUDENT_TEACHER_RATIO_HIGH("R-PLA-01", WARNING, "生师比偏高", "本校生师比（在校生数 / 专任教师数）是否高于上限",
            "生师比 {0} 高于 {1} 的上限", Threshold.STUDENT_TEACHER_RATIO_MAX),
    EMPLOYMENT_RATE_LOW("R-PLA-02", WARNING, "就业率偏低", "本校就业率（Σ就业人数 / Σ毕业生数）是否低于下限",
            "就业率 {0} 低于 {1} 的下限", Threshold.EMPLOYMENT_RATE_MIN),
    DUAL_QUALIFIED_LOW("R-PLA-03", WARNING, "双师型教师占比偏低", "双师型教师占专任教师比例是否低于下限",
            "双师型教师占比 {0} 低于 {1} 的下限", Threshold.DUAL_QUALIFIED_MIN),
    PRIOR_YEAR_CHANGE("P-PRI-01", WARNING, "与上年相比变化过大", "在校生数、招生数、毕业生数、专任教师数、经费总支出与本校上年汇总相比的变化幅度",
            "“{0}”为 {1}，上年为 {2}，变化 {3}，超过 ±{4} 的阈值，请核实", Threshold.PRIOR_YEAR_CHANGE),
    SCHOOL_UNKNOWN("G-REG-01", ERROR, "学校不在名录中", "学校标识码是否在学校名录中",
            "学校标识码“{0}”不在学校名录中，请核对标识码"),
    SCHOOL_ALIAS("G-REG-02", WARNING, "学校名称为别名", "学校名称是否为名录中的别名",
            "学校名称“{0}”是“{1}”的别名，按名录名称汇总"),
    SCHOOL_NAME_DIFFERS("G-REG-03", WARNING, "学校名称与名录不符", "学校名称是否为名录中的名称或别名",
            "学校标识码 {0} 在名录中为“{1}”，填写的名称是“{2}”"),
    SCHOOL_NAME_OTHER_CODE("G-REG-04", ERROR, "学校名称属于另一标识码", "学校名称是否为名录中另一所学校的名称或别名",
            "学校名称“{0}”在名录中属于标识码 {1}，与填写的标识码 {2} 不符"),
    SCHOOL_NOT_COUNTED("G-REG-05", INFO, "学校不纳入统计", "报送学校在名录中是否纳入统计",
            "“{0}”在名录中不纳入统计，本表不参与汇总"),
    SCHOOL_MISSING("G-REG-06", WARNING, "学校缺报", "纳入统计的学校是否都有可用的报表",
            "“{0}”（{1}）应报送而没有可用的报表，全市指标的覆盖范围因此不完整"),
    RETURN_SUPERSEDED("G-REG-07", INFO, "报表被替代", "同一学校同一年度是否有多份报表",
            "同一学校同一年度有多份报表，本表被“{0}”替代（以填报日期较晚者为准，其次为文件时间）"),
    LAST_ACCEPTED_USED("G-REG-08", WARNING, "沿用上次采用的报表", "本次报表被退回时是否有上次采用的版本可以沿用",
            "本次报表被退回，汇总沿用上次采用的“{0}”（SHA-256 {1}，{2} 采用）"),
    CITY_EXPENDITURE_DIFFERS("C-CITY-01", WARNING, "学校经费合计与市级统计不符", "Σ各校经费总支出与市级统计“中等职业教育经费支出”之差",
            "各校经费总支出合计 {0} 万元，市级统计中等职业教育经费支出（{1} 年）为 {2} 万元，相差 {3}，超过 {4} 的容差",
            Threshold.CITY_STATISTICS_TOLERANCE),
    CITY_PROJECT_DIFFERS("C-CITY-02", WARNING, "学校项目支出合计与市级统计不符", "Σ各校事业性经费项目支出与市级统计“中职事业性经费项目支出”之差",
            "各校事业性经费项目支出合计 {0} 万元，市级统计中职事业性经费项目支出（{1} 年）为 {2} 万元，相差 {3}，超过 {4} 的容差",
            Threshold.CITY_STATISTICS_TOLERANCE),
    REFERENCE_ROW("C-REF-01", ERROR, "参考数据行错误", "名录、专业目录、市级统计、确认文件的每一行是否完整、格式正确",
            "{0} 第 {1} 行：{2}"),
    REFERENCE_QUOTES("C-REF-05", ERROR, "参考数据行的引号有误", "参考数据 CSV 文件每一行的英文双引号是否按 CSV 的规则使用",
            "{0} 第 {1} 行第 {2} 列{3}，本行未采用：含逗号、引号或换行的内容须整体用英文双引号括起、其中的引号写两遍（Excel 另存为 CSV 时就这样写），或改用中文引号"),
    REFERENCE_SHORT_LINE("C-REF-06", ERROR, "参考数据行缺少必填的列", "参考数据 CSV 文件的每一行是否至少写到最后一个必填的列（其后的空列可省略）",
            "{0} 第 {1} 行只有 {2} 列，没有必填的“{3}”列（表头第 {4} 列），本行未采用：可能少了逗号，或某项内容中有换行而没有整体用英文双引号括起（一行被拆成了两行）"),
    REFERENCE_EXTRA_VALUE("C-REF-07", ERROR, "参考数据行超出表头", "参考数据 CSV 文件的每一行在表头最后一列之后是否还有内容",
            "{0} 第 {1} 行第 {2} 列有内容“{3}”，而表头没有这一列，本行未采用：可能某项内容中有逗号而没有整体用英文双引号括起"),
    REFERENCE_ENCODING("C-REF-08", INFO, "参考数据按 GBK 编码读取", "参考数据 CSV 文件不是 UTF-8 编码时按 GB18030（兼容 GBK）读取",
            "{0} 不是 UTF-8 编码，已按 GB18030（兼容 GBK；中文 Windows 上 Excel 的“CSV（逗号分隔）”就是这种编码）读取；如有乱码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”"),
    CITY_STATISTIC_MISSING("C-REF-02", WARNING, "缺少市级统计数据", "计算经费指标所需的市级统计是否齐全",
            "市级统计缺少 {0}（{1} 年），相关指标无法计算"),
    CITY_CODE_UNKNOWN("C-REF-03", WARNING, "市级统计指标代码未知", "市级统计每一行的指标代码是否在代码表中（docs/indicators.md）",
            "第 {0} 行的指标代码“{1}”（{2}）不在代码表中，本行未采用；可用的代码：{3}"),
    CITY_CODE_BY_NAME("C-REF-04", INFO, "市级统计按指标名称采用", "指标代码未知、但指标名称是代码表中某一指标的行",
            "第 {0} 行的指标代码“{1}”不在代码表中，按指标名称“{2}”采用为 {3}；请把代码改为 {3}");

    /** What the feedback step says about the files' marked copies: a repeated step replaces what an earlier attempt stored. */
    public static final Set<Rule> FEEDBACK = EnumSet.of(FEEDBACK_FAULT, FEEDBACK_SHEETS_LEFT_OUT, FEEDBACK_COPY_LEFT_OUT,
            FEEDBACK_FILE_CHANGED);

    private final String id;
    private final Severity severity;
    private final String title;
    private final String checks;
    private final String template;
    private final Threshold threshold;

    Rule(String id, Severity severity, String title, String checks, String template) {
        this(id, severity, title, checks, template, null);
    }

    Rule(String id, Severity severity, String title, String checks, String template, Threshold threshold) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.checks = checks;
        this.template = template;
        this.threshold = threshold;
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

    /** What the rule checks, for the rule list. */
    public String checks() {
        return checks;
    }

    /** The threshold the rule compares with, or null. */
    public Threshold threshold() {
        return threshold;
    }

    public String template() {
        return template;
    }

    /**
     * The message with the arguments filled in. A value (from a return, a file name, a number) is
     * quoted at most {@value #QUOTED_CHARACTERS} characters long; vocstat's own {@link Wording} is kept whole.
     */
    public String message(Object... args) {
        String result = template;
        for (int i = 0; i < args.length; i++) {
            String text = args[i] instanceof Wording wording ? wording.text() : quoted(String.valueOf(args[i]));
            result = result.replace("{" + i + "}", text);
        }
        return result;
    }

    /** A phrase of vocstat's own filled into a message (a reason and what to do), never cut; at most {@value #MAX_LENGTH} characters. */
    public record Wording(String text) implements java.io.Serializable {

        public static final int MAX_LENGTH = 160;

        public Wording {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("wording longer than " + MAX_LENGTH + ": " + text);
            }
        }
    }

    /** The rule with this id, as stored with a finding. */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no rule " + id);
    }

    /** The longest message any rule can give, every argument quoted at its longest: what the stored message must hold. */
    public static int maxMessageLength() {
        int longest = 0;
        for (Rule rule : values()) {
            java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{\\d+}").matcher(rule.template);
            int length = rule.template.length();
            while (placeholder.find()) {
                length += Math.max(QUOTED_MAX_LENGTH, Wording.MAX_LENGTH) - placeholder.group().length();
            }
            longest = Math.max(longest, length);
        }
        return longest;
    }

    /** Characters of a value quoted in a message: a school's 10,000-digit number or 2,000-character name is cut, never echoed whole. */
    public static final int QUOTED_CHARACTERS = 50;

    /** The longest a quoted value can be: {@value #QUOTED_CHARACTERS} characters as shown, then "…". */
    static final int QUOTED_MAX_LENGTH = QUOTED_CHARACTERS + "…".length();

    /**
     * The text as a message quotes it: what does not show is named ({@code 3614000101[NBSP]}, see
     * {@link ShownText}), and at most {@value #QUOTED_CHARACTERS} characters are shown, a name counting
     * its length, then "…": a value of invisible characters makes no longer a message than any other.
     */
    public static String quoted(String text) {
        return ShownText.atMost(text, QUOTED_CHARACTERS);
    }
}
