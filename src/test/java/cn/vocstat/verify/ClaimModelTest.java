package cn.vocstat.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.verify.Verdict.Conclusion;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/**
 * Each way a report writer phrases a number, as a true sentence that must not be flagged and its false
 * twin that must be 不一致, checked against the sample's 2025 run.
 */
class ClaimModelTest {

    @TempDir
    static Path root;
    static Path input;
    static SampleRun sample;
    static ReportFigures figures;
    static Synonyms synonyms;

    @BeforeAll
    static void runTheSample() throws IOException {
        sample = SampleRun.in(root);
        input = sample.input();
        figures = sample.figures();
        synonyms = sample.synonyms();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    private static List<Verdict> check(String text) throws IOException {
        Path draft = Files.writeString(root.resolve("draft-" + Integer.toHexString(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
        return new ClaimChecker(figures, synonyms).check(DraftText.read(draft));
    }

    private static Verdict about(List<Verdict> verdicts, String written) {
        return verdicts.stream().filter(v -> v.written().equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + written + " in " + verdicts));
    }

    /** The true sentence is not flagged (一致, or 无法核对 where the data cannot say), its false twin is 不一致. */
    private static void trueAndFalse(String trueText, String trueNumber, String falseText, String falseNumber) throws IOException {
        Verdict right = about(check(trueText), trueNumber);
        assertNotEquals(Conclusion.CONTRADICTED, right.conclusion(), right.toString());
        Verdict wrong = about(check(falseText), falseNumber);
        assertEquals(Conclusion.CONTRADICTED, wrong.conclusion(), wrong.toString());
    }

    private static void consistentAndFalse(String trueText, String trueNumber, String falseText, String falseNumber) throws IOException {
        Verdict right = about(check(trueText), trueNumber);
        assertEquals(Conclusion.CONSISTENT, right.conclusion(), right.toString());
        trueAndFalse(trueText, trueNumber, falseText, falseNumber);
    }

    @Test
    void aPartIsNeverComparedWithTheWhole() throws IOException {
        trueAndFalse("1.3 学生情况\n全市中职在校生 6310 人，在校生中女生 2980 人。", "2980 人",
                "1.3 学生情况\n全市中职在校生 6330 人，在校生中女生 2980 人。", "6330 人");
        trueAndFalse("1.4 教师队伍\n专任教师中具有硕士研究生学历的 45 人。", "45 人",
                "1.4 教师队伍\n全市共有专任教师 45 人。", "45 人");
        trueAndFalse("5.2 技能大赛\n在省级技能大赛中，学生组获二等奖 21 项、三等奖 15 项，教师组获二等奖 1 项。", "21 项",
                "5.2 技能大赛\n在省级技能大赛中，全市共获二等奖 21 项。", "21 项");
    }

    @Test
    void aBoundIsCheckedAsABound() throws IOException {
        consistentAndFalse("1.4 教师队伍\n全市中职学校生师比控制在 20:1 以内。", "20:1",
                "1.4 教师队伍\n全市中职学校生师比控制在 12:1 以内。", "12:1");
        consistentAndFalse("1.3 学生情况\n全市中职在校生超过 6000 人。", "6000 人",
                "1.3 学生情况\n全市中职在校生超过 7000 人。", "7000 人");
        consistentAndFalse("1.3 学生情况\n目前全市在校生约 6300 人。", "6300 人",
                "1.3 学生情况\n目前全市在校生约 3000 人。", "3000 人");
    }

    @Test
    void aRangeIsCheckedAsARange() throws IOException {
        trueAndFalse("2.9 培养质量\n各校就业率在 98.5% 至 99.4% 之间。", "98.5%",
                "2.9 培养质量\n各校就业率均在 99.5%～99.9% 之间。", "99.5%");
        trueAndFalse("2.9 培养质量\n全市就业率在 98%到 100%之间。", "98%",
                "2.9 培养质量\n全市就业率在 95%到 98%之间。", "95%");
    }

    @Test
    void lastYearsValueIsCheckedAsLastYears() throws IOException {
        consistentAndFalse("2.9 培养质量\n全市中职毕业生就业率由上年的 98.90% 提高到 99.07%。", "99.07%",
                "2.9 培养质量\n全市中职毕业生就业率由上年的 98.90% 提高到 98.07%。", "98.07%");
        trueAndFalse("2.9 培养质量\n全市中职毕业生就业率由上年的 98.90% 提高到 99.07%。", "98.90%",
                "2.9 培养质量\n全市中职毕业生就业率由上年的 97.90% 提高到 99.07%。", "97.90%");
        consistentAndFalse("1.3 学生情况\n全市在校生 6310 人，上年为 6543 人。", "6543 人",
                "1.3 学生情况\n全市在校生 6310 人，上年为 6443 人。", "6443 人");
    }

    @Test
    void lastYearNamedByItsYearIsLastYear() throws IOException {
        List<Verdict> right = check("1.3 学生情况\n全市中职在校生 6310 人，2024 年为 6543 人。");
        assertTrue(right.stream().allMatch(v -> v.conclusion() == Conclusion.CONSISTENT), right.toString());
        assertEquals(Conclusion.CONTRADICTED, about(check("1.3 学生情况\n全市中职在校生 6310 人，2024 年为 6453 人。"), "6453 人").conclusion());
    }

    @Test
    void aQualifiedNameIsAnotherFigure() throws IOException {
        trueAndFalse("2.9 培养质量\n全市毕业生就业率 99.07%，对口就业率 85%。", "85%", "2.9 培养质量\n全市毕业生就业率 85%。", "85%");
    }

    @Test
    void aWordHeadingStyleEndsTheSchoolScope() throws IOException {
        Path file = root.resolve("headings.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("盂县职业技术学校与多家企业开展订单培养，合作企业 12 家。");
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading2");
            heading.createRun().setText("全市校企合作概况");
            document.createParagraph().createRun().setText("合作企业共 68 家。");
            document.createParagraph().createRun().setText("合作企业共 60 家。");
            document.write(out);
        }
        List<Verdict> verdicts = new ClaimChecker(figures, synonyms).check(DraftText.read(file));
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "12 家").conclusion(), verdicts.toString());
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "68 家").conclusion(), verdicts.toString());
        assertEquals("全市校企合作概况，第 1 段", about(verdicts, "68 家").location());
        assertEquals(Conclusion.CONTRADICTED, about(verdicts, "60 家").conclusion(), verdicts.toString());
    }

    @Test
    void aFigureOverSeveralYearsIsNotThisYears() throws IOException {
        trueAndFalse("2.9 培养质量\n近三年，全市累计培养毕业生近 8000 人。", "8000 人", "2.9 培养质量\n今年全市培养毕业生近 8000 人。", "8000 人");
    }

    @Test
    void changeWordsAreCheckedAsChanges() throws IOException {
        consistentAndFalse("1.3 学生情况\n与 2024 年相比，全市在校生减少 233 人。", "233 人",
                "1.3 学生情况\n与 2024 年相比，全市在校生增加 233 人。", "233 人");
        assertEquals(Conclusion.CONSISTENT, about(check("1.3 学生情况\n与 2024 年相比，全市在校生减少 233 人。"), "2024 年").conclusion(),
                "the year compared with is no wrong year");
        consistentAndFalse("1.3 学生情况\n全市在校生 6310 人，较上年减少 233 人。", "233 人",
                "1.3 学生情况\n全市在校生 6310 人，较上年减少 323 人。", "323 人");
        consistentAndFalse("2.9 培养质量\n全市就业率 99.07%，同比提高 0.18 个百分点。", "0.18 个百分点",
                "2.9 培养质量\n全市就业率 99.07%，同比回落 0.18 个百分点。", "0.18 个百分点");
    }

    @Test
    void aHeadingOfAnyStyleEndsTheSchoolScope() throws IOException {
        String school = "盂县职业技术学校与多家企业开展订单培养，合作企业 12 家。\n";
        for (String heading : List.of("三、校企合作", "（二）全市概况", "2. 全市概况", "3.2 全市概况")) {
            List<Verdict> right = check("3.1 盂县职业技术学校\n" + school + heading + "\n合作企业共 68 家。");
            assertEquals(Conclusion.CONSISTENT, about(right, "68 家").conclusion(), heading + ": " + right);
            assertEquals(Conclusion.CONSISTENT, about(right, "12 家").conclusion(), heading + ": " + right);
            List<Verdict> wrong = check("3.1 盂县职业技术学校\n" + school + heading + "\n合作企业共 60 家。");
            assertEquals(Conclusion.CONTRADICTED, about(wrong, "60 家").conclusion(), heading + ": " + wrong);
        }
        consistentAndFalse("3.1 校企合作\n以盂县职业技术学校为代表，全市合作企业共 68 家。", "68 家",
                "3.1 校企合作\n以盂县职业技术学校为代表，全市合作企业共 12 家。", "12 家");
    }

    @Test
    void aSchoolThatOpensItsSentenceOr该校KeepsTheSchool() throws IOException {
        String school = "阳泉市职业中专学校";
        String students = studentsOf(school);
        consistentAndFalse("1.3 学生情况\n" + school + "是全市规模最大的学校，在校生" + students + "人。", students + " 人",
                "1.3 学生情况\n" + school + "是全市规模最大的学校，在校生" + (Integer.parseInt(students) - 100) + "人。",
                (Integer.parseInt(students) - 100) + " 人");
        consistentAndFalse("1.3 学生情况\n" + school + "是全市规模最大的学校。该校在校生" + students + "人。", students + " 人",
                "1.3 学生情况\n" + school + "是全市规模最大的学校。该校在校生" + (Integer.parseInt(students) + 100) + "人。",
                (Integer.parseInt(students) + 100) + " 人");
    }

    @Test
    void aListSaidWith分别PairsSubjectsAndValuesInOrder() throws IOException {
        String schools = "盂县职业技术学校和阳泉市职业中专学校";
        List<Verdict> right = check("3.1 校企合作\n" + schools + "的合作企业分别为 12 家和 " + partnersOf("阳泉市职业中专学校") + " 家。");
        assertTrue(right.stream().filter(v -> v.written().endsWith("家")).allMatch(v -> v.conclusion() == Conclusion.CONSISTENT), right.toString());
        List<Verdict> wrong = check("3.1 校企合作\n" + schools + "的合作企业分别为 " + partnersOf("阳泉市职业中专学校") + " 家和 12 家。");
        assertEquals(Conclusion.CONTRADICTED, wrong.get(0).conclusion(), wrong.toString());
        consistentAndFalse("1.3 学生情况\n全市在校生和招生分别为 6310 人和 1490 人。", "1490 人",
                "1.3 学生情况\n全市在校生和招生分别为 1490 人和 6310 人。", "6310 人");
    }

    private static String partnersOf(String school) {
        String code = figures.registry().all().stream().filter(s -> s.name().equals(school)).findFirst().orElseThrow().code();
        return figures.school(code).orElseThrow().figures().get(cn.vocstat.model.SchoolFigure.column(cn.vocstat.model.ServiceField.PARTNERS))
                .toBigInteger().toString();
    }

    @Test
    void aSemicolonEndsWhatAChangeCanReferTo() throws IOException {
        consistentAndFalse("7.4 经费投入\n中职教育经费占教育经费总支出的 7%；中职生均一般公共预算教育经费 18347.88 元，增长 64.94%。", "64.94%",
                "7.4 经费投入\n中职教育经费占教育经费总支出的 7%；中职生均一般公共预算教育经费 18347.88 元，增长 46.94%。", "46.94%");
    }

    @Test
    void numbersWrittenWith万ThousandsSeparatorsAndFullWidthDigits() throws IOException {
        consistentAndFalse("1.3 学生情况\n全市中职在校生 0.63 万人。", "0.63 万人", "1.3 学生情况\n全市中职在校生 0.73 万人。", "0.73 万人");
        consistentAndFalse("1.3 学生情况\n全市中职在校生共 6,310 人。", "6,310 人", "1.3 学生情况\n全市中职在校生共 6,130 人。", "6,130 人");
        consistentAndFalse("1.3 学生情况\n全市中职在校生共６３１０人。", "6310 人", "1.3 学生情况\n全市中职在校生共６３０１人。", "6301 人");
        consistentAndFalse("1.4 教师队伍\n全市生师比为 12.67∶1。", "12.67:1", "1.4 教师队伍\n全市生师比为 12.76∶1。", "12.76:1");
        consistentAndFalse("1.4 教师队伍\n全市生师比为 1:12.67。", "1:12.67", "1.4 教师队伍\n全市生师比为 1:11.67。", "1:11.67");
    }

    @Test
    void chineseNumeralsAreNumbers() throws IOException {
        consistentAndFalse("1.1 学校概况\n全市共有中等职业学校六所。", "六所", "1.1 学校概况\n全市共有中等职业学校七所。", "七所");
        consistentAndFalse("1.4 教师队伍\n中高级职称专任教师占比为百分之七十七点五一。", "百分之七十七点五一",
                "1.4 教师队伍\n中高级职称专任教师占比为百分之六十七点五一。", "百分之六十七点五一");
        consistentAndFalse("2.9 培养质量\n毕业生中直接就业占比约为三分之一。", "三分之一",
                "2.9 培养质量\n毕业生中直接就业占比约为三分之二。", "三分之二");
    }

    @Test
    void aNumberBrokenByALineIsOneNumber() throws IOException {
        consistentAndFalse("1.3 学生情况\n全市中职在校生共 63\n10 人。", "6310 人", "1.3 学生情况\n全市中职在校生共 63\n01 人。", "6301 人");
    }

    @Test
    void tableCellsAreClaimsAndTheTotalRowIsTheCitys() throws IOException {
        String header = "1.3 学生情况\n学校名称\t在校生（人）\t招生（人）\n";
        String school = "盂县职业技术学校";
        String students = studentsOf(school);
        List<Verdict> right = check(header + school + "\t" + students + "\t—\n合计\t6310\t1490\n");
        assertEquals(Conclusion.CONSISTENT, about(right, students + " 人").conclusion(), right.toString());
        assertEquals(Conclusion.CONSISTENT, about(right, "6310 人").conclusion(), right.toString());
        assertEquals("盂县职业技术学校｜在校生（人）：【" + students + "】", about(right, students + " 人").sentence());
        assertEquals("1.3 学生情况，表 1 第 3 行第 2 列", about(right, "6310 人").location());
        List<Verdict> wrong = check(header + school + "\t" + (Integer.parseInt(students) + 10) + "\t—\n合计\t6301\t1490\n");
        assertEquals(Conclusion.CONTRADICTED, about(wrong, (Integer.parseInt(students) + 10) + " 人").conclusion(), wrong.toString());
        assertEquals(Conclusion.CONTRADICTED, about(wrong, "6301 人").conclusion(), "合计 is the city's total: " + wrong);
    }

    private static String studentsOf(String school) {
        String code = figures.registry().all().stream().filter(s -> s.name().equals(school)).findFirst().orElseThrow().code();
        return figures.school(code).orElseThrow().indicators().get(cn.vocstat.indicator.Indicator.STUDENTS).toBigInteger().toString();
    }

    @Test
    void aBookmarkedNumberIsCheckedAgainstItsIndicatorWhateverTheWords() throws IOException {
        Path right = bookmarked("1.3 学生情况", "今年的规模达到 ", "6310", " 人，较为稳定。", "vs_students_v1");
        List<Verdict> rightVerdicts = new ClaimChecker(figures, synonyms).check(DraftText.read(right));
        assertEquals(Conclusion.CONSISTENT, about(rightVerdicts, "6310 人").conclusion(), rightVerdicts.toString());
        Path wrong = bookmarked("1.3 学生情况", "今年的规模达到 ", "6301", " 人，较为稳定。", "vs_students_v1");
        List<Verdict> wrongVerdicts = new ClaimChecker(figures, synonyms).check(DraftText.read(wrong));
        assertEquals(Conclusion.CONTRADICTED, about(wrongVerdicts, "6301 人").conclusion(), wrongVerdicts.toString());
        assertEquals("students", about(wrongVerdicts, "6301 人").targetId());
    }

    private static Path bookmarked(String heading, String before, String number, String after, String name) throws IOException {
        Path file = root.resolve("bookmarked-" + number + ".docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(heading);
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText(before);
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setId(BigInteger.ONE);
            start.setName(name);
            paragraph.createRun().setText(number);
            paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.ONE);
            paragraph.createRun().setText(after);
            document.write(out);
        }
        return file;
    }

    @Test
    void theResultNamesTheNumberItsPlaceAndOneFix() throws IOException {
        List<Verdict> verdicts = check("1.3 学生情况\n概况如下。\n2025 年，全市中等职业学校在校生共 6,301 人，比上年减少 233 人，招生 1490 人。\n1.4 教师队伍\n全市生师比为 12:1。");
        Verdict students = about(verdicts, "6,301 人");
        assertEquals("…年，全市中等职业学校在校生共 【6,301】 人，比上年减少 233…", students.sentence(), "15 characters before, 12 after");
        assertEquals("1.3 学生情况，第 2 段", students.location());
        Verdict ratio = about(verdicts, "12:1");
        assertEquals("应为 12.67:1（或 13:1）", ratio.explanation());
        List<Verdict> growth = check("7.4 经费投入\n中职生均一般公共预算教育经费 18347.88 元，比上年的 11123.67 元，增长 64.94%。");
        assertTrue(growth.stream().noneMatch(v -> v.targetName().contains("分母") || v.targetName().contains("分子")), growth.toString());
    }

    @Test
    void aRegisteredShortNameIsRightAndAnUnknownNameOnlyARemark() throws IOException {
        List<Verdict> verdicts = check("1.1 学校概况\n阳泉市综合中专在校生较少。\n序号\t学校名称\n1\t阳泉市综合中专\n2\t阳泉市综合职校\n");
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "阳泉市综合中专").conclusion(), verdicts.toString());
        assertEquals(Conclusion.NOTED, verdicts.stream().filter(v -> v.written().contains("综合职校")).findFirst().orElseThrow().conclusion());
        assertTrue(verdicts.stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), verdicts.toString());
        List<String> conclusions = new ArrayList<>();
        verdicts.forEach(v -> conclusions.add(v.conclusion().label()));
        assertTrue(conclusions.contains("提示"), conclusions.toString());
    }

    @Test
    void aSchoolsOwnReportSpeaksOfThatSchoolAndItsWeIsTheSchool() throws IOException {
        String title = "盂县职业技术学校2025年度质量报告（数据部分）\n1.基本情况\n";
        trueAndFalse(title + "我校2025年在校生670人，招生140人。\n", "670 人", title + "我校2025年在校生760人，招生140人。\n", "760 人");
        trueAndFalse(title + "学校毕业生268人，就业率98.51%。\n", "268 人", title + "学校毕业生286人，就业率98.51%。\n", "286 人");
        Verdict city = about(check(title + "全市六所中职学校在校生共6310人，我校占10.6%左右。\n"), "6310 人");
        assertEquals(Conclusion.CONSISTENT, city.conclusion(), "全市 still speaks of the city: " + city);
    }

    @Test
    void ourSchoolInAReportThatDoesNotSayWhichIsNeverTakenForTheCity() throws IOException {
        Verdict some = about(check("一、基本情况\n我校2025年在校生670人。\n"), "670 人");
        assertNotEquals(Conclusion.CONTRADICTED, some.conclusion(), "670 is the city's 6310 for no one: " + some);
        Verdict none = about(check("一、基本情况\n我校2025年在校生5000人。\n"), "5000 人");
        assertNotEquals(Conclusion.CONTRADICTED, none.conclusion(), "a school the text does not name cannot be contradicted: " + none);
    }

    @Test
    void aComparisonMayNameTheYearBeforeTheDataItCitesAndAYearIsWrongOnlyWhereItsFiguresAreKnown() throws IOException {
        List<Verdict> verdicts = check("7.4 经费投入\n中职生均一般公共预算教育经费由2023年的11123.67元增至18347.88元。\n");

        assertTrue(verdicts.stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), verdicts.toString());
        Verdict wrongYear = about(check("1.3 学生情况\n2022年全市中等职业学校在校生6310人。\n"), "2022 年");
        assertEquals(Conclusion.CONTRADICTED, wrongYear.conclusion(), wrongYear.toString());
    }

    @Test
    void aShareAfterAFigureNotUnderstoodIsNotTakenForTheShareOfAnEarlierOne() throws IOException {
        Verdict share = about(check("1.4 教师队伍\n全市专任教师498人，评上副高以上职务的152人，占30.52%。\n"), "30.52%");
        assertNotEquals(Conclusion.CONTRADICTED, share.conclusion(), "not the share of full-time teachers in the staff: " + share);
        consistentAndFalse("1.4 教师队伍\n全市专任教师498人，中高级职称386人，占比77.51%。\n", "77.51%",
                "1.4 教师队伍\n全市专任教师498人，中高级职称386人，占比76.51%。\n", "76.51%");
        consistentAndFalse("1.4 教师队伍\n专任教师498人，其中高级职称152人、中级职称234人。\n", "152 人",
                "1.4 教师队伍\n专任教师498人，其中高级职称386人、中级职称234人。\n", "386 人");
        consistentAndFalse("1.4 教师队伍\n具有中级及以上职称的专任教师386人。\n", "386 人", "1.4 教师队伍\n具有中级及以上职称的专任教师368人。\n", "368 人");
        Verdict qualified = about(check("1.4 教师队伍\n具有硕士学位的专任教师45人。\n"), "45 人");
        assertNotEquals(Conclusion.CONTRADICTED, qualified.conclusion(), "a kind of teacher, not all of them: " + qualified);
    }

    @Test
    void aCountWith余Or多BeforeItsUnitIsALowerBound() throws IOException {
        consistentAndFalse("2.9 培养质量\n全年毕业生2500余人。\n", "2500 人", "2.9 培养质量\n全年毕业生2600余人。\n", "2600 人");
        consistentAndFalse("1.4 教师队伍\n全市中职学校教职工五百多人。\n", "五百人", "1.4 教师队伍\n全市中职学校教职工六百多人。\n", "六百人");
    }

    @Test
    void theYearWrittenBeforeAFigureSaysWhoseYearItIs() throws IOException {
        consistentAndFalse("1.3 学生情况\n2024年全市中职在校生6543人，2025年在校生6310人。\n", "6543 人",
                "1.3 学生情况\n2024年全市中职在校生6310人。\n", "6310 人");
        List<Verdict> statistic = check("7.4 经费投入\n2024年中职生均一般公共预算教育经费18347.88元。\n");
        assertEquals(Conclusion.CONSISTENT, about(statistic, "18347.88 元").conclusion(), "a statistic's data year is its own: " + statistic);
        assertEquals(Conclusion.CONSISTENT, about(statistic, "2024 年").conclusion(), statistic.toString());
        Verdict older = about(check("1.3 学生情况\n2021年全市中职在校生7000人。\n"), "7000 人");
        assertEquals(Conclusion.UNCHECKABLE, older.conclusion(), "a year the data does not hold: " + older);
    }

    @Test
    void theShortNamesPeopleWriteNameTheirSchool() throws IOException {
        consistentAndFalse("1.3 学生情况\n分校看，平定职中在校生850人，郊区职高1020人。\n", "1020 人",
                "1.3 学生情况\n分校看，平定职中在校生850人，郊区职高1200人。\n", "1200 人");
        List<Verdict> verdicts = check("1.4 教师队伍\n平定职中高级职称20人，盂县职校专任教师56人。\n");
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "20 人").conclusion(), "平定职中 + 高级职称, not 中高级职称: " + verdicts);
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "56 人").conclusion(), verdicts.toString());
        Verdict named = about(verdicts, "平定职中");
        assertEquals(Conclusion.NOTED, named.conclusion(), "a short name nobody registered is read, and said: " + named);
        assertTrue(named.explanation().contains("平定县高级职业中学校"), named.explanation());
        consistentAndFalse("1.3 学生情况\n学校\t在校生（人）\n郊区职高\t1020\n平定职中\t850\n", "850 人",
                "1.3 学生情况\n学校\t在校生（人）\n郊区职高\t1020\n平定职中\t580\n", "580 人");
    }

    @Test
    void aSchoolsOwnReportComparedWithTheCityGoesOnAboutItselfAndItsChangesAreChecked() throws IOException {
        String title = "阳泉市综合中专学校质量年度报告（2025年度）\n一、学校概况\n";
        String text = title + "学校在校生1150人，约占全市在校生的18.2%。专任教师98人，比上年增加1人。本年招生300人，比上年的274人增加26人。\n";
        List<Verdict> verdicts = check(text);
        for (String figure : List.of("98 人", "1 人", "274 人", "26 人")) {
            assertEquals(Conclusion.CONSISTENT, about(verdicts, figure).conclusion(), figure + ": " + verdicts);
        }
        assertTrue(about(verdicts, "98 人").targetName().contains("阳泉市综合中专学校"), verdicts.toString());
        Verdict direction = about(check(text.replace("274人增加26人", "274人减少26人")), "26 人");
        assertEquals(Conclusion.CONTRADICTED, direction.conclusion(), direction.toString());
        Verdict prior = about(check(text.replace("比上年的274人", "比上年的247人")), "247 人");
        assertEquals(Conclusion.CONTRADICTED, prior.conclusion(), prior.toString());
    }

    @Test
    void numbersSaidOfEachItemOfAListAreTheItemsOwn() throws IOException {
        Verdict each = about(check("1.2 专业设置\n阳泉市综合中专学校新增音乐表演、舞蹈表演两个专业，分别招生30人和25人。\n"), "30 人");
        assertEquals(Conclusion.CONSISTENT, each.conclusion(), "one major's enrolment, not the school's: " + each);
        assertTrue(each.targetName().contains("音乐表演专业"), each.toString());
        trueAndFalse("1.2 专业设置\n在校生和招生分别为6310人和1490人。\n", "1490 人", "1.2 专业设置\n在校生和招生分别为6310人和1940人。\n", "1940 人");
    }

    @Test
    void aListOfSchoolsGoesOnFromSentenceToSentence() throws IOException {
        String text = "7.4 经费投入\n各校经费总支出合计23,300.00万元。职业中专以7,650.00万元居首。郊区职高为%s万元。\n";
        consistentAndFalse(text.formatted("3,450.00"), "3,450.00 万元", text.formatted("3,000.00"), "3,000.00 万元");
        Verdict unrelated = about(check("1.4 教师队伍\n平定职中专任教师66人。盂县职校开设专业12个。郊区职高为400人。\n"), "400 人");
        assertNotEquals(Conclusion.CONTRADICTED, unrelated.conclusion(), "the list ended with the sentence that named no figure: " + unrelated);
    }

    @Test
    void aFigureSetBesideTheCitysIsTheCitysFigure() throws IOException {
        consistentAndFalse("2.9 培养质量\n盂县职业技术学校就业率98.51%，低于全市99.07%的平均水平。\n", "99.07%",
                "2.9 培养质量\n盂县职业技术学校就业率98.51%，低于全市99.70%的平均水平。\n", "99.70%");
    }

    @Test
    void aTableOnItsSideIsCheckedByItsRowsFigureAndItsColumnsYear() throws IOException {
        String table = "1.3 学生情况\n指标\t2025年\t2024年\n在校生数（人）\t6310\t6543\n生师比\t12.67:1\t%s\n";
        consistentAndFalse(table.formatted("13.30:1"), "13.30:1", table.formatted("12.30:1"), "12.30:1");
        consistentAndFalse("二、社会服务\n项目\t数值\n志愿服务活动（次）\t156\n", "156 次", "二、社会服务\n项目\t数值\n志愿服务活动（次）\t165\n", "165 次");
        Verdict change = about(check("1.3 学生情况\n指标\t2025年\t增减\n在校生数（人）\t6310\t-233\n"), "6310 人");
        assertEquals(Conclusion.CONSISTENT, change.conclusion(), change.toString());
    }

    @Test
    void aFigureNamedEarlierInTheSentenceOrByItsTopicNamesTheNumberAfterIt() throws IOException {
        consistentAndFalse("2.9 培养质量\n体校就业率最高，达到99.39%。\n", "99.39%", "2.9 培养质量\n体校就业率最高，达到99.93%。\n", "99.93%");
        consistentAndFalse("1.4 教师队伍\n生师比方面，全市平均为12.67:1。\n", "12.67:1", "1.4 教师队伍\n生师比方面，全市平均为12.76:1。\n", "12.76:1");
        consistentAndFalse("1.3 学生情况\n从在校生规模看，职业中专以2200人居首。\n", "2200 人", "1.3 学生情况\n从在校生规模看，职业中专以2020人居首。\n", "2020 人");
        consistentAndFalse("1.3 学生情况\n全市中职在校生6310人，在校生最多的是阳泉市职业中专学校，达2200人。\n", "2200 人",
                "1.3 学生情况\n全市中职在校生6310人，在校生最多的是阳泉市职业中专学校，达2020人。\n", "2020 人");
    }

    @Test
    void awardsOfStudentsAndTeachersTogetherAreTheWhole() throws IOException {
        consistentAndFalse("4.1 技能大赛\n全市学生和教师共获一等奖1项、二等奖22项。\n", "22 项", "4.1 技能大赛\n全市学生和教师共获一等奖1项、二等奖21项。\n", "21 项");
        Verdict students = about(check("4.1 技能大赛\n全市学生共获二等奖21项。\n"), "21 项");
        assertEquals(Conclusion.CONSISTENT, students.conclusion(), "the students' own prizes, not the whole 22: " + students);
        assertTrue(students.targetName().contains("学生组"), students.toString());
    }

    @Test
    void aSchoolsOwnTableIsTheSchoolsAndAHeaderInPercentNamesAShare() throws IOException {
        String report = "平定县高级职业中学校2025年度质量报告\n一、基本情况\n指标\t2025年\t2024年\n在校生数（人）\t850\t%s\n";
        consistentAndFalse(report.formatted("901"), "901 人", report.formatted("910"), "910 人");
        String table = "三、教师\n学校名称\t双师型占比（%%）\n体校\t%s\n";
        consistentAndFalse(table.formatted("36.00"), "36.00%", table.formatted("63.00"), "63.00%");
    }

    @Test
    void anotherSectorsFigureIsNotOurs() throws IOException {
        Verdict other = about(check("7.4 经费投入\n普通高中教育事业性经费项目支出较上年减少3.67个百分点。合作企业接纳我校毕业生就业20人。\n"), "20 人");
        assertNotEquals(Conclusion.CONTRADICTED, other.conclusion(), other.toString());
        List<Verdict> verdicts = check("7.4 经费投入\n普通高中教育事业性经费项目支出较上年减少3.67个百分点。\n");
        assertTrue(verdicts.stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), verdicts.toString());
    }

    @Test
    void wordsInBracketsQualifyAFigureAndDoNotNameIt() throws IOException {
        Verdict employed = about(check("2.9 培养质量\n全市毕业生中实现就业（含升学）2569人，就业率为99.07%。\n"), "2569 人");

        assertNotEquals(Conclusion.CONTRADICTED, employed.conclusion(), employed.toString());
        assertNotEquals(Indicator.FURTHER_STUDY.id(), employed.targetId(), "（含升学） is not what the 2569 counts: " + employed);
    }

    @Test
    void aShareOfAWholeTheTextNamesIsThePartOverThatWhole() throws IOException {
        // 849 ÷ 2593: the writer's whole is the graduates, not the employed of 直接就业占比 (33.05%)
        consistentAndFalse("2.9 培养质量\n全市毕业生2593人，直接就业849人，占毕业生总数的32.74%。\n", "32.74%",
                "2.9 培养质量\n全市毕业生2593人，直接就业849人，占毕业生总数的33.05%。\n", "33.05%");
        consistentAndFalse("平定县高级职业中学校2025年度质量报告\n三、教师队伍\n我校高级职称教师占专任教师的30.30%。\n", "30.30%",
                "平定县高级职业中学校2025年度质量报告\n三、教师队伍\n我校高级职称教师占专任教师的33.30%。\n", "33.30%");
        consistentAndFalse("7.4 经费投入\n各校经费总收入合计23,740.50万元，其中财政拨款收入21,750万元，占经费总收入的91.62%。\n", "91.62%",
                "7.4 经费投入\n各校经费总收入合计23,740.50万元，其中财政拨款收入21,750万元，占经费总收入的91.26%。\n", "91.26%");
        consistentAndFalse("2.9 培养质量\n全市毕业生中，升学1720人，占已就业人数的66.95%。\n", "66.95%",
                "2.9 培养质量\n全市毕业生中，升学1720人，占已就业人数的67.95%。\n", "67.95%");
    }

    @Test
    void aShareOfTheWholeAnIndicatorDividesByIsThatIndicatorAndItsChangeFollows() throws IOException {
        String text = "1.4 教师队伍\n全市中高级职称专任教师占专任教师总数的77.51%%，同比提高%s个百分点。\n";
        consistentAndFalse(text.formatted("1.49"), "1.49 个百分点", text.formatted("1.94"), "1.94 个百分点");
        Verdict share = about(check(text.formatted("1.49")), "77.51%");
        assertEquals(Indicator.MID_SENIOR_TITLE_RATIO.id(), share.targetId(), share.toString());
    }

    @Test
    void theRatiosOfAListedPairAreTheirShares() throws IOException {
        String text = "2.9 培养质量\n已落实去向的毕业生中，直接就业和升入高一级学校的比例分别为33.05%%和%s。\n";
        consistentAndFalse(text.formatted("66.95%"), "66.95%", text.formatted("69.95%"), "69.95%");
    }

    @Test
    void aSchoolsShareOfTheCityIsItsFigureOverTheCitys() throws IOException {
        consistentAndFalse("7.4 经费投入\n各校经费总支出合计23300万元，其中职业中专7650万元，占全市合计的32.83%，居各校首位。\n", "32.83%",
                "7.4 经费投入\n各校经费总支出合计23300万元，其中职业中专7650万元，占全市合计的23.83%，居各校首位。\n", "23.83%");
        consistentAndFalse("1.3 学生情况\n职业中专在校生2,200人，占全市在校生6,310人的34.87%。\n", "34.87%",
                "1.3 学生情况\n职业中专在校生2,200人，占全市在校生6,310人的43.87%。\n", "43.87%");
        consistentAndFalse("1.3 学生情况\n从在校生规模看，职业中专以2200人居首，占全市在校生总数的34.87%。\n", "34.87%",
                "1.3 学生情况\n从在校生规模看，职业中专以2200人居首，占全市在校生总数的38.47%。\n", "38.47%");
        consistentAndFalse("7.4 经费投入\n中职教育经费支出2.33亿元，占全市教育经费总支出33.29亿元的7.00%。\n", "7.00%",
                "7.4 经费投入\n中职教育经费支出2.33亿元，占全市教育经费总支出33.29亿元的7.30%。\n", "7.30%");
        Verdict county = about(check("盂县教育局2025年度工作总结\n一、办学规模\n县职校在校生670人，占全县中职在校生的100%。\n"), "100%");
        assertNotEquals(Conclusion.CONTRADICTED, county.conclusion(), "全县 is no whole the data holds: " + county);
        Verdict approximately = about(check("阳泉市综合中专学校2025年度质量报告\n一、基本情况\n我校在校生1,150人，约占全市的18.2%。\n"), "18.2%");
        assertEquals(Conclusion.CONSISTENT, approximately.conclusion(), approximately.toString());
    }

    @Test
    void aShareOfAWholeNotUnderstoodIsNeverCheckedAgainstAnotherWhole() throws IOException {
        for (String whole : List.of("占全部毕业生的", "占本届毕业生的", "占毕业生人数的比例为", "占同期毕业生的")) {
            List<Verdict> verdicts = check("2.9 培养质量\n全市直接就业849人，" + whole + "32.74%。\n");
            assertTrue(verdicts.stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), whole + verdicts);
        }
        Verdict overAHundred = about(check("1.4 教师队伍\n全市在校生6310人，占专任教师的92.5%。\n"), "92.5%");
        assertEquals(Conclusion.UNCHECKABLE, overAHundred.conclusion(), "a share over 100% is a misreading: " + overAHundred);
    }

    @Test
    void anItemOfASemicolonListSpeaksOfTheSchoolItNames() throws IOException {
        String text = "2.9 培养质量\n分学校看，阳泉市职业中专学校毕业生920人，就业率99.24%%；盂县职业技术学校毕业生268人，就业率%s。\n";
        consistentAndFalse(text.formatted("98.51%"), "98.51%", text.formatted("99.42%"), "99.42%");
        String ranked = "2.9 培养质量\n体校就业率最高，达到99.39%%；盂县职校相对最低，为%s。\n";
        consistentAndFalse(ranked.formatted("98.51%"), "98.51%", ranked.formatted("98.89%"), "98.89%");
    }

    @Test
    void aShortNameTheTextDefinesIsThatSchool() throws IOException {
        String text = "一、办学规模\n县教育局指导盂县职业技术学校（以下简称“县职校”）开展招生宣传。2025年，县职校招生%s人。\n";
        consistentAndFalse(text.formatted("140"), "140 人", text.formatted("104"), "104 人");
    }

    @Test
    void aCountyBureausSummaryIsAboutTheOneSchoolItGoverns() throws IOException {
        String text = "盂县教育局2025年度工作总结\n一、办学规模\n全校在校生%s人。\n";
        consistentAndFalse(text.formatted("670"), "670 人", text.formatted("760"), "760 人");
    }

    @Test
    void aSchoolRankedAmongTheCitysIsStillTheSubjectAndItsNumberedItemNamesIt() throws IOException {
        String text = "（四）分校评估情况\n1.阳泉市体育运动学校。生师比为全市最低，就业率为全市最高。合作企业接纳毕业生就业人数占直接就业人数的比例仅为%s。\n";
        consistentAndFalse(text.formatted("11.36%"), "11.36%", text.formatted("11.63%"), "11.63%");
        String aside = "盂县职业技术学校2025年度质量报告\n（一）毕业去向\n就业率为98.51%%，略低于全市99.07%%的平均水平；直接就业%s人。\n";
        consistentAndFalse(aside.formatted("38"), "38 人", aside.formatted("83"), "83 人");
    }

    @Test
    void aLowerBoundSaidWithNotBelowHoldsForEachSchool() throws IOException {
        String text = "（三）师资队伍\n各校中高级职称专任教师占比均不低于%s。\n";
        trueAndFalse(text.formatted("72%"), "72%", text.formatted("76%"), "76%");
    }

    @Test
    void theSchoolsOfWhichSomethingIsSaidAreSomeOfTheSchools() throws IOException {
        Verdict some = about(check("1.学生规模\n全市有五所学校在校生较上年减少，仅盂县职业技术学校略有增加。\n"), "五所");
        assertNotEquals(Conclusion.CONTRADICTED, some.conclusion(), some.toString());
        consistentAndFalse("1.学生规模\n全市共有中职学校六所。\n", "六所", "1.学生规模\n全市共有中职学校7所。\n", "7 所");
    }

    @Test
    void aListOfChangesAndAListOfBareNumbersPairWithTheirFigures() throws IOException {
        String changes = "4.1 技能大赛\n全市获一等奖1项、二等奖22项、三等奖16项，二等奖、三等奖分别比上年增加7项和%s项，另有56人次获评优秀指导教师。\n";
        consistentAndFalse(changes.formatted("6"), "6 项", changes.formatted("9"), "9 项");
        String bare = "4.1 技能大赛\n其中，职业中专、综合中专、郊区职高获评优秀指导教师分别为18、%s、8人次。\n";
        consistentAndFalse(bare.formatted("10"), "10 人次", bare.formatted("9"), "9 人次");
    }

    @Test
    void aPlanAndAChangeOfAFigureNotUnderstoodAreNeverCheckedAsThisYearsData() throws IOException {
        Verdict plan = about(check("八、2026年工作打算\n稳定招生规模，力争全年招生不低于150人。\n"), "150 人");
        assertEquals(Conclusion.UNCHECKABLE, plan.conclusion(), plan.toString());
        List<Verdict> verdicts = check("2.专业设置\n2025年新增专业5个：阳泉市综合中专新增音乐表演、舞蹈表演专业，实训室由上年的9个增至11个。\n");
        assertTrue(verdicts.stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), "9 and 11 are no 新增专业: " + verdicts);
    }

    @Test
    void aChangeOfTwoSharesAsPrintedIsAsTrueAsTheExactOne() throws IOException {
        String text = "2.9 培养质量\n全市毕业生就业率为99.07%%，由上年的98.90%%提高%s个百分点。\n";
        consistentAndFalse(text.formatted("0.17"), "0.17 个百分点", text.formatted("0.71"), "0.71 个百分点");
        Verdict exact = about(check(text.formatted("0.18")), "0.18 个百分点");
        assertEquals(Conclusion.CONSISTENT, exact.conclusion(), exact.toString());
    }

    @Test
    void moreAndFewerThanLastYearAreChangesAndTheItemsOfAListAreSomeOfAFigure() throws IOException {
        String more = "4.1 技能大赛\n全市获二等奖22项、三等奖16项，二等奖比上年多了%s项。\n";
        consistentAndFalse(more.formatted("7"), "7 项", more.formatted("9"), "9 项");
        String fewer = "1.3 学生情况\n全市招生1490人，比上年少招了%s人。\n";
        consistentAndFalse(fewer.formatted("25"), "25 人", fewer.formatted("52"), "52 人");
        Verdict listed = about(check("1.2 专业设置\n学校新增了无人机操控与维护、矿井通风与安全、矿山机电等5个专业。\n"), "5 个");
        assertNotEquals(Conclusion.CONTRADICTED, listed.conclusion(), "the majors listed, not all 58: " + listed);
    }

    @Test
    void aSchoolsPlaceAmongTheCitysSchoolsIsCheckedAgainstEverySchool() throws IOException {
        String nth = "2.9 培养质量\n平定县高级职业中学校毕业生就业率98.89%%，排全市第%s；2025年新招录教师6人。\n";
        consistentAndFalse(nth.formatted("五"), "排全市第五", nth.formatted("二"), "排全市第二");
        String top = "1.4 教师队伍\n%s“双师型”教师占比%s，全市最高。\n";
        consistentAndFalse(top.formatted("阳泉市职业中专学校", "54.67%"), "全市最高", top.formatted("阳泉市综合中专学校", "40.82%"), "全市最高");
        String lowest = "1.4 教师队伍\n%s生师比%s，为全市最低。\n";
        consistentAndFalse(lowest.formatted("阳泉市体育运动学校", "8.40:1"), "全市最低", lowest.formatted("阳泉市职业中专学校", "14.67:1"), "全市最低");
        Verdict growth = about(check("1.3 学生情况\n盂县职业技术学校招生140人，比上年增长25.00%，增幅全市最大。\n"), "140 人");
        assertEquals(Conclusion.CONSISTENT, growth.conclusion(), "增幅最大 places the growth, not the 140: " + growth);
    }

    @Test
    void tenthsAreFractionsReadAsNearestMoreThanOrAtLeast() throws IOException {
        consistentAndFalse("2.9 培养质量\n全市毕业生直接就业占比约三成。\n", "三成", "2.9 培养质量\n全市毕业生直接就业占比约七成。\n", "七成");
        consistentAndFalse("2.9 培养质量\n全市毕业生升学占比六成多。\n", "六成多", "2.9 培养质量\n全市毕业生升学占比五成多。\n", "五成多");
        consistentAndFalse("2.9 培养质量\n全市就业率超过九成。\n", "九成", "2.9 培养质量\n全市直接就业占比超过四成。\n", "四成");
        assertTrue(check("1.1 概况\n学校办学方向一成不变。\n").isEmpty(), "一成不变 is no number");
    }

    @Test
    void moreOrFewerAfterTheSentenceNamesThePriorYearAreChanges() throws IOException {
        String text = "1.3 学生情况\n和2024年相比，在校生少了%s人，招生少了25人。\n";
        consistentAndFalse(text.formatted("233"), "233 人", text.formatted("223"), "223 人");
        String contest = "4.1 技能大赛\n全市获二等奖22项，二等奖比上一届多了%s项。\n";
        consistentAndFalse(contest.formatted("7"), "7 项", contest.formatted("9"), "9 项");
    }

    @Test
    void anAverageOverTeamsAndTheRestOfACountAreNotTheTotal() throws IOException {
        Verdict average = about(check("3.2 志愿服务\n全市组建志愿服务队8支，开展志愿服务活动156次，平均每支队伍近20次。\n"), "20 次");
        assertEquals(Conclusion.UNCHECKABLE, average.conclusion(), average.toString());
        Verdict rest = about(check("1.3 学生情况\n综合中专、盂县职校招生比上年增加；其余3所学校招生人数均比上年减少。\n"), "3 所");
        assertNotEquals(Conclusion.CONTRADICTED, rest.conclusion(), "the rest, not all 6: " + rest);
    }

    @Test
    void aSchoolsShareOfTheCityIsOfTheSchoolNamedBeforeTheShare() throws IOException {
        String text = "1.3 学生情况\n分学校看，阳泉市职业中专学校招生520人，在校生2200人，在校生占全市的%s；阳泉市综合中专学校招生300人。\n";
        consistentAndFalse(text.formatted("34.87%"), "34.87%", text.formatted("34.78%"), "34.78%");
    }

    @Test
    void nearIsJustUnderAndAboutIsWithinHalfItsLastDigit() throws IOException {
        consistentAndFalse("1.4 教师队伍\n全市专任教师近五百人。\n", "五百人", "1.3 学生情况\n全市中职在校生近六千人。\n", "六千人");
        String about = "1.3 学生情况\n阳泉市职业中专学校是全市规模最大的中职学校，在校生%s人左右。\n";
        consistentAndFalse(about.formatted("两千二百"), "两千二百人", about.formatted("两千三百"), "两千三百人");
    }

    @Test
    void whereTheDraftWritesBracketsItselfTheNumberIsMarkedWithOthers() throws IOException {
        Verdict wrong = about(check("三、学校风采\n【市综合中专】在校生1160人，2025年招生300人。\n"), "1160 人");
        assertEquals(Conclusion.CONTRADICTED, wrong.conclusion(), wrong.toString());
        assertTrue(wrong.sentence().startsWith("【市综合中专】在校生〖1160〗人"), wrong.sentence());
    }

    @Test
    void aSlideOutlineStatesChangesWithSignsArrowsAndLastYearInBrackets() throws IOException {
        String signed = "一、总体情况\n● 在校生：6310人（-%s）\n";
        consistentAndFalse(signed.formatted("233"), "233 人", signed.formatted("223"), "223 人");
        String arrow = "三、师资队伍\n● 中高级职称占比 77.51%%，↑%s个百分点\n";
        consistentAndFalse(arrow.formatted("1.49"), "1.49 个百分点", arrow.formatted("1.94"), "1.94 个百分点");
        String prior = "三、师资队伍\n● 生师比 12.67∶1（上年%s∶1）\n";
        consistentAndFalse(prior.formatted("13.30"), "13.30:1", prior.formatted("13.03"), "13.03:1");
    }

    @Test
    void schoolsCountedWithoutSayingAllOfThemAreSomeOfThem() throws IOException {
        for (String some : List.of("1.3 学生情况\n全市招生、在校生双降，4所学校招生减少。\n", "1.3 学生情况\n综合中专是今年招生实现增长的两所学校之一。\n",
                "1.3 学生情况\n全市仅职业中专一所学校达标。\n", "1.2 专业设置\n— 贯通培养：5所学校、18个专业\n")) {
            assertTrue(check(some).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), some + check(some));
        }
        consistentAndFalse("1.1 学校概况\n全市共有6所学校。\n", "6 所", "1.1 学校概况\n全市共有7所学校。\n", "7 所");
        String spread = "1.2 专业设置\n今年新增的五个专业分布在%s所学校。\n";
        consistentAndFalse(spread.formatted("三"), "三所", spread.formatted("4"), "4 所");
    }

    @Test
    void aSchoolNamedOnlyAfterItsHeadIsQuotedIsNotTheSchoolNamedBefore() throws IOException {
        String text = "二、师资\n体校生师比8.4∶1。\n“全校150名专任教师里，‘双师型’教师有82名，占比超过五成。”张建国说。\n";
        assertTrue(check(text).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), check(text).toString());
    }

    @Test
    void aYearInASentenceOfNoFigureAndABoundInAProposalAreNoClaims() throws IOException {
        assertTrue(check("六、经费保障（2024年度，市级统计口径）\n学校始建于1958年。\n").stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED));
        Verdict bound = about(check("三、建议\n核定中职教师编制时按生师比不高于16∶1测算。\n"), "16:1");
        assertEquals(Conclusion.UNCHECKABLE, bound.conclusion(), bound.toString());
        Verdict year = about(check("2023年全市在校生6310人。\n"), "2023 年");
        assertEquals(Conclusion.CONTRADICTED, year.conclusion(), "a year that dates a figure is still checked: " + year);
    }

    @Test
    void anAbbreviationInBracketsStandsBetweenASchoolAndItsFigure() throws IOException {
        String text = "（三）师资\n“双师型”教师占专任教师的比例全市为46.18%%；其中职业中专达54.67%%，平定县高级职业中学校（以下简称平定职中）为%s，差距明显。\n";
        consistentAndFalse(text.formatted("42.42%"), "42.42%", text.formatted("40.82%"), "40.82%");
    }

    @Test
    void aFigureNotUnderstoodEndsTheListOfSchoolsGoingOnFromTheSentenceBefore() throws IOException {
        String text = "（一）投入\n阳泉市体育运动学校经费总支出2100万元。按在校生折算，体校生均支出约5.0万元，职业中专约3.48万元。\n";
        assertTrue(check(text).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), check(text).toString());
    }

    @Test
    void aPlaceSaidAfterTheCitysValueIsTheSchoolsAndOneSaidWithoutTheCityIsAmongItsSchools() throws IOException {
        String afterCity = "（三）师资\n盂县职业技术学校中高级职称专任教师44人，占专任教师的78.57%%，高于全市77.51%%的水平，在全市中职学校中居第%s位。\n";
        consistentAndFalse(afterCity.formatted("三"), "在全市中职学校中居第三位", afterCity.formatted("二"), "在全市中职学校中居第二位");
        String bare = "（二）毕业去向\n平定县高级职业中学校就业率98.89%%，居第%s。\n";
        consistentAndFalse(bare.formatted("五"), "居第五", bare.formatted("四"), "居第四");
        String listed = "一、办学规模\n综合中专和郊区职高在校生分别为1150人和1020人，位列第二、第三。\n";
        assertTrue(check(listed).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), check(listed).toString());
    }

    @Test
    void aSchoolNamedToCompareWithIsNotWhomTheTextGoesOnAbout() throws IOException {
        String text = "盂县职业技术学校2025年度质量报告\n（三）教师发展\n“双师型”教师26人，占比46.43%%，仅次于阳泉市职业中专学校，在全市排名第二。教师到企业实践%s人次。\n";
        consistentAndFalse(text.formatted("38"), "38 人次", text.formatted("72"), "72 人次");
    }

    @Test
    void aSchoolGivenAsTheCitysExampleLeavesTheNextSentenceToTheCity() throws IOException {
        String text = "（四）师资队伍\n全市中职学校教职工596人。“双师型”教师230人，占比46.18%%，其中职业中专达到54.67%%。全年新招录教师%s人。\n";
        consistentAndFalse(text.formatted("18"), "18 人", text.formatted("16"), "16 人");
        Verdict example = about(check(text.formatted("18")), "54.67%");
        assertEquals(Conclusion.CONSISTENT, example.conclusion(), "达到 after the school it names: " + example);
    }

    @Test
    void aSchoolsPartOfTheCitysTotalMayBeItsShareOfThatTotal() throws IOException {
        String text = "（四）校企合作\n合作企业接纳毕业生就业共144人，其中职业中专45人，占31.25%。\n";
        Verdict share = about(check(text), "31.25%");
        assertNotEquals(Conclusion.CONTRADICTED, share.conclusion(), "45 ÷ 144, not the school's 12.75%: " + share);
    }

    @Test
    void aSectionTitledWithASchoolIsAboutItAgainAfterASentenceAboutTheCity() throws IOException {
        String text = "第二篇　阳泉市郊区职业高级中学校\n【专业设置】\n全市中职学校共有省级品牌专业2个，机电技术应用专业就是其中之一\n【办学规模】\n在校生%s人\n◆ 教师技能赛项　三等奖1项\n";
        consistentAndFalse(text.formatted("1020"), "1020 人", text.formatted("1030"), "1030 人");
        assertTrue(check(text.formatted("1020")).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), "one 赛项's prizes are a part");
    }

    @Test
    void aTargetAfterItsNumberAndAYearOpeningTheSentenceBeforeLastYearsValue() throws IOException {
        Verdict target = about(check("三、存在问题\n双师型教师占比46.18%，距离我省提出的“十四五”末达到50%的目标仍有差距。\n"), "50%");
        assertEquals(Conclusion.UNCHECKABLE, target.conclusion(), target.toString());
        String prior = "3.3 师资\n2025年全市生师比较上年的%s:1下降0.63。\n";
        consistentAndFalse(prior.formatted("13.30"), "13.30:1", prior.formatted("13.03"), "13.03:1");
    }

    @Test
    void theRestOfTheSchoolsReturnTheTextToTheCityAndAFigureRankedJustBeforeIsTheOneMeant() throws IOException {
        String rest = "3.3 师资\n从“双师型”教师看，仅职业中专超过50%%，其余学校均在50%%以下。企业兼职教师共%s人。\n";
        consistentAndFalse(rest.formatted("78"), "78 人", rest.formatted("42"), "42 人");
        String ranked = "3.4 毕业去向\n分校看，盂县职校升学占比高达85.61%%，居各校首位；平定职中直接就业占比最高，职业中专以%s居第二位。\n";
        consistentAndFalse(ranked.formatted("38.66%"), "38.66%", ranked.formatted("61.34%"), "61.34%");
        String difference = "3.3 师资\n“双师型”教师占比最高的职业中专为54.67%%，最低的体校为36.00%%，两者相差18.67个百分点；郊区职高为46.15%%，居全市第%s位。\n";
        consistentAndFalse(difference.formatted("三"), "居全市第三位", difference.formatted("二"), "居全市第二位");
    }

    @Test
    void aRatioOfTheVocationalToTheAcademicIsNotTheAcademicsOwnFigure() throws IOException {
        String text = "3.6 经费投入\n中职生均一般公共预算教育经费增长64.94%%，中职与普高生均经费之比为%s，中职生均投入已超过普高。\n";
        consistentAndFalse(text.formatted("1.16"), "1.16", text.formatted("1.19"), "1.19");
    }

    @Test
    void theMinistrysNameForTheEmploymentRateAndEverydayWordsForDirectEmploymentAreKnown() throws IOException {
        consistentAndFalse("2.9 培养质量\n全市毕业去向落实率99.07%。\n", "99.07%", "2.9 培养质量\n全市毕业去向落实率99.70%。\n", "99.70%");
        String direct = "2.9 培养质量\n这当中，直接走上工作岗位的有%s人，约占三成。\n";
        consistentAndFalse(direct.formatted("849"), "849 人", direct.formatted("894"), "894 人");
    }

    @Test
    void aSpeechOrAnApplicationNamesItsSchoolUnderItsTitleAndItsWeIsThatSchool() throws IOException {
        String speech = "凝心聚力育英才\n——在平定县高级职业中学校庆祝第41个教师节暨表彰大会上的讲话\n同志们：\n"
                + "我们的生师比是12.88∶1，在全市各校中由低到高排第四，低于郊区职高的13.08∶1和职业中专的14.67∶1，和体校的8.4∶1比差距还很大。\n"
                + "“双师型”教师28人。今年我校在校生%s人。\n";
        consistentAndFalse(speech.formatted("850"), "850 人", speech.formatted("420"), "420 人");
        assertEquals(Conclusion.CONSISTENT, about(check(speech.formatted("850")), "28 人").conclusion(), "the schools compared with are asides");
        assertEquals(Conclusion.CONSISTENT, about(check(speech.formatted("850")), "12.88:1").conclusion(), "我们的 is whose, not which part");
        assertEquals(Conclusion.CONSISTENT, about(check(speech.formatted("850")), "在全市各校中由低到高排第四").conclusion());
        String application = "山西省优质中等职业学校认定申报书\n申报单位：阳泉市体育运动学校（盖章）\n一、基本情况\n学校在校生%s人，占全市中职在校生总数的6.66%%。\n";
        consistentAndFalse(application.formatted("420"), "420 人", application.formatted("6310"), "6310 人");
    }

    @Test
    void aChangeListedAfterAChangeIsOfTheSameFigureAndAYearToComeIsAPlans() throws IOException {
        String text = "一、办学规模\n全市中职学校在校生6310人、毕业生2,593人，在校生较上年减少233人、下降%s。\n";
        consistentAndFalse(text.formatted("3.56%"), "3.56%", text.formatted("4.74%"), "4.74%");
        assertTrue(check("二、2026年工作\n2026年，我们将深入实施中职办学能力提升行动。\n").stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED));
    }

    @Test
    void schoolsCountedAfterTheyAreNamedAFirstIntakeAndWhatIsNotYetDoneAreNotTheSchoolsFigures() throws IOException {
        for (String text : List.of(
                "6. 专业建设\n阳泉市综合中专学校、阳泉市职业中专学校和盂县职业技术学校（简称“盂县职校”）三所学校新增招生专业5个。\n",
                "一、学校基本情况\n阳泉市职业中专学校新开设无人机操控与维护专业，首届招生40人。\n",
                "（一）总体情况\n阳泉市职业中专学校毕业生920人，已落实去向913人，未落实去向7人。\n",
                "（三）说明\n就业率＝已落实去向人数÷毕业生人数×100%。\n")) {
            assertTrue(check(text).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), text + check(text));
        }
        String place = "一、办学规模\n盂县职业技术学校（以下简称盂县职校）在校生670人，规模排在第%s位。\n";
        consistentAndFalse(place.formatted("五"), "规模排在第五位", place.formatted("四"), "规模排在第四位");
    }

    @Test
    void aSectionOfNextYearsWorkAndAThresholdForEachMajorAreNoClaims() throws IOException {
        for (String text : List.of("三、2026年工作思路\n新开订单班1个，全年开展社会培训不少于800人次。\n",
                "二、存在的问题\n阳泉市郊区职业高级中学校生源不足，有7个专业年招生不足20人。\n")) {
            assertTrue(check(text).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), text + check(text));
        }
        String share = "二、分析说明\n阳泉市职业中专学校在校生2200人，居全市首位，占全市在校生总数的%s。\n";
        consistentAndFalse(share.formatted("34.87%"), "34.87%", share.formatted("36.87%"), "36.87%");
    }

    @Test
    void anInterviewNamesItsSchoolInItsSubtitleAndAChangeMayNameItsFigureAfterItsNumber() throws IOException {
        String interview = "扎根县域办职教\n——访盂县职业技术学校校长\n本刊记者　李晓雯\n"
                + "校长：我们现在开设13个专业，覆盖6个专业大类。2025届毕业生%s人，就业264人。\n";
        consistentAndFalse(interview.formatted("268"), "268 人", interview.formatted("2593"), "2593 人");
        String change = "2.2 专业建设\n全市中职学校开设专业58个，覆盖13个专业大类，比上年多了%s个专业。\n";
        consistentAndFalse(change.formatted("5"), "5 个", change.formatted("6"), "6 个");
    }

    @Test
    void aSchoolAndItsShortNameInBracketsAreOneSchoolOfAList() throws IOException {
        String text = "三、分学校情况\n阳泉市体育运动学校（体校）升学120人，占比超过七成；盂县职业技术学校（盂县职校）升学占比高达85.61%%，直接就业仅%s人。\n";
        consistentAndFalse(text.formatted("38"), "38 人", text.formatted("44"), "44 人");
    }

    @Test
    void aSchoolsOwnReportComparedWithAnotherSchoolOrTheCitysSchoolsGoesOnAboutItself() throws IOException {
        String text = "中共阳泉市综合中专学校委员会2025年度工作报告（节选）\n一、2025年工作回顾\n"
                + "“双师型”教师40人，占比40.82%%，在全市各校中仅排第五，与职业中专54.67%%的水平差距明显。聘请企业兼职教师%s人。\n"
                + "全年经费总支出4200.50万元，约占全市各校经费总支出2.33亿元的18%%；其中事业性经费项目支出2050万元。\n"
                + "我校学生为全市获得的22项二等奖、16项三等奖作出了贡献。\n";
        assertEquals(Conclusion.CONSISTENT, about(check(text.formatted("8")), "8 人").conclusion(), "its own 8, not 职业中专's 42");
        assertNotEquals(Conclusion.CONSISTENT, about(check(text.formatted("42")), "42 人").conclusion(), "职业中专's 42 is not taken for it");
        assertTrue(check(text.formatted("8")).stream().noneMatch(v -> v.conclusion() == Conclusion.CONTRADICTED), check(text.formatted("8")).toString());
    }

    @Test
    void schoolsCountedInWordsBeforeTheirNameAreTheCitysSchoolsAndPeopleMayBeCountedWith位() throws IOException {
        String count = "一、基本情况\n2025年，我市%s所中等职业学校坚持立德树人，在校生共6310人。\n";
        consistentAndFalse(count.formatted("六"), "六所", count.formatted("七"), "七所");
        assertNotEquals(Conclusion.CONTRADICTED, about(check("一、基本情况\n全市只有两所中职学校招生增加。\n"), "两所").conclusion(), "some of the schools");
        String people = "二、教师\n全市“双师型”教师有%s位，占专任教师的46.18%%。\n";
        consistentAndFalse(people.formatted("230"), "230 名", people.formatted("320"), "320 名");
        assertTrue(check("三、说明\n各比例保留两位小数。\n").isEmpty(), "两位小数 counts no one");
    }

    @Test
    void aSchoolsShareOfTheCityMayFollowItsChangeAndAPlaceMayBeTakenWithoutNamingTheCity() throws IOException {
        String share = "中共阳泉市综合中专学校委员会2025年度工作报告\n一、办学规模\n学校在校生1,150人，较上年减少10人，约占全市在校生6,310人的%s。\n";
        consistentAndFalse(share.formatted("18.2%"), "18.2%", share.formatted("17.5%"), "17.5%");
        String place = "二、去向\n平定县高级职业中学校直接就业占比39.89%%，排在第%s。\n";
        consistentAndFalse(place.formatted("一"), "排在第一", place.formatted("二"), "排在第二");
    }

    @Test
    void aSchoolsDistanceFromTheCityIsTheDifferenceOfTheTwo() throws IOException {
        String points = "二、就业\n阳泉市体育运动学校就业率达到99.39%%，比上年提高0.55个百分点，高于全市平均水平（99.07%%）%s个百分点。\n";
        consistentAndFalse(points.formatted("0.32"), "0.32 个百分点", points.formatted("0.23"), "0.23 个百分点");
        String lower = "二、就业\n盂县职业技术学校就业率98.51%%，%s全市0.56个百分点。\n";
        consistentAndFalse(lower.formatted("低于"), "0.56 个百分点", lower.formatted("高于"), "0.56 个百分点");
    }

    @Test
    void aPlaceMayFollowTheFiguresChangeAndAPlaceOfNoFigureIsListed() throws IOException {
        String place = "二、就业\n阳泉市体育运动学校就业率达到99.39%%，比上年提高0.55个百分点，在全市6所中职学校中居第%s。\n";
        consistentAndFalse(place.formatted("一"), "在全市6所中职学校中居第一", place.formatted("三"), "在全市6所中职学校中居第三");
        List<Verdict> ofAnother = check("二、就业\n盂县职业技术学校就业率98.51%，低于全市，阳泉市职业中专学校居全市第一。\n");
        assertEquals(Conclusion.UNCHECKABLE, about(ofAnother, "居全市第一").conclusion(), "not 盂县's place: " + ofAnother);
    }

    @Test
    void aRatioNamedByWhatItIsOfItsSchoolsInBracketsAndTheCitysAfterARange() throws IOException {
        String share = "二、教师\n全市专任教师中，中高级职称386人，占77.51%%；高级职称占%s。\n";
        consistentAndFalse(share.formatted("30.52%"), "30.52%", share.formatted("32.52%"), "32.52%");
        String highest = "二、就业\n各校就业率均在98%%以上，最高的是阳泉市体育运动学校（%s），最低的是盂县职业技术学校（98.51%%）。\n";
        consistentAndFalse(highest.formatted("99.39%"), "99.39%", highest.formatted("99.93%"), "99.93%");
        String city = "三、教师\n各校生师比在8.4至14.67之间，全市为%s:1。\n";
        consistentAndFalse(city.formatted("12.67"), "12.67:1", city.formatted("13.67"), "13.67:1");
        String ratio = "四、经费\n中职与普高生均经费之比为%s:1。\n";
        consistentAndFalse(ratio.formatted("1.16"), "1.16:1", ratio.formatted("1.61"), "1.61:1");
    }

    @Test
    void aStandardIsNoDataAndNotAboveIsAnUpperBound() throws IOException {
        Verdict standard = about(check("三、教师\n全市生师比12.67:1，国家标准是不高于20:1。\n"), "20:1");
        assertEquals(Conclusion.UNCHECKABLE, standard.conclusion(), standard.toString());
        String bound = "三、教师\n各校生师比均不高于%s:1。\n";
        consistentAndFalse(bound.formatted("15"), "15:1", bound.formatted("14"), "14:1");
    }

    @Test
    void prizesOfOneGroupOrEventAreCheckedAgainstTheAwardLinesOfThatGroupOrEvent() throws IOException {
        String groups = "5.2 技能大赛\n全市共获二等奖22项、三等奖16项，其中学生组获二等奖21项、三等奖%s项，教师组获二等奖1项。\n";
        consistentAndFalse(groups.formatted("15"), "15 项", groups.formatted("14"), "14 项");
        String events = "四、技能大赛\n阳泉市综合中专学校学生在声乐表演赛项获二等奖4项，在舞蹈表演赛项获三等奖%s项。\n";
        consistentAndFalse(events.formatted("3"), "3 项", events.formatted("2"), "2 项");
        String bracketed = "四、技能大赛\n盂县职业技术学校学生获省级二等奖3项（新能源汽车检测与维修赛项）、三等奖%s项（计算机应用赛项）。\n";
        consistentAndFalse(bracketed.formatted("2"), "2 项", bracketed.formatted("1"), "1 项");
    }

    @Test
    void aSchoolFiguresChangeAndLastYearsValueAreReadFromTheYearBeforesRun() throws IOException {
        String city = "六、校企合作\n全市中职学校合作企业68家，比上年增加%s家。\n";
        consistentAndFalse(city.formatted("4"), "4 家", city.formatted("5"), "5 家");
        String school = "六、校企合作\n阳泉市郊区职业高级中学校合作企业达到10家，较上年%s1家。\n";
        consistentAndFalse(school.formatted("增加"), "1 家", school.formatted("减少"), "1 家");
        String rate = "六、社会服务\n全市开展社会培训5920人次，比上年增长%s。\n";
        consistentAndFalse(rate.formatted("11.1%"), "11.1%", rate.formatted("12.1%"), "12.1%");
        String prior = "六、校企合作\n合作企业接纳毕业生就业144人，比上年的%s人增加12人。\n";
        consistentAndFalse(prior.formatted("132"), "132 人", prior.formatted("123"), "123 人");
        Verdict afterSemicolon = about(check("六、社会服务\n全市开展社会培训5920人次，比上年增长11.1%；与68家企业开展合作。\n"), "68 家");
        assertEquals(Conclusion.CONSISTENT, afterSemicolon.conclusion(), "a figure again after the semicolon: " + afterSemicolon);
    }

    @Test
    void aMajorsFigureIsCheckedAgainstThatMajorsLinesAndAClauseAfterItMayBeTheSchools() throws IOException {
        String students = "一、学校基本情况\n阳泉市综合中专学校幼儿保育专业在校生%s人，为学校规模最大的专业。\n";
        consistentAndFalse(students.formatted("238"), "238 人", students.formatted("283"), "283 人");
        String paired = "一、学校基本情况\n阳泉市综合中专学校新增音乐表演、舞蹈表演两个专业，首年分别招生%s人和%s人。\n";
        consistentAndFalse(paired.formatted("30", "25"), "25 人", paired.formatted("25", "30"), "30 人");
        String each = "一、学校基本情况\n盂县职业技术学校新增矿井通风与安全、矿山机电两个专业，各招生%s人。\n";
        consistentAndFalse(each.formatted("20"), "20 人", each.formatted("25"), "25 人");
        Verdict school = about(check("一、学校基本情况\n阳泉市综合中专学校开设音乐表演、舞蹈表演专业，今年招生300人。\n"), "300 人");
        assertEquals(Conclusion.CONSISTENT, school.conclusion(), "the school's intake, not a major's: " + school);
        String table = "阳泉市职业中专学校2025届毕业生就业质量报告\n（三）分专业去向\n专业\t毕业生（人）\t就业率（%%）\n汽车运用与维修\t112\t%s\n全校合计\t920\t99.24\n";
        consistentAndFalse(table.formatted("99.11"), "99.11%", table.formatted("99.91"), "99.91%");
        assertEquals(Conclusion.CONSISTENT, about(check(table.formatted("99.11")), "920 人").conclusion(), "the school's own total row");
    }

    @Test
    void aTableTypedWithBarsIsATable() throws IOException {
        String bars = "（二）分学校情况\n学校｜在校生（人）｜就业率（%%）\n阳泉市郊区职业高级中学校｜%s｜99.05\n全市｜6310｜99.07\n";
        consistentAndFalse(bars.formatted("1020"), "1020 人", bars.formatted("1081"), "1081 人");
        String markdown = "（二）分学校情况\n| 学校 | 在校生（人） |\n|---|---|\n| 阳泉市郊区职业高级中学校 | %s |\n";
        consistentAndFalse(markdown.formatted("1020"), "1020 人", markdown.formatted("1081"), "1081 人");
    }

    @Test
    void schoolsSetApartAreNotAmongTheRestABoundSpeaksOf() throws IOException {
        String rest = "二、存在的问题\n除阳泉市职业中专学校达到54.67%%外，其余5所学校“双师型”教师占比均不足%s。\n";
        consistentAndFalse(rest.formatted("50%"), "50%", rest.formatted("45%"), "45%");
    }

    @Test
    void aSpeakersBylineNamesTheSchoolItsWeIs() throws IOException {
        String speech = "在全市校企合作推进会上的交流发言\n平定县高级职业中学校校长\n二、主要做法和成效\n"
                + "我们的毕业生里，直接就业的142人中，合作企业接纳了%s人，占19.72%%，比全市平均的16.96%%高出近三个百分点，居全市第三位。\n";
        consistentAndFalse(speech.formatted("28"), "28 人", speech.formatted("26"), "26 人");
        assertEquals(Conclusion.CONSISTENT, about(check(speech.formatted("28")), "三个百分点").conclusion(), check(speech.formatted("28")).toString());
    }

    @Test
    void numbersSaidAsOnTheRadioNameTheirFigureAfterThem() throws IOException {
        String intake = "职业教育活动周广播稿\n今年秋天，又有%s多名新同学走进了中职校园。\n";
        consistentAndFalse(intake.formatted("一千四百"), "一千四百名", intake.formatted("一千五百"), "一千五百名");
        String share = "职业教育活动周广播稿\n全市毕业生里，近%s的同学继续升学，读高职、考本科。\n";
        consistentAndFalse(share.formatted("七成"), "七成", share.formatted("六成"), "六成");
        String half = "职业教育活动周广播稿\n全市“双师型”教师占专任教师的比例，已经接近%s。\n";
        consistentAndFalse(half.formatted("一半"), "一半", half.formatted("三分之一"), "三分之一");
    }

    @Test
    void aPlaceOfAFigureNamedWithoutItsNumberIsTheSchoolsPlace() throws IOException {
        String place = "阳泉市综合中专学校2025年度质量报告\n一、招生\n学校招生规模在全市中职学校中位列第%s。\n";
        consistentAndFalse(place.formatted("二"), "位列第二", place.formatted("三"), "位列第三");
        Verdict change = about(check("二、招生\n盂县职业技术学校招生增幅居全市第一。\n"), "居全市第一");
        assertEquals(Conclusion.UNCHECKABLE, change.conclusion(), "the change's place, not the intake's: " + change);
    }

    @Test
    void aShareAfterOnlyOrJustIsOfTheNumberBefore() throws IOException {
        String only = "二、就业\n盂县职业技术学校直接就业38人，只占毕业生的%s。\n";
        consistentAndFalse(only.formatted("14.2%"), "14.2%", only.formatted("14.4%"), "14.4%");
        String growth = "四、经费\n中职生均一般公共预算教育经费是18347.88元；普高生均是15755.57元，增长%s。\n";
        consistentAndFalse(growth.formatted("7.49%"), "7.49%", growth.formatted("7.94%"), "7.94%");
    }

    @Test
    void aFigureRestatedInBracketsAndLastYearsCohortOrValueSaidBeforeKeepTheChainGoing() throws IOException {
        String restated = "一、规模\n全市在校生合计6310人（约%s万人），比上年减少233人，下降3.56%%。\n";
        consistentAndFalse(restated.formatted("0.63"), "0.63万人", restated.formatted("0.73"), "0.73万人");
        String cohort = "（一）毕业生规模\n阳泉市职业中专学校2025届毕业生共920人，较2024届的966人减少%s人。\n";
        consistentAndFalse(cohort.formatted("46"), "46 人", cohort.formatted("64"), "64 人");
        String said = "一、招生\n盂县职业技术学校招生140人，上年是112人，多招了%s人。\n";
        consistentAndFalse(said.formatted("28"), "28 人", said.formatted("26"), "26 人");
        String money = "四、经费\n各校经费总支出合计23300万元（2.33亿元），比上年的21669.01万元增长7.53%%。其中阳泉市职业中专学校%s万元。\n";
        consistentAndFalse(money.formatted("7650"), "7650 万元", money.formatted("7114.50"), "7114.50 万元");
    }

    @Test
    void aShareOfTheWholeStatedBeforeItsPartIsThePartOverThatWhole() throws IOException {
        String school = "六、校企合作\n全市中职学校合作企业68家，其中阳泉市职业中专学校25家，占%s。\n";
        consistentAndFalse(school.formatted("36.8%"), "36.8%", school.formatted("38.6%"), "38.6%");
        String income = "七、经费\n全市中职学校经费总收入23740.50万元，其中财政拨款收入21750.00万元，占%s。\n";
        consistentAndFalse(income.formatted("91.62%"), "91.62%", income.formatted("92.62%"), "92.62%");
        Verdict indicator = about(check("三、教师\n中高级职称386人，占77.51%；其中高级职称152人，占30.52%。\n"), "30.52%");
        assertEquals(Conclusion.CONSISTENT, indicator.conclusion(), "of all full-time teachers, not of the 386: " + indicator);
    }

    @Test
    void thePrizesOfEveryGradeTogetherAreTheAwardLinesSummed() throws IOException {
        String total = "5.2 技能大赛\n全市共获一等奖1项、二等奖22项、三等奖16项，获奖总数%s项。\n";
        consistentAndFalse(total.formatted("39"), "39 项", total.formatted("38"), "38 项");
        String school = "二、技能大赛\n阳泉市职业中专学校共获奖%s项（含教师组二等奖1项）。\n";
        consistentAndFalse(school.formatted("12"), "12 项", school.formatted("13"), "13 项");
        String summed = "二、技能大赛\n阳泉市体育运动学校学生获二等奖3项、三等奖2项，合计%s项。\n";
        consistentAndFalse(summed.formatted("5"), "5 项", summed.formatted("6"), "6 项");
        Verdict change = about(check("5.2 技能大赛\n全市获奖总数39项、比上届增加13项。\n"), "13 项");
        assertNotEquals(Conclusion.CONTRADICTED, change.conclusion(), "no figure whose change the data holds: " + change);
        Verdict partners = about(check("平定县高级职业中学校校长\n目前我校稳定合作的企业有9家。\n"), "9 家");
        assertEquals(Conclusion.CONSISTENT, partners.conclusion(), partners.toString());
    }

    @Test
    void aSchoolsSpendingPerStudentIsItsSpendingOverItsStudents() throws IOException {
        String listed = "四、经费\n按在校生折算，阳泉市体育运动学校生均支出约5.0万元，阳泉市职业中专学校约%s万元，盂县职业技术学校约4.33万元。\n";
        consistentAndFalse(listed.formatted("3.48"), "3.48 万元", listed.formatted("4.48"), "4.48 万元");
        Verdict statistic = about(check("四、经费\n中职生均一般公共预算教育经费18347.88元。\n"), "18347.88 元");
        assertEquals("voc_per_student_growth", statistic.targetId(), "the city statistic, not the schools' spending: " + statistic);
    }

    @Test
    void theSchoolsAmongWhichOrOverWhichSomethingIsSaidAreAllOfThem() throws IOException {
        String among = "二、就业\n平定县高级职业中学校直接就业占比39.89%%，在%s所学校中居第一位。\n";
        consistentAndFalse(among.formatted("六"), "六所", among.formatted("七"), "七所");
        String summed = "四、经费\n2025年，%s所学校经费总支出合计23300万元。\n";
        consistentAndFalse(summed.formatted("六"), "六所", summed.formatted("五"), "五所");
        Verdict ofAKind = about(check("二、专业\n在有新增专业的3所学校中，阳泉市综合中专学校新增2个专业。\n"), "3 所");
        assertEquals(Conclusion.UNCHECKABLE, ofAKind.conclusion(), "schools of a kind, some of them: " + ofAKind);
    }

    @Test
    void theCitysValueBesideASchoolsIsTheCitysOfTheSameFigure() throws IOException {
        String better = "三、教师\n阳泉市综合中专学校生师比为11.73:1，好于全市%s:1的平均水平。\n";
        consistentAndFalse(better.formatted("12.67"), "12.67:1", better.formatted("13.67"), "13.67:1");
        String only = "六、校企合作\n盂县职业技术学校合作企业接纳就业占直接就业比例为42.11%%，全市平均才%s左右。\n";
        consistentAndFalse(only.formatted("17%"), "17%", only.formatted("27%"), "27%");
    }

    @Test
    void aPlaceMayBeSaidWithAnAdverb() throws IOException {
        String place = "三、教师\n阳泉市综合中专学校“双师型”教师40人，占比40.82%%，在全市各校中仅排第%s。\n";
        consistentAndFalse(place.formatted("五"), "在全市各校中仅排第五", place.formatted("四"), "在全市各校中仅排第四");
    }

    @Test
    void changesPairedWithSchoolsAreEachSchoolsChangeOfTheFigureTheSentenceNamed() throws IOException {
        String paired = "一、规模\n与上年相比，盂县职业技术学校和阳泉市综合中专学校在校生分别增加3人、%s10人。\n";
        consistentAndFalse(paired.formatted("减少"), "10 人", paired.formatted("增加"), "10 人");
    }

    @Test
    void aSchoolsOwnTotalRowLastYearsPrizesAndHundredthsSaidInTenths() throws IOException {
        String table = "阳泉市郊区职业高级中学校2025年度质量报告\n1.2 专业与学生分布\n专业\t在校生（人）\n机电技术应用\t105\n合计\t%s\n";
        consistentAndFalse(table.formatted("1020"), "1020 人", table.formatted("1081"), "1081 人");
        Verdict lastYear = about(check("阳泉市郊区职业高级中学校2025年度质量报告\n1.4 技能大赛\n上年学生获二等奖2项、三等奖1项，今年获奖数有所增加。\n"), "2 项");
        assertNotEquals(Conclusion.CONTRADICTED, lastYear.conclusion(), "last year's prizes are not this year's: " + lastYear);
        String hundredths = "三、教师\n全市“双师型”教师230人，占比超%s。\n";
        consistentAndFalse(hundredths.formatted("四成五"), "四成五", hundredths.formatted("四成七"), "四成七");
    }

    @Test
    void aPlaceAfterASchoolsShareOfTheCityIsThePlaceOfItsFigure() throws IOException {
        String place = "阳泉市郊区职业高级中学校2025年度质量报告\n1.1 学生规模\n我校在校生1020人，占全市6310人的16.16%%，在全市6所中职学校中排第%s位。\n";
        consistentAndFalse(place.formatted("三"), "在全市6所中职学校中排第三位", place.formatted("二"), "在全市6所中职学校中排第二位");
    }
}
