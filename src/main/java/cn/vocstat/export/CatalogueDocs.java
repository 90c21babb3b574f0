package cn.vocstat.export;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FormSheet;
import cn.vocstat.reference.CityStatisticCode;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Threshold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule list and the indicator list of the docs, generated from the two catalogues so that
 * the documentation can never drift from the code ({@code vocstat docs}; a test checks they match).
 */
public final class CatalogueDocs {

    public static final String RULES_FILE = "rules.md";
    public static final String INDICATORS_FILE = "indicators.md";

    private CatalogueDocs() {
    }

    public static void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(RULES_FILE), rules(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(INDICATORS_FILE), indicators(), StandardCharsets.UTF_8);
    }

    public static String rules() {
        StringBuilder text = new StringBuilder("""
                # 审核规则（Rule catalogue）

                Generated from `cn.vocstat.rules.Rule` by `java -jar target/vocstat.jar docs`; do not edit by hand.
                错误 rejects the return (the school's last accepted return stays in use); 警告 and 提示 do not.
                A 警告 can be explained by the school (sheet 情况说明) or confirmed by the operator (确认.csv);
                an 错误 cannot. `{0}`, `{1}`… in a template are filled in each finding.

                | 规则编号 | 严重程度 | 名称 | 检查内容 | 说明模板 | 阈值 |
                |---|---|---|---|---|---|
                """);
        for (Rule rule : Rule.values()) {
            Threshold threshold = rule.threshold();
            text.append("| ").append(rule.id()).append(" | ").append(rule.severity().label()).append(" | ")
                    .append(cell(rule.title())).append(" | ").append(cell(rule.checks())).append(" | ")
                    .append(cell(rule.template())).append(" | ")
                    .append(threshold == null ? "" : threshold.defaultValue().toPlainString() + "（`" + threshold.property() + "`）")
                    .append(" |\n");
        }
        text.append("""

                ## 阈值（Thresholds）

                Each threshold is a property: set it in `application.properties` or on the command line
                (`--vocstat.thresholds.prior-year-change=0.25`).

                | 属性 | 默认值 | 含义 |
                |---|---|---|
                """);
        for (Threshold threshold : Threshold.values()) {
            text.append("| `").append(threshold.property()).append("` | ").append(threshold.defaultValue().toPlainString())
                    .append(" | ").append(cell(threshold.meaning())).append(" |\n");
        }
        text.append("""

                ## 填报项目与可填范围（Field limits）

                What each field of form ZZNB-1 admits. A value beyond it is a finding on its cell (V-LEN-01,
                V-RANGE-01, V-NUM-05), quoting at most 50 characters of it; the database columns are checked
                against these limits by a test. A sheet may have at most %d non-empty rows.

                | 工作表 | 项目 | 类型 | 必填 | 单位 | 可填范围 |
                |---|---|---|---|---|---|
                """.formatted(FormSheet.MAX_ROWS));
        for (FormSheet sheet : FormSheet.values()) {
            for (FieldSpec field : sheet.fields()) {
                String range = field.choices().isEmpty() ? field.limit().describe() : String.join(" / ", field.choices());
                text.append("| ").append(sheet.title()).append(" | ").append(field.label()).append(" | ")
                        .append(field.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(field.required() ? "是" : "否")
                        .append(" | ").append(String.join("、", field.units())).append(" | ").append(cell(range)).append(" |\n");
            }
        }
        return text.toString();
    }

    public static String indicators() {
        StringBuilder text = new StringBuilder("""
                # 指标（Indicator catalogue）

                Generated from `cn.vocstat.indicator.Indicator` by `java -jar target/vocstat.jar docs`; do not edit by hand.
                Computed with exact decimals, rounded half-up (四舍五入) only when displayed; a ratio over 0 is 不可计算.

                | 指标编号 | 指标名称 | 单位 | 计算公式 | 显示 | 分校计算 |
                |---|---|---|---|---|---|
                """);
        for (Indicator indicator : Indicator.values()) {
            text.append("| ").append(indicator.id()).append(" | ").append(cell(indicator.title())).append(" | ").append(indicator.unit())
                    .append(" | ").append(cell(indicator.formula())).append(" | ").append(indicator.display().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(indicator.perSchool() ? "是" : "否").append(" |\n");
        }
        text.append("""

                ## 市级统计指标代码（City statistics codes）

                The rows of `input/<year>/市级统计.csv` that vocstat reads, by 指标代码. A row with another code
                is a warning (C-REF-03) that lists these; a row whose 指标名称 is one of these names is taken for
                that code with a 提示 (C-REF-04). Values are converted exactly to 元 from 元, 万元 or 亿元.

                | 指标代码 | 指标名称 |
                |---|---|
                """);
        for (CityStatisticCode code : CityStatisticCode.values()) {
            text.append("| ").append(code.name()).append(" | ").append(code.title()).append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
