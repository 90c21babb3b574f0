package cn.vocstat.reference;

import cn.vocstat.ingest.Digits;
import cn.vocstat.ingest.Labels;
import cn.vocstat.model.ExplanationColumn;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the reference CSV files as offices save them ({@link ReferenceCsv}: UTF-8 or GBK, header
 * first), codes and numbers as returns are read ({@link Digits}). A malformed row is reported with
 * its file and line and left out. A registry or catalogue that is missing, or a reference file that
 * is there but cannot be read whole, stops the run: nothing can be reconciled against half of them.
 */
public final class ReferenceLoader {

    public static final String REGISTRY_FILE = "reference/学校名录.csv";
    public static final String CATALOGUE_FILE = "reference/专业目录.csv";
    public static final String OLD_NAMES_FILE = "reference/专业名称对照.csv";
    public static final String CITY_STATISTICS_FILE = "市级统计.csv";
    public static final String CONFIRMATIONS_FILE = "确认.csv";
    public static final String CATALOGUE_EDITION = "职业教育专业目录（2021年）";

    /** The columns each file must have; the others (别名, 备注, 来源, 说明...) may be left out. */
    private static final List<String> REGISTRY_COLUMNS = List.of("学校标识码", "学校名称", "纳入统计");
    private static final List<String> CATALOGUE_COLUMNS = List.of("专业代码", "专业名称", "专业类代码", "专业类名称", "专业大类代码", "专业大类名称");
    private static final List<String> OLD_NAMES_COLUMNS = List.of("旧专业名称", "专业代码");
    private static final List<String> CITY_STATISTICS_COLUMNS = List.of("指标代码", "年度", "数值", "单位");
    private static final List<String> CONFIRMATIONS_COLUMNS = List.of("学校标识码", "规则编号", "确认人");
    private static final List<String> NOTICE_COLUMNS = List.of("项目", "内容");

    private final List<Finding> findings = new ArrayList<>();
    private final List<String> encodings = new ArrayList<>();

    /** Loads reference data for a report year from the input folder. */
    public static ReferenceData load(Path inputDir, int year) {
        ReferenceLoader loader = new ReferenceLoader();
        Registry registry = new Registry(loader.registry(inputDir.resolve(REGISTRY_FILE)));
        MajorCatalogue catalogue = loader.majorCatalogue(inputDir);
        Path yearDir = inputDir.resolve(String.valueOf(year));
        CityStatistics statistics = loader.cityStatistics(yearDir.resolve(CITY_STATISTICS_FILE));
        List<Confirmation> confirmations = loader.confirmations(yearDir.resolve(CONFIRMATIONS_FILE));
        SubmissionNotice notice = loader.notice(yearDir.resolve(SubmissionNotice.FILE));
        return new ReferenceData(registry, catalogue, statistics, confirmations, notice, loader.findings, loader.encodings);
    }

    /** The school registry alone, e.g. to fill in a school's blank form. */
    public static Registry loadRegistry(Path inputDir) {
        return new Registry(new ReferenceLoader().registry(inputDir.resolve(REGISTRY_FILE)));
    }

    /** The major catalogue alone, e.g. for the dropdown of a blank form. */
    public static MajorCatalogue loadCatalogue(Path inputDir) {
        return new ReferenceLoader().majorCatalogue(inputDir);
    }

    private MajorCatalogue majorCatalogue(Path inputDir) {
        return new MajorCatalogue(CATALOGUE_EDITION, catalogue(inputDir.resolve(CATALOGUE_FILE)), oldNames(inputDir.resolve(OLD_NAMES_FILE)));
    }

    private List<RegisteredSchool> registry(Path file) {
        List<RegisteredSchool> schools = new ArrayList<>();
        read(file, REGISTRY_COLUMNS, row -> {
            String code = Labels.normalise(row.text("学校标识码"));
            String name = row.text("学校名称");
            if (!code.matches("\\d{10}") || name.isEmpty()) {
                row.reject("学校标识码须为 10 位数字且学校名称不能为空");
                return;
            }
            if (row.tooLong("学校名称", InfoField.SCHOOL_NAME) || row.tooLong("主管部门", InfoField.AUTHORITY)) {
                return;
            }
            List<String> aliases = Arrays.stream(row.text("别名").split("[;；]")).map(Labels::trim).filter(s -> !s.isEmpty()).toList();
            schools.add(new RegisteredSchool(code, name, aliases, row.text("学校类型"), row.text("建设水平"),
                    row.text("主管部门"), "是".equals(Labels.normalise(row.text("纳入统计"))), row.text("备注")));
        });
        requireSome(file, schools, "学校");
        return schools;
    }

