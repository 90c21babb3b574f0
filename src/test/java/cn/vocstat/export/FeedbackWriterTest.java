package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback writer never fails on what it is asked to mark, and never lets a file name or a school's text harm. */
class FeedbackWriterTest {

    private static final String[] SHEETS = {"基本信息", "学生与专业", "教师队伍", "技能大赛", "社会服务与合作", "经费"};
    private static final Rule[] RULES = {Rule.VALUE_INEXACT, Rule.FORMULA_NO_VALUE, Rule.VALUE_DASH_AS_ZERO, Rule.SCHOOL_NOT_COUNTED,
            Rule.TOTAL_ROW_MISMATCH, Rule.PRIOR_YEAR_CHANGE};

    @TempDir
    Path dir;

    /** A valid return whose school already put comments of its own in a few cells, as schools do. */
    private ReturnOutcome schoolFile(String name) throws IOException {
        Path file = Fixtures.write(dir.resolve("in"), name, Fixtures.validReturn(), workbook -> {
            for (String address : List.of("I4", "J4", "C3")) {
                Sheet sheet = workbook.getSheet("学生与专业");
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                CellReference ref = new CellReference(address);
                anchor.setRow1(ref.getRow());
                anchor.setCol1(ref.getCol() + 1);
                Comment own = sheet.createDrawingPatriarch().createCellComment(anchor);
                own.setString(workbook.getCreationHelper().createRichTextString("学校自己的批注 " + address));
                Fixtures.cell(workbook, "学生与专业", address).setCellComment(own);
            }
        });
        ReturnReading reading = new ReturnReader().read(file, name);
        return new ReturnOutcome(reading, Optional.empty(), ReturnStatus.REJECTED);
    }

    /** The files as the feedback step reads them back: each with the findings about it. */
    private static FeedbackWriter.ReceivedFiles received(List<ReturnOutcome> outcomes, List<Finding> findings) {
        return each -> outcomes.forEach(outcome -> each.accept(FileFeedback.of(outcome, findings)));
    }

    private static String randomLocation(Random random) {
        String sheet = SHEETS[random.nextInt(SHEETS.length)];
        int row = 1 + random.nextInt(30);
        int column = random.nextInt(16);
        String cell = CellReference.convertNumToColString(column) + row;
        return sheet + "!" + switch (random.nextInt(6)) {
            case 0 -> CellReference.convertNumToColString(column) + ":" + CellReference.convertNumToColString(column);
            case 1 -> row + ":" + row;
            case 2 -> cell + ":" + CellReference.convertNumToColString(column + random.nextInt(6)) + row;
            case 3 -> cell + ":" + CellReference.convertNumToColString(column) + (row + random.nextInt(12));
            default -> cell;
        };
    }

