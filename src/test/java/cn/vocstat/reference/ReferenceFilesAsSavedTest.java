package cn.vocstat.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.SavedBy;
import cn.vocstat.reference.ReferenceLoader.MissingReferenceException;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bureau's CSV files as Excel, WPS and editors really save them: GBK or UTF-8 with a BOM,
 * CRLF, formatted empty columns and rows, invisible characters around codes, full-width digits and
 * commas, a stray quote. Each is read as the same data as the plain UTF-8 file; a malformed line
 * loses itself only and says why; a file that cannot be read whole stops the run, never half read.
 */
class ReferenceFilesAsSavedTest {

    private static final String CITY_HEADER = "指标代码,指标名称,年度,数值,单位,来源\n";

    @TempDir
    Path root;

    private Path input() throws IOException {
        return Fixtures.inputWithReference(root);
    }

    private static String shipped(String file) throws IOException {
        return Files.readString(Fixtures.SHIPPED_INPUT.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<Finding> findings(ReferenceData data, Rule rule) {
        return data.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private ReferenceData withRegistry(SavedBy tool, UnaryOperator<String> edit) throws IOException {
        Path input = input();
        tool.save(input.resolve("reference/学校名录.csv"), edit.apply(shipped("reference/学校名录.csv")));
        return ReferenceLoader.load(input, 2025);
    }

    private ReferenceData withCityStatistics(SavedBy tool, String rows) throws IOException {
        Path input = input();
        tool.save(input.resolve("2025/市级统计.csv"), CITY_HEADER + rows);
        return ReferenceLoader.load(input, 2025);
    }

    private static BigDecimal yuan(ReferenceData data, CityStatisticCode code) {
        return data.cityStatistics().find(code, 2024).orElseThrow(() -> new AssertionError(data.findings().toString())).yuan();
    }

    @ParameterizedTest
    @EnumSource(value = SavedBy.class, names = {"EXCEL_CSV", "EXCEL_CSV_UTF8", "PLAIN_UTF8", "CR_ONLY_UTF8"})
    void everyReferenceFileReadsAsTheSameDataHoweverItWasSaved(SavedBy tool) throws IOException {
        Path input = input();
        for (String file : List.of("reference/学校名录.csv", "reference/专业目录.csv", "reference/专业名称对照.csv", "2025/市级统计.csv")) {
            tool.save(input.resolve(file), shipped(file));
        }
        tool.save(input.resolve("2025/确认.csv"), "学校标识码,规则编号,说明,确认人\n3614000106,P-PRI-01,招生计划调整，人数下降属实,市教育局 王某\n");

        ReferenceData saved = ReferenceLoader.load(input, 2025);
        ReferenceData plain = Fixtures.reference();

        assertEquals(plain.registry().all(), saved.registry().all());
        assertEquals(plain.catalogue().majors(), saved.catalogue().majors());
        assertTrue(saved.catalogue().isNameOf("学前教育", saved.catalogue().byCode("770101").orElseThrow()), "the old names are read too");
        assertEquals(plain.cityStatistics(), saved.cityStatistics());
        assertEquals(List.of(new Confirmation("3614000106", "P-PRI-01", "招生计划调整，人数下降属实", "市教育局 王某")), saved.confirmations());
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        String encoding = switch (tool) {
            case EXCEL_CSV -> "GB18030，兼容 GBK";
            case EXCEL_CSV_UTF8 -> "UTF-8，带 BOM";
            default -> "UTF-8";
        };
        assertTrue(saved.describeEncodings().contains("reference/学校名录.csv（" + encoding + "）"), saved.describeEncodings());
        assertTrue(saved.describeEncodings().contains("2025/确认.csv（" + encoding + "）"), saved.describeEncodings());
    }

    @Test
    void theResubmissionNoticeIsReadAsExcelSavesItAndALineWithAnUnknownItemIsLeftOutWithItsLine() throws IOException {
        Path input = input();
        SavedBy.EXCEL_CSV.save(input.resolve("2025/" + SubmissionNotice.FILE), """
                项目,内容
                截止日期,2026年12月20日
                报送方式,电子版发至 zcjk@yq.edu.cn，盖章纸质版交职成科 305 室
                联系人,王老师
                联系电话,0353-2021234
                备注,请按时报送
                """);

        ReferenceData data = ReferenceLoader.load(input, 2025);

        assertEquals(List.of("重新报送：请于 2026年12月20日 前修改后重新报送，电子版发至 zcjk@yq.edu.cn，盖章纸质版交职成科 305 室。",
                "如有疑问：联系人 王老师，电话 0353-2021234。"), data.notice().lines(SubmissionNotice.Asked.RESUBMIT));
        assertEquals(List.of("核实警告：请于 2026年12月20日 前在“情况说明”表中说明或修改后重新报送，电子版发至 zcjk@yq.edu.cn，盖章纸质版交职成科 305 室。",
                "如有疑问：联系人 王老师，电话 0353-2021234。"), data.notice().lines(SubmissionNotice.Asked.VERIFY));
        assertEquals(List.of("如有疑问：联系人 王老师，电话 0353-2021234。"), data.notice().lines(SubmissionNotice.Asked.NOTHING),
                "nothing asked: whom to ask only");
        List<Finding> rejected = findings(data, Rule.REFERENCE_ROW);
        assertEquals(1, rejected.size(), data.findings().toString());
        assertTrue(rejected.get(0).location().equals("第6行") && rejected.get(0).message().contains("截止日期"), rejected.get(0).toString());
        assertEquals(SubmissionNotice.NONE, ReferenceLoader.load(input, 2024).notice(), "no file, no notice");
    }

    @Test
    void aFileReadAsGbkSaysSoInAFindingTheOperatorSees() throws IOException {
        ReferenceData data = withRegistry(SavedBy.EXCEL_CSV, registry -> registry);

        List<Finding> notes = findings(data, Rule.REFERENCE_ENCODING);
        assertEquals(1, notes.size(), data.findings().toString());
        assertEquals(Severity.INFO, notes.get(0).severity());
        assertEquals("学校名录.csv", notes.get(0).fileName());
        assertTrue(notes.get(0).message().contains("GB18030") && notes.get(0).message().contains("GBK"), notes.get(0).message());
        assertEquals("阳泉市体育运动学校", data.registry().byCode("3614000101").orElseThrow().name());
        assertEquals("报告中曾误印为“孟县”", data.registry().byCode("3614000106").orElseThrow().note(), "GBK's curly quotes come through");
    }

    @Test
    void formattedEmptyColumnsAndRowsAreNotData() throws IOException {
        ReferenceData data = withRegistry(SavedBy.EXCEL_CSV, registry -> registry.lines().map(line -> line + ",,,")
                .collect(Collectors.joining("\n")) + "\n,,,,,,,,,,,\n,,,,,,,,,,,\n\n\n");

        assertEquals(Fixtures.reference().registry().all(), data.registry().all());
        assertEquals(List.of(Rule.REFERENCE_ENCODING), data.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void headerNamesAreComparedAsLabelsAre() throws IOException {
        ReferenceData data = withRegistry(SavedBy.EXCEL_CSV_UTF8, registry -> registry.replaceFirst("学校标识码,学校名称", " 学校 标识码 ,学校名称\u00A0"));

        assertEquals(Fixtures.reference().registry().all(), data.registry().all());
    }

    @Test
    void invisibleCharactersAroundACodeDoNotMakeItAnotherCode() throws IOException {
        ReferenceData data = withRegistry(SavedBy.EXCEL_CSV_UTF8, registry -> registry
                .replace("3614000101,", "3614000101\u00A0,")
                .replace("3614000102,", "\u200B3614000102,")
                .replace("3614000103,", "\uFEFF3614000103\u202F,")
                .replace("3614000104,", "３６１４０００１０４,"));

        for (String code : List.of("3614000101", "3614000102", "3614000103", "3614000104")) {
            assertTrue(data.registry().byCode(code).isPresent(), code + " in " + data.registry().all());
        }
        assertEquals(6, data.registry().counted().size());
        assertTrue(data.findings().stream().noneMatch(Finding::isError), data.findings().toString());
    }

    @Test
    void cityFiguresWithFullWidthDigitsAndCommasAreTheFiguresTheyWrite() throws IOException {
        ReferenceData data = withCityStatistics(SavedBy.EXCEL_CSV, """
                EDU_EXP_TOTAL,教育经费总支出,２０２４,３３.２９,亿元,财政局
                ＶＯＣ＿ＥＸＰ,中等职业教育经费支出,2024,2．33,亿元,财政局
                HS_PER_STUDENT,普通高中生均一般公共预算教育经费,2024,15，755.57,元,财政局
                VOC_PER_STUDENT,中职生均一般公共预算教育经费,2024,"18,347.88",元,财政局
                VOC_PROJECT_EXP,中职事业性经费项目支出,2024,"1，575，557.00",万元,财政局
                """);

        assertEquals(new BigDecimal("3329000000"), yuan(data, CityStatisticCode.EDU_EXP_TOTAL));
        assertEquals(new BigDecimal("233000000"), yuan(data, CityStatisticCode.VOC_EXP));
        assertEquals(new BigDecimal("15755.57"), yuan(data, CityStatisticCode.HS_PER_STUDENT));
        assertEquals(new BigDecimal("18347.88"), yuan(data, CityStatisticCode.VOC_PER_STUDENT));
        assertEquals(new BigDecimal("15755570000"), yuan(data, CityStatisticCode.VOC_PROJECT_EXP));
        assertEquals(List.of(Rule.REFERENCE_ENCODING), data.findings().stream().map(Finding::rule).toList(), "ＶＯＣ＿ＥＸＰ is VOC_EXP by its code");
    }

    @Test
    void aCityFigureWithASpaceInsideOrGroupedWronglyIsRefusedAsReturnsRefuseIt() throws IOException {
        ReferenceData data = withCityStatistics(SavedBy.PLAIN_UTF8, """
                EDU_EXP_TOTAL,教育经费总支出,2024,33\u202F29,亿元,财政局
                VOC_EXP,中等职业教育经费支出,2024,"2,33",亿元,财政局
                HS_PER_STUDENT,普通高中生均一般公共预算教育经费,2024,1.575557E+04,元,财政局
                """);

        List<Finding> refused = findings(data, Rule.REFERENCE_ROW);
        assertEquals(List.of("第2行", "第3行"), refused.stream().map(Finding::location).toList());
        assertTrue(refused.get(0).message().contains("中间有空格"), refused.get(0).message());
        assertEquals(new BigDecimal("15755.57"), yuan(data, CityStatisticCode.HS_PER_STUDENT), "an exponent writes an exact figure");
    }

    @Test
    void aQuoteInsideUnquotedTextLosesItsLineOnlyAndTheFindingSaysWhereAndWhy() throws IOException {
        ReferenceData data = withCityStatistics(SavedBy.EXCEL_CSV, """
                EDU_EXP_TOTAL,教育经费总支出,2024,33.29,亿元,财政局
                VOC_EXP,中等职业教育经费支出,2024,2.33,亿元,财政局"决算"
                VOC_PER_STUDENT,中职生均一般公共预算教育经费,2024,18347.88,元,"财政局"决算
                HS_PER_STUDENT,普通高中生均一般公共预算教育经费,2024,15755.57,元,财政局
                VOC_PROJECT_EXP,中职事业性经费项目支出,24,1.13,亿元,财政局
                """);

        List<Finding> quotes = findings(data, Rule.REFERENCE_QUOTES);
        assertEquals(List.of("第3行", "第4行"), quotes.stream().map(Finding::location).toList(), data.findings().toString());
        assertTrue(quotes.get(0).message().startsWith("市级统计.csv 第 3 行第 6 列没有整体用英文双引号括起"), quotes.get(0).message());
        assertTrue(quotes.get(1).message().contains("第 4 行第 6 列的引号结束后还有文字"), quotes.get(1).message());
        assertEquals(Severity.ERROR, quotes.get(0).severity());
        assertEquals(new BigDecimal("3329000000"), yuan(data, CityStatisticCode.EDU_EXP_TOTAL));
        assertEquals(new BigDecimal("15755.57"), yuan(data, CityStatisticCode.HS_PER_STUDENT), "the line after a malformed one is read");
        assertTrue(data.cityStatistics().find(CityStatisticCode.VOC_EXP, 2024).isEmpty());
        assertEquals(List.of("第6行"), findings(data, Rule.REFERENCE_ROW).stream().map(Finding::location).toList(), "lines are counted on after one");
    }

    @Test
    void anUnclosedQuoteLosesItsLineNotTheRestOfTheFile() throws IOException {
        ReferenceData data = withCityStatistics(SavedBy.PLAIN_UTF8, """
                EDU_EXP_TOTAL,"教育经费总支出,2024,33.29,亿元,财政局
                VOC_EXP,中等职业教育经费支出,2024,2.33,亿元,财政局
                HS_PER_STUDENT,普通高中生均一般公共预算教育经费,2024,15755.57,元,财政局
                """);

        Finding quote = findings(data, Rule.REFERENCE_QUOTES).get(0);
        assertEquals("第2行", quote.location());
        assertTrue(quote.message().contains("第 2 行第 2 列以英文双引号开头，但直到文件末尾都没有与之配对的引号"), quote.message());
        assertEquals(new BigDecimal("233000000"), yuan(data, CityStatisticCode.VOC_EXP));
        assertEquals(new BigDecimal("15755.57"), yuan(data, CityStatisticCode.HS_PER_STUDENT));
    }

    /**
     * Excel leaves out the commas of empty cells at the end of a line once a sheet is past its first
     * rows, and WPS and editors keep what the person typed: a line that stops after its last needed
     * column has its later columns empty.
     */
    @ParameterizedTest
    @EnumSource(value = SavedBy.class, names = {"EXCEL_CSV", "EXCEL_CSV_UTF8", "PLAIN_UTF8", "CR_ONLY_UTF8"})
    void emptyColumnsAtTheEndOfALineMayBeLeftOut(SavedBy tool) throws IOException {
        Path input = input();
        tool.save(input.resolve("reference/学校名录.csv"), shipped("reference/学校名录.csv").replaceAll(",+\n", "\n"));
        tool.save(input.resolve("2025/市级统计.csv"), CITY_HEADER + """
                EDU_EXP_TOTAL,教育经费总支出,2024,33.29,亿元
                VOC_EXP,,2024,2.33,亿元,财政局
                HS_PER_STUDENT,普通高中生均一般公共预算教育经费,2024,"15,755.57",元
                """);

        ReferenceData data = ReferenceLoader.load(input, 2025);

        assertEquals(Fixtures.reference().registry().all(), data.registry().all());
        assertEquals("", data.registry().byCode("3614000105").orElseThrow().note());
        assertEquals(new BigDecimal("3329000000"), yuan(data, CityStatisticCode.EDU_EXP_TOTAL));
        assertEquals(new BigDecimal("233000000"), yuan(data, CityStatisticCode.VOC_EXP));
        assertEquals(new BigDecimal("15755.57"), yuan(data, CityStatisticCode.HS_PER_STUDENT));
        assertTrue(data.findings().stream().noneMatch(Finding::isError), data.findings().toString());
    }

    @Test
    void aLineThatStopsBeforeANeededColumnIsLeftOutNamingTheColumn() throws IOException {
        ReferenceData data = withCityStatistics(SavedBy.EXCEL_CSV, """
                EDU_EXP_TOTAL,教育经费总支出,2024,33.29
                VOC_EXP,中等职业教育经费支出,2024,2.33,亿元
                """);

        Finding cut = findings(data, Rule.REFERENCE_SHORT_LINE).get(0);
        assertEquals("第2行", cut.location());
        assertTrue(cut.message().contains("市级统计.csv 第 2 行只有 4 列，没有必填的“单位”列（表头第 5 列）"), cut.message());
        assertTrue(data.cityStatistics().find(CityStatisticCode.EDU_EXP_TOTAL, 2024).isEmpty(), "a figure without its unit is not guessed");
        assertEquals(new BigDecimal("233000000"), yuan(data, CityStatisticCode.VOC_EXP));
    }

    @Test
    void aLineWithTooFewColumnsOrTextBeyondTheHeaderIsLeftOutWithItsLine() throws IOException {
        ReferenceData data = withRegistry(SavedBy.PLAIN_UTF8, registry -> registry
                .replace("3614000105,平定县高级职业中学校,", "3614000105,平定县高级职业中学校\n")
                .replace("盂县教育局,是,报告中曾误印为“孟县”", "盂县教育局,是,报告中曾误印为“孟县”,另见,2024 年名录"));

        assertEquals(List.of("第6行", "第7行"), findings(data, Rule.REFERENCE_SHORT_LINE).stream().map(Finding::location).toList(),
                data.findings().toString());
        assertTrue(findings(data, Rule.REFERENCE_SHORT_LINE).get(0).message().contains("只有 2 列，没有必填的“纳入统计”列（表头第 7 列）"),
                data.findings().toString());
        Finding beyond = findings(data, Rule.REFERENCE_EXTRA_VALUE).get(0);
        assertEquals("第8行", beyond.location());
        assertTrue(beyond.message().contains("第 9 列有内容“另见”"), beyond.message());
        assertEquals(List.of("3614000101", "3614000102", "3614000103", "3614000104", "3614000201", "3614000202"),
                data.registry().all().stream().map(RegisteredSchool::code).toList());
    }

    @Test
    void aLineBreakInsideAQuotedNoteKeepsTheLineNumbersOfLaterLinesRight() throws IOException {
        ReferenceData data = withRegistry(SavedBy.PLAIN_UTF8, registry -> registry
                .replace("隶属市体育局", "\"隶属市体育局\n（2020 年起）\"")
                .replace("3614000106,盂县职业技术学校", "361400010X,盂县职业技术学校"));

        assertEquals("隶属市体育局\n（2020 年起）", data.registry().byCode("3614000101").orElseThrow().note());
        assertEquals(List.of("第8行"), findings(data, Rule.REFERENCE_ROW).stream().map(Finding::location).toList(), "the physical line of the file");
    }

    @Test
    void aRegistryWithoutARequiredColumnStopsTheRunNamingTheColumn() throws IOException {
        Path input = input();
        SavedBy.EXCEL_CSV.save(input.resolve("reference/学校名录.csv"), shipped("reference/学校名录.csv").replaceFirst("学校标识码", "学校代码"));

        MissingReferenceException refused = assertThrows(MissingReferenceException.class, () -> ReferenceLoader.load(input, 2025));

        assertTrue(refused.getMessage().contains(input.resolve("reference/学校名录.csv").toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("缺少“学校标识码”列"), refused.getMessage());
        assertTrue(refused.getMessage().contains("学校代码,学校名称"), "the header found is shown: " + refused.getMessage());
    }

    @Test
    void aFileThatIsNoTextOrNoCsvIsRefusedWholeWithItsCause() throws IOException {
        Path input = input();
        Path registry = input.resolve("reference/学校名录.csv");
        Path catalogue = input.resolve("reference/专业目录.csv");
        Path city = input.resolve("2025/市级统计.csv");

        SavedBy.EXCEL_UNICODE_TEXT.save(registry, shipped("reference/学校名录.csv"));
        assertRefused(input, registry, "文件是 UTF-16 编码（Excel 的“Unicode 文本”）");
        Files.write(registry, shipped("reference/学校名录.csv").getBytes(StandardCharsets.UTF_16LE));
        assertRefused(input, registry, "没有 BOM 的 UTF-16");

        Files.copy(Fixtures.write(root, "book.xlsx", Fixtures.validReturn(), w -> { }), registry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRefused(input, registry, "改了扩展名");

        SavedBy.EXCEL_CSV.save(registry, "学校标识码,学校名称,纳入统计\n3614000101,阳泉市体育运动学校,\"是\n");
        assertRefused(input, registry, "没有一行可用的学校，第一处：学校名录.csv 第 2 行第 3 列以英文双引号开头");

        Files.writeString(registry, shipped("reference/学校名录.csv"));
        Files.writeString(catalogue, "");
        assertRefused(input, catalogue, "文件是空的");

        Files.writeString(catalogue, shipped("reference/专业目录.csv"));
        Files.writeString(city, "指标代码,指标名称,年度,数值,单位,来源\n".replace("数值", "金额") + "VOC_EXP,中等职业教育经费支出,2024,2.33,亿元,财政局\n");
        assertRefused(input, city, "缺少“数值”列");

        Files.writeString(city, "\"指标代码\"x,指标名称,年度,数值,单位,来源\n");
        assertRefused(input, city, "表头无法按 CSV 读取：第 1 行第 1 列的引号结束后还有文字");
    }

    private static void assertRefused(Path input, Path file, String cause) {
        MissingReferenceException refused = assertThrows(MissingReferenceException.class, () -> ReferenceLoader.load(input, 2025));
        assertTrue(refused.getMessage().startsWith("参考数据文件 " + file + " 无法使用：") && refused.getMessage().contains(cause),
                refused.getMessage());
    }

    @Test
    void anOptionalFileThatIsThereIsReadWholeOrNotAtAll() throws IOException {
        Path input = input();
        Path confirmations = input.resolve("2025/确认.csv");
        Files.writeString(confirmations, "学校标识码,规则编号,说明\n3614000106,P-PRI-01,属实\n");

        MissingReferenceException refused = assertThrows(MissingReferenceException.class, () -> ReferenceLoader.load(input, 2025));

        assertTrue(refused.getMessage().contains("缺少“确认人”列"), refused.getMessage());
    }

    @Test
    void theBureausOwnTableIsReadAsSavedAndAMalformedLineStopsItWithTheLine() throws IOException {
        Path input = input();
        String file = "reference/指标同义词.csv";
        String shippedTable = new String(OverridableTable.class.getResourceAsStream("/report/指标同义词.csv").readAllBytes(), StandardCharsets.UTF_8);
        SavedBy.EXCEL_CSV.save(input.resolve(file), shippedTable.replaceFirst("目标,词语", "目标 ,词 语") + ",,,,\n");

        OverridableTable table = OverridableTable.load(input, file, "/report/指标同义词.csv");
        OverridableTable builtIn = OverridableTable.shipped(file, "/report/指标同义词.csv");

        assertEquals(builtIn.rows().stream().map(CSVRecord::toList).toList(), table.rows().stream().map(CSVRecord::toList).toList());
        assertEquals(builtIn.rows().get(0).get("词语"), table.rows().get(0).get("词语"));
        assertTrue(table.origin().endsWith("（GB18030，兼容 GBK）"), table.origin());
        assertTrue(table.where(table.rows().get(2)).endsWith(" 第 4 行"), table.where(table.rows().get(2)));

        SavedBy.EXCEL_CSV.save(input.resolve(file), shippedTable + "students,在校\"学生,前,人,\n");
        MissingReferenceException refused = assertThrows(MissingReferenceException.class, () -> OverridableTable.load(input, file, "/report/指标同义词.csv"));
        long line = shippedTable.lines().count() + 1;
        assertTrue(refused.getMessage().contains("第 " + line + " 行第 2 列没有整体用英文双引号括起"), refused.getMessage());
    }
}