    private List<CatalogueMajor> catalogue(Path file) {
        List<CatalogueMajor> majors = new ArrayList<>();
        read(file, CATALOGUE_COLUMNS, row -> {
            String code = Labels.normalise(row.text("专业代码"));
            if (!code.matches("\\d{6}")) {
                row.reject("专业代码须为 6 位数字");
                return;
            }
            if (row.tooLong("专业名称", MajorColumn.NAME) || row.tooLong("专业大类名称", MajorColumn.CATEGORY)) {
                return;
            }
            majors.add(new CatalogueMajor(code, row.text("专业名称"), Labels.normalise(row.text("专业类代码")), row.text("专业类名称"),
                    Labels.normalise(row.text("专业大类代码")), row.text("专业大类名称")));
        });
        requireSome(file, majors, "专业");
        return majors;
    }

    private Map<String, String> oldNames(Path file) {
        Map<String, String> oldNames = new HashMap<>();
        if (Files.exists(file)) {
            read(file, OLD_NAMES_COLUMNS, row -> oldNames.put(row.text("旧专业名称"), Labels.normalise(row.text("专业代码"))));
        }
        return oldNames;
    }

    private CityStatistics cityStatistics(Path file) {
        List<CityStatistic> figures = new ArrayList<>();
        Map<String, Long> lineOfFigure = new HashMap<>();
        if (!Files.exists(file)) {
            return new CityStatistics(figures);
        }
        read(file, CITY_STATISTICS_COLUMNS, row -> {
            String unit = Labels.normalise(row.text("单位"));
            BigDecimal perUnit = CityStatistic.YUAN_PER_UNIT.get(unit);
            String year = Labels.normalise(row.text("年度"));
            String value = Labels.normalise(row.text("数值"));
            if (Digits.hasInnerSpace(row.text("数值"))) {
                row.reject("数值中间有空格，无法确定是哪个数：请只填写一个数字");
                return;
            }
            if (perUnit == null || !year.matches("\\d{4}") || value.length() > FieldLimit.MAX_NUMBER_CHARS || !Digits.isNumber(value)
                    || Digits.value(value).signum() < 0) {
                row.reject("年度须为四位年份，数值须为不小于 0 的数字，单位须为 元、万元 或 亿元");
                return;
            }
            BigDecimal yuan = Digits.value(value).multiply(perUnit).stripTrailingZeros();
            if (yuan.compareTo(CityStatistic.MAX_YUAN) > 0 || yuan.scale() > CityStatistic.SCALE) {
                row.reject("数值换算为元后须在 0～1000 万亿元之间、最多两位小数（到分）");
                return;
            }
            Optional<CityStatisticCode> code = cityCode(row);
            if (code.isEmpty()) {
                return;
            }
            CityStatistic figure = new CityStatistic(code.get().name(), row.text("指标名称"), Integer.parseInt(year),
                    yuan.setScale(Math.max(yuan.scale(), 0)), unit, row.text("来源"));
            Long earlier = lineOfFigure.putIfAbsent(figure.code() + "|" + figure.year(), row.line());
            if (earlier != null) {
                row.reject(figure.code() + " 的 " + figure.year() + " 年数值在第 " + earlier + " 行已经给出，本行未采用");
                return;
            }
            figures.add(figure);
        });
        return new CityStatistics(figures);
    }

    /**
     * The figure a row gives: its code, or, for a code not in the code table, the figure whose name
     * the row carries (a 提示 asks for the code). A row that is neither is a warning listing the codes.
     */
    private Optional<CityStatisticCode> cityCode(Row row) {
        String given = Labels.normalise(row.text("指标代码"));
        Optional<CityStatisticCode> code = CityStatisticCode.byCode(given);
        if (code.isPresent()) {
            return code;
        }
        Optional<CityStatisticCode> named = CityStatisticCode.byTitle(row.text("指标名称"));
        if (named.isPresent()) {
            findings.add(Finding.of(Rule.CITY_CODE_BY_NAME, row.file, "第" + row.line() + "行", row.line(), given, named.get().title(), named.get().name()));
        } else {
            findings.add(Finding.of(Rule.CITY_CODE_UNKNOWN, row.file, "第" + row.line() + "行", row.line(), given, row.text("指标名称"),
                    new Rule.Wording(CityStatisticCode.list())));
        }
        return named;
    }

