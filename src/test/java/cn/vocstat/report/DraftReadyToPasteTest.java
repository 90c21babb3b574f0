package cn.vocstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.LatestRun;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.verify.ClaimChecker;
import cn.vocstat.verify.DraftText;
import cn.vocstat.verify.Synonyms;
import cn.vocstat.verify.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The drafted sections of the sample's 2025 run, with every return, with one school's missing and in a
 * year without new majors, read
 * as a report writer and other programs read them: the run's own check finds nothing to correct, and the
 * package's XML, read with the JDK's parser alone, is a page-set, gridded document that reads like the
 * published report.
 */
class DraftReadyToPasteTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    static Path root;
    static Drafted full;
    static Drafted partial;
    static Drafted noNewMajors;

    /** What a test changes in its copy of the sample's input before the runs. */
    interface InputChange {
        void apply(Path input) throws IOException;
    }

    /** A run's draft: the file, its check by the verify package, and its paragraphs' text in order. */
    record Drafted(Path file, List<Verdict> verdicts, List<String> paragraphs) {
    }

    @BeforeAll
    static void draftWithEveryReturnAndWithOneMissing() throws Exception {
        full = drafted(root.resolve("full"), input -> { });
        partial = drafted(root.resolve("partial"), input -> Files.delete(input.resolve("2025/returns/盂县职校-2025.xlsx")));
        noNewMajors = drafted(root.resolve("none"), DraftReadyToPasteTest::noMajorIsNew);
    }

    /** Every 2025 return's majors marked 当年新增 = 否. */
    private static void noMajorIsNew(Path input) throws IOException {
        try (DirectoryStream<Path> returns = Files.newDirectoryStream(input.resolve("2025/returns"), "*.xlsx")) {
            for (Path file : returns) {
                XSSFWorkbook workbook;
                try (InputStream in = Files.newInputStream(file)) {
                    workbook = new XSSFWorkbook(in);
                }
                for (Row row : workbook.getSheet(FormSheet.MAJORS.title())) {
                    Cell isNew = row.getCell(MajorColumn.NEW.ordinal());
                    if (isNew != null && isNew.getCellType() == CellType.STRING && isNew.getStringCellValue().equals("是")) {
                        isNew.setCellValue("否");
                    }
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
                workbook.close();
            }
        }
    }

    private static Drafted drafted(Path dir, InputChange change) throws Exception {
        Path input = Fixtures.shippedInputCopy(dir);
        change.apply(input);
        Path output = dir.resolve("output");
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        String db = Fixtures.databaseIn(dir);
        assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(out, "run", "--year", "2024", "--input", input.toString(), "--output", output.toString(), db));
        assertTrue(VocstatApplication.run(out, "run", "--year", "2025", "--input", input.toString(), "--output", output.toString(), db) != ExitCodes.FAILED);
        Path file = output.resolve("2025/质量年报数据章节-2025.docx");
        try (ConfigurableApplicationContext context = new SpringApplication(VocstatApplication.class).run(db,
                "--vocstat.output=" + output.toAbsolutePath())) {
            ReportFigures figures = ReportFigures.of(LatestRun.of(context, 2025, input).orElseThrow());
            List<Verdict> verdicts = new ClaimChecker(figures, Synonyms.load(input)).check(DraftText.read(file));
            List<String> paragraphs = new ArrayList<>();
            NodeList all = body(file).getElementsByTagNameNS(W, "p");
            for (int i = 0; i < all.getLength(); i++) {
                paragraphs.add(text((Element) all.item(i)));
            }
            return new Drafted(file, verdicts, paragraphs);
        }
    }

    @Test
    void theRunsOwnDraftPassesItsCheckWithEveryReturnWithOneSchoolMissingAndWithoutNewMajors() {
        for (Drafted draft : List.of(full, partial, noNewMajors)) {
            List<Verdict> contradicted = draft.verdicts().stream().filter(v -> v.conclusion() == Verdict.Conclusion.CONTRADICTED).toList();
            assertEquals(List.of(), contradicted, draft.file().toString());
            assertTrue(draft.verdicts().stream().filter(v -> v.conclusion() == Verdict.Conclusion.CONSISTENT).count() >= 100,
                    "the draft's figures are checked, not skipped");
        }
        assertEquals(0, full.verdicts().stream().filter(v -> v.conclusion() != Verdict.Conclusion.CONSISTENT).count(), "every figure 一致");
    }

    @Test
    void withOneSchoolMissingTheDraftSaysBothCountsAndNamesTheMissingSchool() {
        String schools = paragraphAfter(partial, "1.1 学校概况");
        assertTrue(schools.startsWith("2025 年，全市 6 所中等职业学校纳入统计，5 所学校报表，缺 1 所（盂县职业技术学校）；"), schools);
        assertFalse(schools.contains("共有中等职业学校 6 所"), "not 6 schools said of figures of 5: " + schools);
        assertTrue(paragraphAfter(full, "1.1 学校概况").startsWith("2025 年，全市共有中等职业学校 6 所，其中普通中等专业学校 2 所"));
    }

    @Test
    void theCoverageNoteIsSaidOncePerParagraph() {
        String note = "（5 所学校报表，缺 1 所）";
        long noted = partial.paragraphs().stream().filter(p -> p.contains(note)).count();
        assertTrue(noted >= 5, "the city's paragraphs say their coverage: " + noted);
        for (String paragraph : partial.paragraphs()) {
            assertTrue(paragraph.indexOf(note) == paragraph.lastIndexOf(note), "once in: " + paragraph);
        }
        assertTrue(full.paragraphs().stream().noneMatch(p -> p.contains("学校报表，缺")), "nothing to say when every school reported");
        assertTrue(paragraphAfter(partial, "2.5 教师队伍建设").contains("新招录教师 16 人（5 所学校报表，缺 1 所），其中"),
                "a sum of the schools' figures says it too, before the schools are listed: " + paragraphAfter(partial, "2.5 教师队伍建设"));
    }

    @Test
    void aZeroIsLeftUnsaidInASchoolsParagraphNotWrittenAsNoneOfIt() {
        String sports = full.paragraphs().stream().filter(p -> p.startsWith("阳泉市体育运动学校：")).findFirst().orElseThrow();
        assertTrue(sports.startsWith("阳泉市体育运动学校：合作企业 4 家；企业接纳学生顶岗实习"), sports);
        for (String paragraph : full.paragraphs()) {
            assertFalse(paragraph.matches(".*\\D0 (个|所|人|家|项)(?![\\d.]).*"), "no 0 written as a count: " + paragraph);
        }
    }

    @Test
    void aYearWithoutNewMajorsSaysSoInASentenceAndHasNoEmptyTable() throws Exception {
        assertEquals("2025 年，全市中职学校没有新增招生专业。", paragraphAfter(noNewMajors, "2.2.1 动态调整专业"));
        assertEquals(1, body(noNewMajors.file()).getElementsByTagNameNS(W, "tbl").getLength(), "表 1 only");
        assertTrue(noNewMajors.paragraphs().stream().noneMatch(p -> p.startsWith("表 2")));
    }

    @Test
    void theTitleNamesTheCityAndEachFigureItsYear() {
        assertEquals(List.of("阳泉市 2025 年中等职业教育质量年度报告", "（数据章节）"), full.paragraphs().subList(0, 2));
        String funding = paragraphAfter(full, "7.4 经费投入");
        assertTrue(funding.startsWith("2024 年，全市教育经费总支出 33.29 亿元"), "the city's funding is the prior year's: " + funding);
        assertTrue(funding.contains("。各校 2025 年报表填报的经费总支出合计"), "the schools' own figures say which returns they are from: " + funding);
    }

    @Test
    void aPageSetA4WithMarginsAndPageNumbersInTheFooter() throws Exception {
        Element section = last(body(full.file()).getElementsByTagNameNS(W, "sectPr"));
        Element size = first(section, "pgSz");
        assertEquals("11906", size.getAttributeNS(W, "w"));
        assertEquals("16838", size.getAttributeNS(W, "h"));
        Element margins = first(section, "pgMar");
        assertEquals(List.of("1440", "1440", "1797", "1797"), List.of(margins.getAttributeNS(W, "top"), margins.getAttributeNS(W, "bottom"),
                margins.getAttributeNS(W, "left"), margins.getAttributeNS(W, "right")), "2.54 cm and 3.17 cm");
        String footerId = first(section, "footerReference").getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        try (ZipFile zip = new ZipFile(full.file().toFile())) {
            String rels = read(zip, "word/_rels/document.xml.rels");
            Matcher target = Pattern.compile("Id=\"" + footerId + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"" + footerId + "\"").matcher(rels);
            assertTrue(target.find(), rels);
            String footer = read(zip, "word/" + (target.group(1) != null ? target.group(1) : target.group(2)));
            assertTrue(footer.matches("(?s).*(w:instr=\" ?PAGE ?\"|<w:instrText[^>]*> ?PAGE ?</w:instrText>).*"), footer);
        }
    }

    @Test
    void everyTableHasItsGridAndEveryRowFillsIt() throws Exception {
        for (Drafted draft : List.of(full, partial)) {
            NodeList tables = body(draft.file()).getElementsByTagNameNS(W, "tbl");
            assertEquals(2, tables.getLength());
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                NodeList widths = table.getElementsByTagNameNS(W, "tblW");
                assertEquals(1, widths.getLength(), "one width per table");
                assertEquals("dxa", ((Element) widths.item(0)).getAttributeNS(W, "type"));
                Element grid = first(table, "tblGrid");
                int columns = grid.getElementsByTagNameNS(W, "gridCol").getLength();
                int gridWidth = 0;
                for (int c = 0; c < columns; c++) {
                    gridWidth += Integer.parseInt(((Element) grid.getElementsByTagNameNS(W, "gridCol").item(c)).getAttributeNS(W, "w"));
                }
                assertTrue(gridWidth <= Integer.parseInt(((Element) widths.item(0)).getAttributeNS(W, "w")), "the grid fits the table");
                NodeList rows = table.getElementsByTagNameNS(W, "tr");
                for (int r = 0; r < rows.getLength(); r++) {
                    NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(W, "tc");
                    int spanned = 0;
                    for (int c = 0; c < cells.getLength(); c++) {
                        NodeList span = ((Element) cells.item(c)).getElementsByTagNameNS(W, "gridSpan");
                        spanned += span.getLength() == 0 ? 1 : Integer.parseInt(((Element) span.item(0)).getAttributeNS(W, "val"));
                    }
                    assertEquals(columns, spanned, "row " + (r + 1) + " of table " + (t + 1));
                }
            }
        }
    }

    @Test
    void aSchoolsNewMajorsShareOneMergedCell() throws Exception {
        Element majors = (Element) body(full.file()).getElementsByTagNameNS(W, "tbl").item(1);
        NodeList rows = majors.getElementsByTagNameNS(W, "tr");
        List<String> schoolColumn = new ArrayList<>();
        for (int r = 1; r < rows.getLength(); r++) {
            Element cell = (Element) ((Element) rows.item(r)).getElementsByTagNameNS(W, "tc").item(1);
            NodeList merge = cell.getElementsByTagNameNS(W, "vMerge");
            String how = merge.getLength() == 0 ? "" : ((Element) merge.item(0)).getAttributeNS(W, "val");
            schoolColumn.add((how + " " + text(cell)).strip());
        }
        assertEquals(List.of("restart 阳泉市综合中专学校", "continue", "阳泉市职业中专学校", "restart 盂县职业技术学校", "continue"), schoolColumn);
    }

    @Test
    void headingsAreLevelledByTheirNumbers() throws Exception {
        List<String> headings = new ArrayList<>();
        NodeList paragraphs = body(full.file()).getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            NodeList style = paragraph.getElementsByTagNameNS(W, "pStyle");
            if (style.getLength() > 0) {
                headings.add(((Element) style.item(0)).getAttributeNS(W, "val") + " " + text(paragraph));
            }
        }
        int twoTwo = headings.indexOf("Heading2 2.2 专业建设");
        assertTrue(twoTwo > headings.indexOf("Heading1 2 人才培养"), headings.toString());
        assertEquals("Heading3 2.2.1 动态调整专业", headings.get(twoTwo + 1));
        for (String heading : headings) {
            String number = heading.split(" ")[1];
            assertEquals("Heading" + number.split("\\.").length, heading.split(" ")[0], heading);
        }
    }

    @Test
    void tablesAreCaptionedAboveAndChartsBelowNumberedEachInTurn() {
        List<String> text = full.paragraphs();
        assertEquals("表 1  阳泉市中职学校情况", paragraphAfter(full, "1.1 学校概况", 1));
        assertEquals("表 2  2025 年新增专业分布情况", paragraphAfter(full, "2.2.1 动态调整专业", 1));
        assertTrue(paragraphAfter(full, "2.2.1 动态调整专业").endsWith("分布见下表。"));
        assertEquals(List.of("图 1  2025 年各校招生、在校生、毕业生人数", "图 2  2025 年已落实去向毕业生的去向结构"),
                text.stream().filter(p -> p.startsWith("图 ")).toList());
    }

    /** The text of the paragraph right after the heading, or {@code skip} paragraphs further. */
    private static String paragraphAfter(Drafted draft, String heading, int... skip) {
        int at = draft.paragraphs().indexOf(heading);
        assertTrue(at >= 0, "no heading " + heading + " in " + draft.paragraphs());
        return draft.paragraphs().get(at + 1 + (skip.length == 0 ? 0 : skip[0]));
    }

    private static Document body(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
                return factory.newDocumentBuilder().parse(in);
            }
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, "no part " + name);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The paragraph's or cell's text: its w:t elements in order. */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList runs = element.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            text.append(runs.item(i).getTextContent());
        }
        return text.toString();
    }

    private static Element first(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(W, name);
        assertTrue(found.getLength() > 0, "no w:" + name);
        return (Element) found.item(0);
    }

    private static Element last(NodeList nodes) {
        Node node = nodes.item(nodes.getLength() - 1);
        assertTrue(node != null, "none");
        return (Element) node;
    }
}
