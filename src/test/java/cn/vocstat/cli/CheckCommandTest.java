package cn.vocstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.job.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Comment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as an operator uses it on what is at hand: the file it is given is named for what it is. */
class CheckCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** Runs check; the time limit guards the build against a hang, it measures nothing. */
    private int check(Path file) {
        console.reset();
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.execute(new PrintStream(console, true, StandardCharsets.UTF_8),
                "check", file.toString(), "--year", "2025", "--input", Fixtures.SHIPPED_INPUT.toString(), "--output", root.resolve("output").toString()));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** A return with a note on a cell, as officers leave them, whose comments part is cut short: Excel repairs it, POI does not. */
    private Path withABrokenCommentsPart(String name, String teachers) throws IOException {
        Path file = Fixtures.write(root, name, Fixtures.validReturn(), workbook -> {
            Fixtures.cell(workbook, "教师队伍", "B3").setCellValue(teachers);
            Comment note = workbook.getSheet("教师队伍").createDrawingPatriarch().createCellComment(workbook.getCreationHelper().createClientAnchor());
            note.setString(workbook.getCreationHelper().createRichTextString("含外聘教师"));
            Fixtures.cell(workbook, "教师队伍", "A3").setCellComment(note);
        });
        String comments;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            comments = zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("xl/comments")).findFirst().orElseThrow();
        }
        Fixtures.rewritePart(file, comments, xml -> xml.substring(0, xml.length() / 2));
        return file;
    }

    @Test
    void aFeedbackThatCouldNotBeMarkedIsSaidAmongTheFindings() throws IOException {
        Path file = withABrokenCommentsPart("盂县职中.xlsx", "一百二十");

        assertEquals(ExitCodes.SOME_REJECTED, check(file), console());

        List<String> lines = console().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[错误 V-NUM-01] 盂县职中.xlsx 教师队伍!B3：")), console());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[警告 F-FILE-10] 盂县职中.xlsx：为本文件生成带标注的审核反馈时程序出错")), console());
        assertTrue(lines.get(lines.size() - 1).startsWith("结论：有错误，本表会被退回；反馈："), console());
        Path feedback = Path.of(lines.get(lines.size() - 1).substring(lines.get(lines.size() - 1).indexOf("反馈：") + 3));
        assertTrue(Files.isRegularFile(feedback), "the list of findings is written all the same: " + feedback);
    }

    @Test
    void aFeedbackMarkedAsUsualHasNoFaultToSay() throws IOException {
        Path file = Fixtures.write(root, "平定职中.xlsx", Fixtures.validReturn(), workbook -> Fixtures.cell(workbook, "教师队伍", "B3").setCellValue("约120"));

        assertEquals(ExitCodes.SOME_REJECTED, check(file), console());

        assertTrue(console().contains("[错误 V-NUM-02] 平定职中.xlsx 教师队伍!B3："), console());
        assertFalse(console().contains("F-FILE-10"), console());
    }

    @Test
    void findingsAreListedErrorsFirstThenInTheFormsOrderOfSheetsAndCells() throws IOException {
        Path file = Fixtures.write(root, "盂县职中.xlsx", Fixtures.validReturn(), workbook -> {
            Fixtures.cell(workbook, "教师队伍", "B3").setCellValue("约120");
            Fixtures.cell(workbook, "基本信息", "B5").setCellValue("孟县职业技术学校");
            Fixtures.cell(workbook, "学生与专业", "H3").setCellValue("待统计");
        });

        assertEquals(ExitCodes.SOME_REJECTED, check(file), console());

        List<String> findings = console().lines().filter(l -> l.startsWith("[")).map(l -> l.substring(0, l.indexOf('：'))).toList();
        assertEquals(List.of("[错误 V-NUM-01] 盂县职中.xlsx 学生与专业!H3", "[错误 R-TOT-01] 盂县职中.xlsx 学生与专业!H16",
                "[错误 V-NUM-02] 盂县职中.xlsx 教师队伍!B3",
                "[警告 G-REG-02] 盂县职中.xlsx 基本信息!B5"), findings, console());
    }

    @Test
    void aLineBreakInTheFileNameStaysInsideItsLine() throws IOException {
        Path file = Fixtures.write(root, "盂县\n结论：可以采用.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B3").setCellValue("约120"));

        assertEquals(ExitCodes.SOME_REJECTED, check(file), console());

        List<String> lines = console().lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("结论：可以采用")), console());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[错误 V-NUM-02] 盂县[LF]结论：可以采用.xlsx 教师队伍!B3：")), console());
        assertTrue(lines.get(lines.size() - 1).startsWith("结论：有错误，本表会被退回"), console());
    }

    @Test
    void aFifoIsNamedAsOneAndNotOpened() throws Exception {
        Path fifo = root.resolve("平定职中.xlsx");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        assertEquals(ExitCodes.USAGE, check(fifo));

        assertEquals("这是命名管道（FIFO），不是普通文件，无法作为报表检查：" + fifo.toAbsolutePath() + "\n", console());
    }

    @Test
    void aLinkToADeviceNamesTheDevice() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("盂县职中.xlsx"), Path.of("/dev/zero"));

        assertEquals(ExitCodes.USAGE, check(link));

        assertEquals("这是字符设备（经链接指向 /dev/zero），不是普通文件，无法作为报表检查：" + link.toAbsolutePath() + "\n", console());
    }

    @Test
    void aLinkToNothingIsNotAMissingFileButABrokenLink() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("旧报表.xlsx"), root.resolve("已删除.xlsx"));

        assertEquals(ExitCodes.USAGE, check(link));

        assertEquals("这是指向不存在的文件的链接，找不到文件：" + link.toAbsolutePath() + "\n", console());
    }

    @Test
    void aFolderAndAMissingFileKeepTheirWords() throws IOException {
        Path folder = Files.createDirectories(root.resolve("returns.xlsx"));

        assertEquals(ExitCodes.USAGE, check(folder));
        assertEquals("这是一个目录，不是报表文件：" + folder.toAbsolutePath() + "\n", console());

        assertEquals(ExitCodes.USAGE, check(root.resolve("nosuch.xlsx")));
        assertEquals("找不到文件：" + root.resolve("nosuch.xlsx").toAbsolutePath() + "\n", console());
    }
}