    private List<Confirmation> confirmations(Path file) {
        List<Confirmation> confirmations = new ArrayList<>();
        if (Files.exists(file)) {
            read(file, CONFIRMATIONS_COLUMNS, row -> {
                String code = Labels.normalise(row.text("学校标识码"));
                String rule = Labels.normalise(row.text("规则编号"));
                if (rule.isEmpty() || row.text("确认人").isEmpty() || !(code.isEmpty() || code.matches("\\d{10}"))) {
                    row.reject("规则编号和确认人不能为空，学校标识码为 10 位数字（全市性的警告留空）");
                    return;
                }
                if (row.tooLong("说明", ExplanationColumn.TEXT) || row.tooLong("确认人", InfoField.FILLER)) {
                    return;
                }
                confirmations.add(new Confirmation(code, rule, row.text("说明"), row.text("确认人")));
            });
        }
        return confirmations;
    }

    /** The bureau's resubmission notice, where there is one: each line an item (截止日期, 联系人…) and its text. */
    private SubmissionNotice notice(Path file) {
        SubmissionNotice[] notice = {SubmissionNotice.NONE};
        if (Files.exists(file)) {
            read(file, NOTICE_COLUMNS, row -> {
                String item = Labels.normalise(row.text("项目"));
                if (!SubmissionNotice.ITEMS.contains(item)) {
                    row.reject("“项目”须为 " + String.join("、", SubmissionNotice.ITEMS) + " 之一");
                    return;
                }
                if (row.tooLong("内容", ExplanationColumn.TEXT)) {
                    return;
                }
                notice[0] = notice[0].with(item, row.text("内容"));
            });
        }
        return notice[0];
    }

    /**
     * Reads the file's rows, each malformed line a finding; a file read as GB18030 says so, and the
     * encoding of every file is kept for the operator's console line.
     */
    private void read(Path file, List<String> columns, Consumer<Row> onRow) {
        ReferenceCsv csv = ReferenceCsv.read(file, columns);
        String shown = file.getParent().getFileName() + "/" + csv.name();
        encodings.add(shown + "（" + csv.encoding().label() + "）");
        if (csv.encoding() == ReferenceCsv.Encoding.GB18030) {
            findings.add(Finding.of(Rule.REFERENCE_ENCODING, csv.name(), "", shown));
        }
        findings.addAll(csv.problems());
        csv.lines().forEach(line -> onRow.accept(new Row(csv.name(), line)));
    }

    /** A registry or catalogue without one usable row is no registry: every return would be refused against it. */
    private void requireSome(Path file, List<?> read, String what) {
        if (read.isEmpty()) {
            String first = findings.stream().filter(f -> f.isError() && f.fileName().equals(file.getFileName().toString())).map(Finding::message)
                    .findFirst().map(message -> "，第一处：" + message).orElse("");
            throw new UnreadableReferenceException(file.toString(), "没有一行可用的" + what + first);
        }
    }

    /** One line of a file, read by normalised header name. */
    private final class Row {
        private final String file;
        private final ReferenceCsv.Line line;

        Row(String file, ReferenceCsv.Line line) {
            this.file = file;
            this.line = line;
        }

        String text(String header) {
            return line.text(header);
        }

        /** Whether the column's text is longer than the form field it stands for may be; the row is rejected so. */
        boolean tooLong(String header, FieldSpec field) {
            String value = text(header);
            int max = field.limit().maxLength();
            if (value.codePointCount(0, value.length()) <= max) {
                return false;
            }
            reject("“" + header + "”最多 " + max + " 个字");
            return true;
        }

        void reject(String why) {
            findings.add(Finding.of(Rule.REFERENCE_ROW, file, "第" + line() + "行", file, line(), new Rule.Wording(why)));
        }

        /** The line the row starts on in the file. */
        long line() {
            return line.number();
        }
    }

    /** A reference file the run cannot do without is not there. */
    public static class MissingReferenceException extends RuntimeException {
        public MissingReferenceException(Path file) {
            super("找不到参考数据文件 " + file + "：请按 README 的“输入目录结构”放置");
        }

        MissingReferenceException(String message) {
            super(message);
        }
    }

    /**
     * A reference file that is there but cannot be read whole: as good as missing. It is never read
     * in part: an empty registry would refuse every return and publish a city without schools.
     */
    public static final class UnreadableReferenceException extends MissingReferenceException {
        UnreadableReferenceException(String file, String cause) {
            super("参考数据文件 " + file + " 无法使用：" + cause);
        }
    }
}
