package cn.vocstat.report;

import cn.vocstat.export.Column;
import cn.vocstat.export.Table;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reference.OverridableTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.commons.csv.CSVRecord;

/**
 * The sentences of the drafted sections, as data: the bureau changes the wording in
 * {@code <input>/reference/报告语句.csv} without touching code; without that file, the shipped
 * wording (this package's 报告语句.csv) is used. Every placeholder is checked when the file is read.
 */
public final class SentenceCatalogue {

    public static final String FILE = "reference/报告语句.csv";
    /** The analyst workbook's sheet of the sentences. */
    public static final String SHEET = "口径与语句";
    private static final String SHIPPED = "/report/报告语句.csv";
    /** Names that are not indicators or school figures. */
    static final Set<String> SPECIAL = Set.of("报告年度", "在册学校", "缺报", "学校", "名单", "分校", "表", "图");
    static final Set<String> MODIFIERS = Set.of("变化", "上年", "分子", "分母", "年度", "增长", "整数");
    static final Set<String> TABLES = Set.of("学校", "新增专业");
    static final Set<String> CHARTS = Set.of("学生", "毕业去向");

    private final List<Sentence> sentences;
    private final String origin;

    private SentenceCatalogue(List<Sentence> sentences, String origin) {
        this.sentences = List.copyOf(sentences);
        this.origin = origin;
    }

    /** The bureau's wording if its input folder has one, else the shipped wording. */
    public static SentenceCatalogue load(Path inputDir) {
        return read(OverridableTable.load(inputDir, FILE, SHIPPED));
    }

    public static SentenceCatalogue shipped() {
        return read(OverridableTable.shipped(FILE, SHIPPED));
    }

    private static SentenceCatalogue read(OverridableTable table) {
        List<Sentence> sentences = new ArrayList<>();
        for (CSVRecord record : table.rows()) {
            String template = record.get("模板");
            String paragraph = record.get("段落");
            Sentence sentence = new Sentence(record.get("编号"), record.get("章节"), record.get("标题"),
                    paragraph.isEmpty() ? 0 : Integer.parseInt(paragraph), "每校".equals(record.get("范围")) ? Sentence.Scope.EACH_SCHOOL
                    : Sentence.Scope.CITY, template);
            check(sentence, table.where(record));
            sentences.add(sentence);
        }
        return new SentenceCatalogue(sentences, table.origin());
    }

    /** Every placeholder names something the draft can say; a typing error is reported with its line, not printed as is. */
    private static void check(Sentence sentence, String where) {
        String outsideOptions = Sentence.OPTION.matcher(sentence.template()).replaceAll("");
        if (outsideOptions.contains("[") || outsideOptions.contains("]") || outsideOptions.contains("|")) {
            throw new IllegalArgumentException(where + "：可选部分的括号不成对或嵌套（写作 [有数时的说法|为零或缺数时的说法]）：" + sentence.template());
        }
        Matcher matcher = Sentence.PLACEHOLDER.matcher(sentence.template());
        while (matcher.find()) {
            String name = matcher.group(1);
            String modifier = matcher.group(2);
            boolean known = switch (name) {
                case "表" -> TABLES.contains(modifier);
                case "图" -> CHARTS.contains(modifier);
                case "名单" -> modifier != null;
                case "分校" -> modifier != null && isFigure(modifier);
                case "报告年度", "在册学校", "缺报", "学校" -> modifier == null;
                default -> (isIndicator(name) || isFigure(name)) && (modifier == null || MODIFIERS.contains(modifier));
            };
            if (!known) {
                throw new IllegalArgumentException(where + "：无法识别的占位符 " + matcher.group()
                        + "（可用：指标编号、学校数据项、" + String.join("、", SPECIAL) + "；修饰：" + String.join("、", MODIFIERS) + "）");
            }
        }
    }

    static boolean isIndicator(String name) {
        return Arrays.stream(Indicator.values()).anyMatch(i -> i.id().equals(name));
    }

    static boolean isFigure(String name) {
        return SchoolFigure.ALL.stream().anyMatch(f -> f.column().equals(name));
    }

    /** 口径与语句: every sentence with the indicators and figures it states, for the analyst workbook. */
    public Table table() {
        Table.Builder table = Table.named(SHEET, Column.text("编号"), Column.text("章节"), Column.text("标题"), Column.text("范围"),
                Column.note("语句模板"), Column.note("指标编号"), Column.note("指标名称"));
        for (Sentence sentence : sentences) {
            if (sentence.isHeading()) {
                continue;
            }
            List<String> ids = sentence.names().stream().filter(n -> isIndicator(n) || isFigure(n)).distinct().toList();
            List<String> titles = ids.stream().map(id -> isIndicator(id) ? Indicator.byId(id).title()
                    : SchoolFigure.ALL.stream().filter(f -> f.column().equals(id)).findFirst().orElseThrow().label()).toList();
            table.row(sentence.id(), sentence.section(), sentence.title(), sentence.scope() == Sentence.Scope.CITY ? "全市" : "每校",
                    sentence.template(), String.join("、", ids), String.join("、", titles));
        }
        return table.build();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Where the wording came from, for the document's note. */
    public String origin() {
        return origin;
    }
}