    @Test
    void anySetOfFindingsOverAnyCellsGivesOneCommentPerCellAndNoFault() throws IOException {
        ReturnOutcome outcome = schoolFile("return.xlsx");
        SourceFile source = outcome.reading().source();
        Random random = new Random(20261130L);
        for (int round = 0; round < 40; round++) {
            List<Finding> findings = new ArrayList<>();
            int count = 1 + random.nextInt(25);
            for (int i = 0; i < count; i++) {
                findings.add(Finding.of(RULES[random.nextInt(RULES.length)], source, randomLocation(random), "招生数", "约" + i));
            }
            if (round % 4 == 0) {
                for (String column : List.of("H", "I", "J", "K", "L", "M")) {
                    findings.add(Finding.of(Rule.VALUE_INEXACT, source, "学生与专业!" + column + "4", "招生数", "约5"));
                }
            }
            Path folder = dir.resolve("round" + round);
            Files.createDirectories(folder);

            List<Finding> faults = new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(List.of(outcome), findings));

            assertEquals(List.of(), faults, "round " + round);
            try (XSSFWorkbook feedback = Fixtures.open(folder.resolve("3614000106_return_审核反馈.xlsx"))) {
                Map<String, List<String>> expectedByCell = new HashMap<>();
                for (Finding finding : findings) {
                    int bang = finding.location().lastIndexOf('!');
                    CellRangeAddress range = CellRangeAddress.valueOf(finding.location().substring(bang + 1));
                    String cell = finding.location().substring(0, bang) + "!"
                            + new CellAddress(Math.max(range.getFirstRow(), 0), Math.max(range.getFirstColumn(), 0)).formatAsString();
                    expectedByCell.computeIfAbsent(cell, k -> new ArrayList<>()).add("[" + finding.severity().label() + " " + finding.rule().id() + "] " + finding.message());
                }
                int shown = round;
                expectedByCell.forEach((cell, lines) -> {
                    String sheet = cell.substring(0, cell.indexOf('!'));
                    Comment comment = feedback.getSheet(sheet).getCellComment(new CellAddress(cell.substring(cell.indexOf('!') + 1)));
                    assertNotNull(comment, "round " + shown + ": a comment on " + cell);
                    String text = comment.getString().getString();
                    lines.forEach(line -> assertTrue(text.contains(line), cell + " holds " + line + " in " + text));
                });
                Comment schoolOwn = feedback.getSheet("学生与专业").getCellComment(new CellAddress("J4"));
                assertTrue(schoolOwn.getString().getString().startsWith("学校自己的批注 J4"), "the school's own comment is kept");
            }
        }
    }

    @Test
    void aFileNameOfAnyLengthOrCharacterGivesASafeUniqueFeedbackName() throws IOException {
        // 248 bytes: near the 255 a Linux file name may have, so code, suffix and temporary name cannot be added as they are
        String longName = "阳泉市".repeat(27) + ".xlsx";
        List<ReturnOutcome> outcomes = List.of(schoolFile(longName), schoolFile("a:b?.xlsx"), schoolFile("a_b_.xls"), schoolFile("x.xlsx"));
        Path folder = Files.createDirectories(dir.resolve("out"));

        List<Finding> faults = new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(outcomes, List.of()));

        assertEquals(List.of(), faults);
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(4, names.size(), names.toString());
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 220, name);
            assertTrue(name.chars().noneMatch(c -> "\\/:*?\"<>|".indexOf(c) >= 0), name);
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("3614000106_阳泉市阳泉市") && n.matches(".*_[0-9a-f]{8}_审核反馈\\.xlsx")), names.toString());
    }

    @Test
    void theSchoolsOwnTextIsGuardedAgainstFormulaInjectionInTheResultSheet() throws IOException {
        ReturnOutcome outcome = schoolFile("return.xlsx");
        Finding explained = Finding.of(Rule.VALUE_DASH_AS_ZERO, outcome.reading().source(), "社会服务与合作!B6", "订单班数", "—")
                .resolved(cn.vocstat.rules.Resolution.EXPLAINED, "=HYPERLINK(\"http://evil.example\",\"点击\")");
        Path folder = Files.createDirectories(dir.resolve("out"));

        new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(List.of(outcome), List.of(explained)));

        try (XSSFWorkbook feedback = Fixtures.open(folder.resolve("3614000106_return_审核反馈.xlsx"))) {
            Sheet result = feedback.getSheet(FeedbackWriter.RESULT_SHEET);
            Cell note = result.getRow(8).getCell(7);
            assertEquals("=HYPERLINK(\"http://evil.example\",\"点击\")", note.getStringCellValue(), "shown as the school typed it");
            assertTrue(note.getCellStyle().getQuotePrefixed(), "marked as text, never a formula");
            assertEquals(CellType.STRING, note.getCellType());
        }
    }

    @Test
    void aRejectedSchoolsListSaysByWhenAndWhomToAskAndANewDeadlineRewritesIt() throws IOException {
        ReturnOutcome outcome = schoolFile("return.xlsx");
        Finding dash = Finding.of(Rule.VALUE_DASH_AS_ZERO, outcome.reading().source(), "社会服务与合作!B6", "订单班数", "—");
        SubmissionNotice notice = new SubmissionNotice("2026年12月20日", "", "王老师", "0353-2021234", "");
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));

        new FeedbackWriter(notice).writeAll(first, Optional.empty(), received(List.of(outcome), List.of(dash)));
        new FeedbackWriter(new SubmissionNotice("2026年12月27日", "", "王老师", "0353-2021234", ""))
                .writeAll(second, Optional.of(first), received(List.of(outcome), List.of(dash)));

        assertTrue(summary(first).contains("重新报送：请于 2026年12月20日 前修改后重新报送。"), summary(first).toString());
        assertTrue(summary(first).contains("如有疑问：联系人 王老师，电话 0353-2021234。"), summary(first).toString());
        assertTrue(summary(second).contains("重新报送：请于 2026年12月27日 前修改后重新报送。"), "a new deadline is not an old list reused: " + summary(second));
    }

    @Test
    void aCleanReturnsListSaysOnceThatNothingIsAsked() throws IOException {
        ReturnOutcome outcome = schoolFile("return.xlsx");
        Path folder = Files.createDirectories(dir.resolve("clean"));
        new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(List.of(outcome), List.of()));
        List<String> lines = summary(folder);
        assertTrue(lines.contains("没有错误，也没有警告。"), lines.toString());
        assertTrue(lines.contains("本表无需修改，不必重新报送；下方清单为空。"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("重新报送：") || l.contains("未发现问题")), "nothing asked, said once: " + lines);
    }

    /** The lines above the 审核结果 list of the one feedback workbook in the folder. */
    private static List<String> summary(Path folder) throws IOException {
        try (XSSFWorkbook feedback = Fixtures.open(folder.resolve("3614000106_return_审核反馈.xlsx"))) {
            Sheet result = feedback.getSheet(FeedbackWriter.RESULT_SHEET);
            List<String> lines = new ArrayList<>();
            for (int r = 0; r <= result.getLastRowNum() && r < 12; r++) {
                if (result.getRow(r) != null && result.getRow(r).getCell(0) != null && result.getRow(r).getCell(0).getCellType() == CellType.STRING) {
                    lines.add(result.getRow(r).getCell(0).getStringCellValue());
                }
            }
            return lines;
        }
    }

    @Test
    void aCarriedOverVersionSharingTheNameGetsNoFeedbackAndTheNewFileOnlyItsOwnFindings() throws IOException {
        ReturnOutcome rejected = schoolFile("return.xlsx");
        SourceFile now = rejected.reading().source();
        SourceFile before = new SourceFile(now.location(), now.name(), "0".repeat(64), now.sizeBytes(), Instant.parse("2026-01-01T00:00:00Z"));
        ReturnOutcome carried = new ReturnOutcome(rejected.reading().withSource(before), Optional.empty(), ReturnStatus.CARRIED_OVER);
        Finding own = Finding.of(Rule.VALUE_INEXACT, now, "教师队伍!B7", "双师型教师数", "约30");
        Finding ofTheOldVersion = Finding.of(Rule.PRIOR_YEAR_CHANGE, before, "学生与专业!I3:I15", "在校生数", "1", "2", "+100%", "30%");
        Path folder = Files.createDirectories(dir.resolve("out"));

        new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(List.of(rejected, carried), List.of(own, ofTheOldVersion)));

        List<String> csv = Files.readAllLines(folder.resolve("3614000106_return_审核结果.csv"), StandardCharsets.UTF_8);
        assertEquals(2, csv.size(), csv.toString());
        assertTrue(csv.get(1).contains("V-NUM-02"), csv.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".xlsx")).count());
        }
    }

    @Test
    void aFileNoLongerAWorkbookWhenItsCopyIsDueGetsItsListOfFindingsAndALineSayingSoNotAFailedRun() throws IOException {
        ReturnOutcome outcome = schoolFile("return.xlsx");
        Finding inexact = Finding.of(Rule.VALUE_INEXACT, outcome.reading().source(), "教师队伍!B7", "双师型教师数", "约30");
        // the school replaced its file while the run was going: what was read is no longer a workbook
        Files.writeString(outcome.reading().source().path(), "not a workbook any more");
        Path folder = Files.createDirectories(dir.resolve("out"));

        List<Finding> added = new FeedbackWriter(SubmissionNotice.NONE).writeAll(folder, Optional.empty(), received(List.of(outcome), List.of(inexact)));

        assertEquals(List.of(Rule.FEEDBACK_FILE_CHANGED), added.stream().map(Finding::rule).toList(), "no fault of ours");
        try (XSSFWorkbook feedback = Fixtures.open(folder.resolve("3614000106_return_审核反馈.xlsx"))) {
            assertEquals(1, feedback.getNumberOfSheets(), "the list alone");
            Sheet result = feedback.getSheet(FeedbackWriter.RESULT_SHEET);
            assertEquals("V-NUM-02", result.getRow(8).getCell(2).getStringCellValue());
            assertEquals("F-FILE-15", result.getRow(9).getCell(2).getStringCellValue());
        }
    }

    @Test
    void anXlsOverwrittenByAnXlsxAfterItWasReadIsAnsweredAsTheXlsThatWasRead() throws IOException {
        Path file = Files.createDirectories(dir.resolve("in")).resolve("legacy.xls");
        try (var workbook = cn.vocstat.form.ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn()); var out = Files.newOutputStream(file)) {
            workbook.getSheet("教师队伍").getRow(6).getCell(1).setCellValue("约30");
            workbook.write(out);
        }
        ReturnReading reading = new ReturnReader().read(file, "legacy.xls");
        Finding inexact = Finding.of(Rule.VALUE_INEXACT, reading.source(), "教师队伍!B7", "双师型教师数", "约30");
        FileFeedback feedback = new FileFeedback(reading.source(), "3614000106", "盂县职业技术学校", ReturnStatus.REJECTED, true, List.of(inexact));
        // the school saves its corrected return over the one that was read, from a newer Excel, keeping the name
        Fixtures.write(dir.resolve("in"), "legacy.xls", Fixtures.validReturn(), w -> { });

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedback);

        assertEquals(List.of(Rule.FEEDBACK_FILE_CHANGED), written.findings().stream().map(Finding::rule).toList());
        assertEquals("3614000106_legacy_审核反馈.xls", written.workbook().getFileName().toString(), "the format of what was read");
        try (var list = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(written.workbook()))) {
            assertEquals(List.of(FeedbackWriter.RESULT_SHEET), List.of(list.getSheetName(0)));
            assertEquals(1, list.getNumberOfSheets());
        }
    }

    @Test
    void anXlsReturnComesBackAsAMarkedXls() throws IOException {
        Path file = dir.resolve("legacy.xls");
        try (var workbook = cn.vocstat.form.ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn());
             var out = Files.newOutputStream(file)) {
            workbook.getSheet("教师队伍").getRow(6).getCell(1).setCellValue("约30");
            workbook.write(out);
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = cn.vocstat.job.SingleReturnCheck.run(file, 2025, Fixtures.SHIPPED_INPUT, dir.resolve("out"), cn.vocstat.rules.Thresholds.defaults(),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertEquals(cn.vocstat.job.ExitCodes.SOME_REJECTED, exit);
        try (var feedback = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(dir.resolve("out/3614000106_legacy_审核反馈.xls")))) {
            assertEquals(FeedbackWriter.RESULT_SHEET, feedback.getSheetName(0));
            var marked = feedback.getSheet("教师队伍").getRow(6).getCell(1);
            assertEquals("约30", marked.getStringCellValue(), "the school's value is kept");
            assertEquals(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex(), marked.getCellStyle().getFillForegroundColor());
            assertTrue(marked.getCellComment().getString().getString().contains("V-NUM-02"));
        }
    }
}
