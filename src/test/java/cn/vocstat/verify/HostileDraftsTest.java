package cn.vocstat.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.ForkedRun;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.verify.DraftText.UnreadableDraftException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts a hostile or unlucky writer gives to {@code verify}. Each is refused before any run is
 * looked up: exit 64 and one Chinese line that names the file, what is wrong and what to do, in a
 * JVM of its own with a small heap (its whole console is read: no stack trace, no English), or, for
 * the other limits, by the reader itself. Drafts within the limits, photos and all, are read.
 */
class HostileDraftsTest {

    private static final String WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"" + WORD_MAIN + "\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";
    private static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
    /** Latin words a refusal may use besides the names it quotes: formats and programs, as offices call them. */
    private static final Set<String> FORMAT_WORDS = Set.of("Word", "WPS", "Excel", "PowerPoint", "Office", "docx", "doc", "txt", "PDF",
            "UTF", "GBK", "ANSI", "Unicode", "DOCTYPE", "XML", "MB", "KB", "NUL");

    @TempDir
    Path dir;

    /** An ordinary draft, as Word or WPS saves one: headings, sentences with numbers, a table, the document's properties. */
    private Path ordinaryDraft(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("1.3 学生情况");
            document.createParagraph().createRun().setText("2025 年，全市中等职业学校在校生 6310 人，比上年减少 233 人。");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("序号");
            table.getRow(0).getCell(1).setText("学校名称");
            table.getRow(1).getCell(0).setText("1");
            table.getRow(1).getCell(1).setText("盂县职业技术学校");
            document.getProperties().getCoreProperties().setTitle("中等职业教育质量年度报告（草稿）");
            document.write(out);
        }
        return file;
    }

    private interface PartContent {
        void write(OutputStream out) throws IOException;
    }

    /** The ordinary draft with one part replaced (or added, if it has none of that name), written at a compression level. */
    private Path draftWith(String name, String part, int level, PartContent content) throws IOException {
        return draftWith(name, level, Map.of(part, content));
    }

    /** The ordinary draft with parts replaced or added, these written at a compression level. */
    private Path draftWith(String name, int level, Map<String, PartContent> parts) throws IOException {
        Path ordinary = ordinaryDraft("ordinary-" + name);
        Path file = dir.resolve(name);
        Set<String> written = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ordinary)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (parts.containsKey(entry.getName())) {
                    out.setLevel(level);
                    parts.get(entry.getName()).write(out);
                    out.setLevel(Deflater.DEFAULT_COMPRESSION);
                    written.add(entry.getName());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.setLevel(level);
            for (Map.Entry<String, PartContent> added : new TreeMap<>(parts).entrySet()) {
                if (!written.contains(added.getKey())) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    added.getValue().write(out);
                    out.closeEntry();
                }
            }
        }
        return file;
    }

    /** The ordinary draft with a DOCTYPE put before the root element of one of its parts. */
    private Path draftWithDoctypeIn(String name, String part) throws IOException {
        Path ordinary = ordinaryDraft("ordinary-" + name);
        String xml;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ordinary))) {
            ZipEntry entry = in.getNextEntry();
            while (!entry.getName().equals(part)) {
                entry = in.getNextEntry();
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hostile = xml.replaceFirst("\\?>", "?>" + DOCTYPE);
        assertTrue(hostile.contains(DOCTYPE), "the part has an XML declaration to put the DOCTYPE after: " + xml);
        return draftWith(name, part, Deflater.DEFAULT_COMPRESSION, out -> out.write(hostile.getBytes(StandardCharsets.UTF_8)));
    }

    /** A document of so many short paragraphs (numbers), each with its own revision id as Word writes them. */
    private static PartContent document(int paragraphs) {
        return out -> {
            Random random = new Random(paragraphs);
            Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            xml.write(DOCUMENT_START);
            for (int p = 1; p <= paragraphs; p++) {
                xml.write("<w:p w:rsidR=\"" + Integer.toHexString(random.nextInt()) + "\"><w:r><w:t>" + p % 1000 + "</w:t></w:r></w:p>");
            }
            xml.write(DOCUMENT_END);
            xml.flush();
        };
    }

    /**
     * verify on the file in a JVM of its own with a 128 MB heap, as an office runs it: exit 64 and its
     * whole console one line, naming the file, with no Latin word but format names and the names given.
     */
    private String refusedOnTheConsole(Path file, String... namesQuoted) throws IOException, InterruptedException {
        ForkedRun verify = ForkedRun.start(List.of("-Xmx128m"), "verify", "--year", "2025", "--report", file.toString(),
                "--output", dir.resolve("output").toString(), "--input", dir.resolve("input").toString());
        int exit = verify.finish();
        String console = verify.console();
        assertEquals(ExitCodes.USAGE, exit, console);
        assertEquals(1, console.lines().count(), console);
        String line = console.strip();
        String name = file.getFileName().toString();
        assertTrue(line.startsWith(name), line);
        String rest = line.substring(name.length());
        for (String quoted : namesQuoted) {
            assertTrue(rest.contains(quoted), quoted + " named in " + line);
            rest = rest.replace(quoted, "");
        }
        List<String> latin = Pattern.compile("[A-Za-z][A-Za-z_]*").matcher(rest).results().map(MatchResult::group)
                .filter(word -> !FORMAT_WORDS.contains(word)).toList();
        assertEquals(List.of(), latin, "English in " + line);
        return line;
    }

    /** The reader's refusal of the file: one line, naming the file. */
    private static UnreadableDraftException refusal(Path file) {
        UnreadableDraftException refused = assertThrows(UnreadableDraftException.class, () -> DraftText.read(file));
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(file.getFileName().toString()), refused.getMessage());
        return refused;
    }

    @Test
    void aDecompressionBombIsRefusedAsItInflatesNotAllocatedWhole() throws Exception {
        // 300 MB of empty paragraphs in a file of a few hundred KB: POI once tried to allocate all of it
        Path bomb = draftWith("炸弹.docx", "word/document.xml", Deflater.BEST_COMPRESSION, out -> {
            out.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
            byte[] empty = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5_000; i++) {
                out.write(empty);
            }
            out.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(Files.size(bomb) < 1 << 20, Files.size(bomb) + " bytes");

        String line = refusedOnTheConsole(bomb, "word/document.xml");

        assertTrue(line.contains("压缩炸弹") && line.contains("另存为 .docx"), line);
    }

    @Test
    void sixHundredThousandParagraphsAreRefusedByTheirCountBeforeAnyIsRead() throws Exception {
        Path long600k = draftWith("六十万段.docx", "word/document.xml", Deflater.DEFAULT_COMPRESSION, document(600_000));

        String line = refusedOnTheConsole(long600k);

        assertTrue(line.contains("超过 100,000 段") && line.contains("分成几份"), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/document.xml", "docProps/core.xml", "_rels/.rels", "[Content_Types].xml"})
    void aDoctypeInAnyPartIsRefusedBeforePoiParsesIt(String part) throws Exception {
        Path hostile = draftWithDoctypeIn("实体声明.docx", part);

        String line = refusedOnTheConsole(hostile, part);

        assertTrue(line.contains("的部件 " + part + " 含有 DOCTYPE") && line.contains("另存为 .docx"), line);
    }

    @Test
    void aDoctypeBehindACommentInAUtf16PartIsFoundToo() throws IOException {
        String core = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!-- 由其他工具生成 -->" + DOCTYPE
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\">&b;</cp:coreProperties>";
        Path hostile = draftWith("注释之后.docx", "docProps/core.xml", Deflater.DEFAULT_COMPRESSION,
                out -> out.write(core.getBytes(StandardCharsets.UTF_16)));

        UnreadableDraftException refused = refusal(hostile);

        assertEquals(DraftRefusal.DOCTYPE, refused.refusal());
        assertTrue(refused.getMessage().contains("docProps/core.xml"), refused.getMessage());
    }

    @Test
    void whatPoiSaysOfABrokenPartGoesToTheLogNotTheConsole() throws Exception {
        // POI reads a draft with broken document properties, complaining with a stack trace: before Spring starts logging
        Path broken = draftWith("属性损坏.docx", "docProps/core.xml", Deflater.DEFAULT_COMPRESSION,
                out -> out.write("<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"x\"><<<".getBytes(StandardCharsets.UTF_8)));
        Path output = dir.resolve("output");

        ForkedRun verify = ForkedRun.start(List.of("-Xmx128m"), "verify", "--year", "2025", "--report", broken.toString(),
                "--output", output.toString(), "--input", dir.resolve("input").toString());
        int exit = verify.finish();

        String console = verify.console();
        assertEquals(ExitCodes.FAILED, exit, console);
        assertTrue(console.strip().endsWith("\n没有 2025 年度已完成的运行可供核对：请先运行 run --year 2025"), "the draft was read: " + console);
        assertFalse(console.contains("Exception") || console.contains("\tat ") || console.contains("ERROR") || console.contains("core.xml"),
                "quietly: " + console);
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            String logged = logs.map(log -> {
                try {
                    return Files.readString(log);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining());
            assertTrue(logged.contains("docProps/core.xml") && logged.contains("\tat "), "POI's complaint, stack trace and all, is in the log");
        }
    }

    @Test
    void aWord97DocumentIsNamedAndToBeSavedAsDocxWhateverItsExtension() throws Exception {
        Path doc = dir.resolve("草稿.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[1024]), "1Table");
            fs.writeFilesystem(out);
        }
        Path renamed = Files.copy(doc, dir.resolve("改了扩展名.docx"));

        String line = refusedOnTheConsole(doc);

        assertTrue(line.contains("Word 97-2003 文档") && line.contains("另存为 .docx"), line);
        assertEquals(DraftRefusal.WORD_97, refusal(renamed).refusal());
    }

    @Test
    void aPasswordProtectedDraftIsToHaveItsPasswordRemoved() throws Exception {
        Path ordinary = ordinaryDraft("明文.docx");
        Path encrypted = dir.resolve("加密.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(ordinary, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        String line = refusedOnTheConsole(encrypted);

        assertTrue(line.contains("打开密码") && line.contains("取消密码"), line);
    }

    @Test
    void aFileLargerThanAnyDraftIsRefusedUnopened() throws Exception {
        Path huge = dir.resolve("超大.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(DraftLimits.MAX_WORD_BYTES + 1);
        }
        Path hugeText = dir.resolve("超大.txt");
        try (RandomAccessFile file = new RandomAccessFile(hugeText.toFile(), "rw")) {
            file.setLength(DraftLimits.MAX_TEXT_BYTES + 1);
        }

        String line = refusedOnTheConsole(huge);

        assertTrue(line.contains("有 101 MB，超过报告草稿的上限 100 MB") && line.contains("压缩图片"), line);
        assertEquals(DraftRefusal.TEXT_TOO_LARGE, refusal(hugeText).refusal());
    }

    @Test
    void aTextSavedInGbkIsNamedAndToBeSavedAsUtf8() throws Exception {
        Path gbk = Files.write(dir.resolve("记事本.txt"), """
                1.3 学生情况
                2025 年，全市中等职业学校在校生 6310 人，比上年减少 233 人；毕业生 2593 人。
                """.getBytes(Charset.forName("GBK")));

        String line = refusedOnTheConsole(gbk);

        assertTrue(line.contains("GBK") && line.contains("编码选 UTF-8"), line);
    }

    @Test
    void textsInTheOtherWaysNotepadSavesThemAreNamedForWhatTheyAre() throws IOException {
        String report = "1.3 学生情况\n2025 年，全市中等职业学校在校生 6310 人。\n";
        Path unicode = Files.write(dir.resolve("unicode.txt"), ("\uFEFF" + report).getBytes(StandardCharsets.UTF_16LE));
        byte[] withNul = (report + "\0\0\0").getBytes(StandardCharsets.UTF_8);
        Path binary = Files.write(dir.resolve("binary.txt"), withNul);
        Path bom = Files.write(dir.resolve("bom.txt"), ("\uFEFF" + report).getBytes(StandardCharsets.UTF_8));

        assertEquals(DraftRefusal.UTF_16, refusal(unicode).refusal());
        assertEquals(DraftRefusal.BINARY, refusal(binary).refusal());
        assertEquals(List.of("2025 年，全市中等职业学校在校生 6310 人。"), DraftText.read(bom).parts().stream()
                .map(part -> ((DraftText.Paragraph) part).text()).toList(), "UTF-8 with a BOM is read");
    }

    @Test
    void aPackageOfMorePartsThanWordWritesIsRefusedBeforeItsDirectoryIsRead() throws IOException {
        Map<String, PartContent> pictures = new HashMap<>();
        for (int i = 1; i <= DraftLimits.MAX_PARTS; i++) {
            int picture = i;
            pictures.put("word/media/image" + i + ".png", out -> out.write(picture));
        }
        Path many = draftWith("部件.docx", Deflater.DEFAULT_COMPRESSION, pictures);

        assertEquals(DraftRefusal.TOO_MANY_PARTS, refusal(many).refusal());
    }

    @Test
    void aPartTooLargeIsRefusedEvenAtAnHonestRatio() throws IOException {
        byte[] noise = new byte[1 << 20];
        new Random(15).nextBytes(noise);
        Path large = draftWith("大图.docx", "word/media/image1.png", Deflater.NO_COMPRESSION, out -> {
            for (long written = 0; written <= DraftLimits.MAX_PART_BYTES; written += noise.length) {
                out.write(noise);
            }
        });

        UnreadableDraftException refused = refusal(large);

        assertEquals(DraftRefusal.PART_TOO_LARGE, refused.refusal());
        assertTrue(refused.getMessage().contains("word/media/image1.png"), refused.getMessage());
    }

    @Test
    void partsThatUnpackBeyondTheDraftsTotalAreRefused() throws IOException {
        // pictures just under the part limit, each compressing about four times: a file within its limit, too much to unpack
        Random random = new Random(15);
        long size = DraftLimits.MAX_PART_BYTES - (1 << 20);
        Map<String, PartContent> pictures = new HashMap<>();
        for (int p = 0; p <= DraftLimits.MAX_UNPACKED_BYTES / size; p++) {
            pictures.put("word/media/image" + p + ".bmp", out -> {
                byte[] letters = new byte[1 << 20];
                for (long written = 0; written < size; written += letters.length) {
                    for (int i = 0; i < letters.length; i++) {
                        letters[i] = (byte) ('A' + random.nextInt(4));
                    }
                    out.write(letters);
                }
            });
        }
        Path file = draftWith("总量.docx", Deflater.BEST_SPEED, pictures);
        assertTrue(Files.size(file) < DraftLimits.MAX_WORD_BYTES, Files.size(file) + " bytes");

        assertEquals(DraftRefusal.UNPACKED_TOO_LARGE, refusal(file).refusal());
    }

    @Test
    void markupTooElaborateForPoiToHoldIsRefusedByItsElementCount() throws IOException {
        // few paragraphs, a million empty runs with their revision ids: 1.5 GB in POI's memory unchecked
        Random random = new Random(15);
        Path elaborate = draftWith("复杂.docx", "word/document.xml", Deflater.DEFAULT_COMPRESSION, out -> {
            Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            xml.write(DOCUMENT_START + "<w:p>");
            for (int r = 0; r <= DraftLimits.MAX_XML_ELEMENTS; r++) {
                xml.write(String.format(Locale.ROOT, "<w:r w:rsidR=\"%08X\"/>", random.nextInt()));
            }
            xml.write("</w:p>" + DOCUMENT_END);
            xml.flush();
        });

        assertEquals(DraftRefusal.TOO_COMPLEX, refusal(elaborate).refusal());
    }

    @Test
    void aDraftWithPhotosOfTensOfMegabytesIsRead() throws Exception {
        Path withPhotos = dir.resolve("有照片.docx");
        byte[] photo = new byte[12 << 20];
        Random random = new Random(15);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(withPhotos)) {
            document.createParagraph().createRun().setText("2025 年，全市中等职业学校在校生 6310 人。");
            for (int p = 1; p <= 4; p++) {
                random.nextBytes(photo);
                document.createParagraph().createRun().addPicture(new ByteArrayInputStream(photo), Document.PICTURE_TYPE_JPEG,
                        "photo" + p + ".jpg", Units.toEMU(400), Units.toEMU(300));
            }
            document.write(out);
        }
        assertTrue(Files.size(withPhotos) > 40 << 20, Files.size(withPhotos) + " bytes");

        DraftText draft = DraftText.read(withPhotos);

        assertEquals(List.of("2025 年，全市中等职业学校在校生 6310 人。"), draft.parts().stream().map(part -> ((DraftText.Paragraph) part).text()).toList());
    }

    @Test
    void aDraftAtTheParagraphAndTextLimitsIsReadAndOneMoreIsRefused() throws IOException {
        // lines of five characters: the paragraph limit falls within the text limit
        String line = "在校生6人\n";
        Path atLimit = Files.writeString(dir.resolve("上限.txt"), line.repeat(DraftLimits.MAX_PARAGRAPHS), StandardCharsets.UTF_8);
        Path beyond = Files.writeString(dir.resolve("超出.txt"), line.repeat(DraftLimits.MAX_PARAGRAPHS + 1), StandardCharsets.UTF_8);
        // long lines: the text limit, a character more
        String chars = "在".repeat(1000) + "\n";
        int lines = DraftLimits.MAX_TEXT_CHARS / 1000;
        Path textAtLimit = Files.writeString(dir.resolve("字数上限.txt"), chars.repeat(lines), StandardCharsets.UTF_8);
        Path textBeyond = Files.writeString(dir.resolve("字数超出.txt"), chars.repeat(lines) + "在", StandardCharsets.UTF_8);

        assertEquals(DraftLimits.MAX_PARAGRAPHS, DraftText.read(atLimit).parts().size());
        assertEquals(DraftRefusal.TOO_MANY_PARAGRAPHS, refusal(beyond).refusal());
        assertEquals(lines, DraftText.read(textAtLimit).parts().size());
        assertEquals(DraftRefusal.TOO_MUCH_TEXT, refusal(textBeyond).refusal());
    }

    @Test
    void aWordDraftAtTheParagraphLimitIsReadAndOneMoreIsRefused() throws IOException {
        Path atLimit = draftWith("段落上限.docx", "word/document.xml", Deflater.DEFAULT_COMPRESSION, document(DraftLimits.MAX_PARAGRAPHS));
        Path beyond = draftWith("段落超出.docx", "word/document.xml", Deflater.DEFAULT_COMPRESSION, document(DraftLimits.MAX_PARAGRAPHS + 1));

        assertEquals(DraftLimits.MAX_PARAGRAPHS, DraftText.read(atLimit).parts().size());
        assertEquals(DraftRefusal.TOO_MANY_PARAGRAPHS, refusal(beyond).refusal());
    }

    @Test
    void aNameWithANewlineCannotStartALineOfItsOwn() throws IOException {
        Path hostile = draftWithDoctypeIn("换行.docx", "docProps/core.xml");
        Path renamed = Files.move(hostile, dir.resolve("换行\n核对 伪造.docx"));

        UnreadableDraftException refused = assertThrows(UnreadableDraftException.class, () -> DraftText.read(renamed));

        assertTrue(refused.getMessage().startsWith("换行[LF]核对 伪造.docx 的部件"), refused.getMessage());
    }

    @Test
    void aTruncatedPackageIsSaidToBeBrokenAndItsCauseKeptForTheLog() throws IOException {
        Path ordinary = ordinaryDraft("完整.docx");
        byte[] bytes = Files.readAllBytes(ordinary);
        Path cut = Files.write(dir.resolve("截断.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        UnreadableDraftException refused = refusal(cut);

        assertEquals(DraftRefusal.NOT_WORD, refused.refusal());
        assertTrue(refused.getCause() != null, "the cause is kept for the log");
    }

}
