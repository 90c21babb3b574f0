package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.VocstatApplication;
import cn.vocstat.export.OutputSet;
import cn.vocstat.export.PublishedSet;
import cn.vocstat.report.SentenceCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person made of the published outputs is never lost: the analyst's notes in the workbook,
 * the writer's edits of the drafted sections (saved in place, or by Word's save-by-rename), a
 * school's annotated feedback. The next run puts the run's own files back and keeps each edited
 * one where its maker will look, saying where; {@code report} redrafts without losing an edit and
 * without a later unchanged run putting the old draft back.
 */
class EditedOutputsTest {

    private static final String DRAFT = "质量年报数据章节-2025.docx";
    private static final String WORKBOOK = "质量年报数据-2025.xlsx";
    private static final String FEEDBACK = "反馈/3614000106_盂县职校-2025_审核结果.csv";
    private static final FileTime EDITED_AT = FileTime.from(LocalDateTime.of(2026, 12, 4, 10, 15).atZone(ZoneId.systemDefault()).toInstant());

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Path input;
    private Path yearDir;

    @BeforeEach
    void publishTheSample() throws IOException {
        input = Fixtures.shippedInputCopy(root);
        yearDir = root.resolve("output/2025");
        assertEquals(ExitCodes.ALL_ACCEPTED, run());
    }

    private int run() {
        console.reset();
        return Fixtures.run2025(console, input, root.resolve("output"), Fixtures.databaseIn(root));
    }

    private int report() {
        console.reset();
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), "report", "--year", "2025", "--input",
                input.toString(), "--output", root.resolve("output").toString(), Fixtures.databaseIn(root));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private byte[] archived(String path) throws Exception {
        long runId = Fixtures.latestPublishedRun(root);
        return Files.readAllBytes(OutputSet.archive(yearDir, 2025, runId).dir().resolve(path));
    }

    /** The writer's sentence added at the end of the drafted sections, saved as Word does: a new file renamed over the old name. */
    private void editDraftAsWordSavesIt(String sentence) throws IOException {
        Path saved = yearDir.resolve("~WRL0001.tmp");
        try (InputStream in = Files.newInputStream(yearDir.resolve(DRAFT)); XWPFDocument document = new XWPFDocument(in);
             OutputStream out = Files.newOutputStream(saved)) {
            document.createParagraph().createRun().setText(sentence);
            document.write(out);
        }
        Files.setLastModifiedTime(saved, EDITED_AT);
        Files.move(saved, yearDir.resolve(DRAFT), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The analyst's note typed into the workbook and saved in place, as LibreOffice does. */
    private void editWorkbookInPlace(String note) throws IOException {
        Path workbook = yearDir.resolve(WORKBOOK);
        byte[] edited;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("分析笔记").createRow(0).createCell(0).setCellValue(note);
            book.write(out);
            edited = out.toByteArray();
        }
        Files.write(workbook, edited);
        Files.setLastModifiedTime(workbook, EDITED_AT);
    }

    private static String lastParagraph(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().get(document.getParagraphs().size() - 1).getText();
        }
    }

    private static List<String> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().map(p -> p.getText()).toList();
        }
    }

    private static String note(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheet("分析笔记").getRow(0).getCell(0).getStringCellValue();
        }
    }

    @Test
    void eachEditedOutputIsKeptWhereItsMakerLooksAndTheRunsOwnIsPutBack() throws Exception {
        editDraftAsWordSavesIt("此段为撰稿人补充的说明。");
        editWorkbookInPlace("郊区数据待核实");
        Files.writeString(yearDir.resolve(FEEDBACK), "学校批注：已核对", StandardCharsets.UTF_8);

        assertEquals(ExitCodes.ALL_ACCEPTED, run(), console());

        Path draftKept = yearDir.resolve("质量年报数据章节-2025（已编辑 2026-12-04 10.15）.docx");
        Path workbookKept = yearDir.resolve("质量年报数据-2025（已编辑 2026-12-04 10.15）.xlsx");
        assertEquals("此段为撰稿人补充的说明。", lastParagraph(draftKept));
        assertEquals("郊区数据待核实", note(workbookKept));
        Path feedbackKept;
        try (Stream<Path> kept = Files.walk(yearDir.resolve(PublishedSet.KEPT))) {
            feedbackKept = kept.filter(p -> p.endsWith(Path.of(FEEDBACK))).findFirst().orElseThrow();
        }
        assertEquals("学校批注：已核对", Files.readString(feedbackKept, StandardCharsets.UTF_8));
        for (String published : List.of(DRAFT, WORKBOOK, FEEDBACK)) {
            assertArrayEquals(archived(published), Files.readAllBytes(yearDir.resolve(published)), published + " is the run's own again");
        }
        assertTrue(console().contains("有 3 个文件被人改动过或不是汇总写的，没有覆盖，已另存："), console());
        assertTrue(console().contains("  " + DRAFT + " → " + draftKept), console());
        assertTrue(console().contains("  " + FEEDBACK + " → " + feedbackKept), console());

        assertEquals(ExitCodes.ALL_ACCEPTED, run(), console());

        assertTrue(console().contains("输出完好、保持不变"), console());
        assertEquals("此段为撰稿人补充的说明。", lastParagraph(draftKept), "kept files stay where they were put");
        assertEquals("郊区数据待核实", note(workbookKept));
    }

    @Test
    void redraftingKeepsTheWritersEditAndALaterUnchangedRunKeepsTheNewDraft() throws IOException {
        editDraftAsWordSavesIt("撰稿人改写的一段。");
        Path wording = input.resolve(SentenceCatalogue.FILE);
        Files.writeString(wording, "编号,章节,标题,段落,范围,模板\nS-1,1.3,学生情况,1,全市,全市中职在校学生共 {students} 人。\n", StandardCharsets.UTF_8);

        assertEquals(0, report(), console());

        Path kept = yearDir.resolve("质量年报数据章节-2025（已编辑 2026-12-04 10.15）.docx");
        assertTrue(console().contains("改动过的 " + DRAFT + " 没有覆盖，已另存为 " + kept), console());
        assertEquals("撰稿人改写的一段。", lastParagraph(kept));
        assertTrue(paragraphs(yearDir.resolve(DRAFT)).contains("全市中职在校学生共 6310 人。"), "the bureau's own wording");

        Files.delete(wording);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(), console());

        assertTrue(console().contains("输出完好、保持不变"), "the redrafted sections are the run's own now: " + console());
        assertTrue(paragraphs(yearDir.resolve(DRAFT)).contains("全市中职在校学生共 6310 人。"));
        assertFalse(Files.exists(yearDir.resolve(PublishedSet.KEPT)), "nothing else was taken for an edit");
    }
}
