package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
import cn.vocstat.model.ExplanationColumn;
import cn.vocstat.model.FieldLimit;
import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the reference CSV files (UTF-8, BOM accepted, RFC 4180, header first). A malformed row is
 * reported with its file and line and left out; a missing registry or catalogue is fatal, since
 * nothing can be reconciled without them.
 */
public final class ReferenceLoader {

    public static final String REGISTRY_FILE = "reference/学校名录.csv";
    public static final String CATALOGUE_FILE = "reference/专业目录.csv";
    public static final String OLD_NAMES_FILE = "reference/专业名称对照.csv";
    public static final String CITY_STATISTICS_FILE = "市级统计.csv";
    public static final String CONFIRMATIONS_FILE = "确认.csv";
    public static final String CATALOGUE_EDITION = "职业教育专业目录（2021年）";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);

    private final List<Finding> findings = new ArrayList<>();

    /** Loads reference data for a report year from the input folder. */
    public static ReferenceData load(Path inputDir, int year) {
        ReferenceLoader loader = new ReferenceLoader();
        Registry registry = new Registry(loader.registry(inputDir.resolve(REGISTRY_FILE)));
        MajorCatalogue catalogue = loader.majorCatalogue(inputDir);
        Path yearDir = inputDir.resolve(String.valueOf(year));
        CityStatistics statistics = loader.cityStatistics(yearDir.resolve(CITY_STATISTICS_FILE));
        List<Confirmation> confirmations = loader.confirmations(yearDir.resolve(CONFIRMATIONS_FILE));
        return new ReferenceData(registry, catalogue, statistics, confirmations, loader.findings);
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
        readRequired(file, row -> {
            String code = row.text("学校标识码");
            String name = row.text("学校名称");
            if (!code.matches("\\d{10}") || name.isEmpty()) {
                row.reject("学校标识码须为 10 位数字且学校名称不能为空");
                return;
            }
            if (row.tooLong("学校名称", InfoField.SCHOOL_NAME) || row.tooLong("主管部门", InfoField.AUTHORITY)) {
                return;
            }
            List<String> aliases = Arrays.stream(row.text("别名").split("[;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            schools.add(new RegisteredSchool(code, name, aliases, row.text("学校类型"), row.text("建设水平"),
                    row.text("主管部门"), "是".equals(row.text("纳入统计")), row.text("备注")));
        });
        return schools;
    }

    private List<CatalogueMajor> catalogue(Path file) {
        List<CatalogueMajor> majors = new ArrayList<>();
        readRequired(file, row -> {
            String code = row.text("专业代码");
            if (!code.matches("\\d{6}")) {
                row.reject("专业代码须为 6 位数字");
                return;
            }
            if (row.tooLong("专业名称", MajorColumn.NAME) || row.tooLong("专业大类名称", MajorColumn.CATEGORY)) {
                return;
            }
            majors.add(new CatalogueMajor(code, row.text("专业名称"), row.text("专业类代码"), row.text("专业类名称"),
                    row.text("专业大类代码"), row.text("专业大类名称")));
        });
        return majors;
    }

    private Map<String, String> oldNames(Path file) {
        Map<String, String> oldNames = new HashMap<>();
        if (Files.exists(file)) {
            read(file, row -> oldNames.put(row.text("旧专业名称"), row.text("专业代码")));
        }
        return oldNames;
    }

    private CityStatistics cityStatistics(Path file) {
        List<CityStatistic> figures = new ArrayList<>();
        Map<String, Long> lineOfFigure = new HashMap<>();
        if (!Files.exists(file)) {
            return new CityStatistics(figures);
        }
        read(file, row -> {
            BigDecimal perUnit = CityStatistic.YUAN_PER_UNIT.get(row.text("单位"));
            String year = row.text("年度");
            String value = row.text("数值").replace(",", "");
            if (perUnit == null || !year.matches("\\d{4}") || value.length() > FieldLimit.MAX_NUMBER_CHARS || !value.matches("\\d+(\\.\\d+)?")) {
                row.reject("年度须为四位年份，数值须为不小于 0 的数字，单位须为 元、万元 或 亿元");
                return;
            }
            BigDecimal yuan = new BigDecimal(value).multiply(perUnit).stripTrailingZeros();
            if (yuan.compareTo(CityStatistic.MAX_YUAN) > 0 || yuan.scale() > CityStatistic.SCALE) {
                row.reject("数值换算为元后须在 0～1000 万亿元之间、最多两位小数（到分）");
                return;
            }
            Optional<CityStatisticCode> code = cityCode(row);
            if (code.isEmpty()) {
                return;
            }
            CityStatistic figure = new CityStatistic(code.get().name(), row.text("指标名称"), Integer.parseInt(year),
                    yuan.setScale(Math.max(yuan.scale(), 0)), row.text("单位"), row.text("来源"));
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
        String given = row.text("指标代码");
        Optional<CityStatisticCode> code = CityStatisticCode.byCode(given);
        if (code.isPresent()) {
            return code;
        }
        String file = row.file.getFileName().toString();
        Optional<CityStatisticCode> named = CityStatisticCode.byTitle(row.text("指标名称"));
        if (named.isPresent()) {
            findings.add(Finding.of(Rule.CITY_CODE_BY_NAME, file, "第" + row.line() + "行", row.line(), given, named.get().title(), named.get().name()));
        } else {
            findings.add(Finding.of(Rule.CITY_CODE_UNKNOWN, file, "第" + row.line() + "行", row.line(), given, row.text("指标名称"),
                    new Rule.Wording(CityStatisticCode.list())));
        }
        return named;
    }

    private List<Confirmation> confirmations(Path file) {
        List<Confirmation> confirmations = new ArrayList<>();
        if (Files.exists(file)) {
            read(file, row -> {
                String code = row.text("学校标识码");
                if (row.text("规则编号").isEmpty() || row.text("确认人").isEmpty() || !(code.isEmpty() || code.matches("\\d{10}"))) {
                    row.reject("规则编号和确认人不能为空，学校标识码为 10 位数字（全市性的警告留空）");
                    return;
                }
                if (row.tooLong("说明", ExplanationColumn.TEXT) || row.tooLong("确认人", InfoField.FILLER)) {
                    return;
                }
                confirmations.add(new Confirmation(code, row.text("规则编号"), row.text("说明"), row.text("确认人")));
            });
        }
        return confirmations;
    }

    private void readRequired(Path file, Consumer<Row> onRow) {
        if (!Files.exists(file)) {
            throw new MissingReferenceException(file);
        }
        read(file, onRow);
    }

    private void read(Path file, Consumer<Row> onRow) {
        try (Reader reader = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = FORMAT.parse(reader)) {
            Map<String, String> headers = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> headers.put(Labels.normalise(h), h));
            for (CSVRecord record : parser) {
                Row row = new Row(file, record, headers);
                if (!record.isConsistent()) {
                    row.reject("列数与表头不一致");
                } else {
                    onRow.accept(row);
                }
            }
        } catch (NoSuchFileException e) {
            throw new MissingReferenceException(file);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            LOG.warn("参考数据文件 {} 无法按 CSV 读取", file, e);
            findings.add(Finding.of(Rule.REFERENCE_ROW, file.getFileName().toString(), "", file.getFileName(), "?",
                    "无法按 UTF-8 编码的 CSV 读取，请用 Excel“另存为 CSV UTF-8”后重试"));
        }
    }

    private static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** One CSV row, read by normalised header name. */
    private final class Row {
        private final Path file;
        private final CSVRecord record;
        private final Map<String, String> headers;

        Row(Path file, CSVRecord record, Map<String, String> headers) {
            this.file = file;
            this.record = record;
            this.headers = headers;
        }

        String text(String header) {
            String actual = headers.get(Labels.normalise(header));
            return actual == null || !record.isSet(actual) ? "" : record.get(actual).trim();
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
            String name = file.getFileName().toString();
            findings.add(Finding.of(Rule.REFERENCE_ROW, name, "第" + line() + "行", name, line(), new Rule.Wording(why)));
        }

        /** The row's line in the file: the header is line 1, a record's number counts data records from 1. */
        long line() {
            return record.getRecordNumber() + 1;
        }
    }

    /** A reference file the run cannot do without. */
    public static final class MissingReferenceException extends RuntimeException {
        public MissingReferenceException(Path file) {
            super("找不到参考数据文件 " + file + "：请按 README 的“输入目录结构”放置");
        }
    }
}
