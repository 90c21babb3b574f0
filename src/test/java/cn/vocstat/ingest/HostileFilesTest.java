package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files: each gives one clear file-level finding, quickly and in little memory,
 * and never an exception. (The run going on past them is checked in ConsolidationRunTest.)
 */
class HostileFilesTest {

    /** The sheet part of 学生与专业 in the builder's workbooks. */
    private static final String MAJORS_PART = "xl/worksheets/sheet3.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @TempDir
    Path dir;

    private Path valid() throws IOException {
        return Fixtures.write(dir, "valid.xlsx", Fixtures.validReturn(), workbook -> { });
    }

    /** The one finding a hostile file gets: an error in plain Chinese, with no Java exception text in it. */
    private static Finding theOnlyFinding(Path file) {
        ReturnReading reading = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ReturnReader().read(file, file.getFileName().toString()));
        assertEquals(1, reading.findings().size(), reading.findings().toString());
        assertTrue(reading.content().isEmpty());
        Finding finding = reading.findings().get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(file.getFileName().toString(), finding.fileName());
        assertFalse(finding.message().matches("(?s).*(Exception|Error|SAX|java\\.|org\\.apache).*"), finding.message());
        assertTrue(finding.message().length() < 250, finding.message());
        return finding;
    }

    @Test
    void aTruncatedSheetIsNamedAndCalledIncompleteNotUnsafe() throws IOException {
        byte[] sheet = xmlOf(valid(), MAJORS_PART);
        Path file = withMajorsSheet("cut.xlsx", out -> out.write(new String(sheet, 0, sheet.length / 2, StandardCharsets.UTF_8)));
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("工作表“学生与专业”（xl/worksheets/sheet3.xml）不完整"), finding.message());
    }

    @Test
    void aSheetThatIsNotWellFormedXmlIsNamed() throws IOException {
        Path file = withMajorsSheet("broken.xlsx", out -> out.write(SHEET_START + "<row r=\"1\" <<></row>" + SHEET_END));
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("学生与专业") && finding.message().contains("格式有误"), finding.message());
    }

    @Test
    void aCellPointingAtSharedTextTheFileDoesNotHaveIsNamedByItsAddress() throws IOException {
        Path file = withMajorsSheet("sst.xlsx", out -> out.write(SHEET_START + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>99999</v></c></row>" + SHEET_END));
        Finding finding = theOnlyFinding(file);
        assertTrue(finding.message().contains("单元格 B2 引用了共享文字表中没有的第 99999 项"), finding.message());
    }

    @Test
    void aPackageOfMorePartsThanAWorkbookHasIsRefusedAsUnsafe() throws IOException {
        Path file = dir.resolve("parts.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid())); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (int part = 0; part < ZipLimits.MAX_FILE_COUNT; part++) {
                out.putNextEntry(new ZipEntry("xl/media/image" + part + ".png"));
                out.closeEntry();
            }
        }
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedBeforeItIsOpened() throws IOException {
        Path file = dir.resolve("photos.xlsx");
        byte[] noise = new byte[(int) ReturnReader.MAX_FILE_BYTES + 1024];
        new java.util.Random(1).nextBytes(noise);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid())); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/media/image1.png"));
            out.write(noise);
            out.closeEntry();
        }
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_OVERSIZED, finding.rule());
        assertTrue(finding.message().contains("文件有 11 MB，超过 10 MB 的上限"), finding.message());
    }

    @Test
    void anExcel95WorkbookAsksForASaveAsXlsx() throws IOException {
        Path file = dir.resolve("excel95.xls");
        try (var fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {9, 8, 8, 0, 0, 5, 5, 0, 0, 0, 0, 0}), "Book");
            fs.writeFilesystem(out);
        }
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_LEGACY_XLS, finding.rule());
        assertTrue(finding.message().contains("另存为"), finding.message());
    }

    private static byte[] xmlOf(Path workbook, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(part)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + part);
    }

    @Test
    void anEmptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("文件为空"), finding.message());
    }

    @Test
    void aTruncatedZip() throws IOException {
        byte[] bytes = Files.readAllBytes(valid());
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(Rule.FILE_UNREADABLE, theOnlyFinding(file).rule());
    }

    @Test
    void aCsvRenamedXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("csv.xlsx"), "学校标识码,学校名称\n3614000106,盂县职业技术学校\n");
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("CSV"), finding.message());
    }

    @Test
    void aPdfRenamedXlsx() throws IOException {
        Path file = Files.write(dir.resolve("pdf.xlsx"), "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("PDF"), finding.message());
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path file = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(valid(), out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals(Rule.FILE_ENCRYPTED, theOnlyFinding(file).rule());
    }

    @Test
    void aBinaryXlsbWorkbook() throws IOException {
        Path file = dir.resolve("binary.xlsb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>");
            entry(zip, "xl/workbook.bin", "\u0083\u0001\u0000");
        }
        assertEquals(Rule.FILE_BINARY_XLSB, theOnlyFinding(file).rule());
    }

    @Test
    void aZipBomb() throws IOException {
        Path file = withMajorsSheet("bomb.xlsx", out -> {
            out.write(SHEET_START);
            char[] spaces = new char[1 << 20];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 150; i++) {
                out.write(spaces);
            }
            out.write(SHEET_END);
        });
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
        assertTrue(finding.message().contains("xl/worksheets/sheet3.xml") && finding.message().contains("100 倍"), finding.message());
    }

    @Test
    void aSheetWithAMillionRows() throws IOException {
        Path file = withMajorsSheet("million.xlsx", out -> {
            out.write(SHEET_START);
            for (int r = 1; r <= 1_000_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + (r * 7919L % 1_000_003) + "</v></c></row>");
            }
            out.write(SHEET_END);
        });
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_TOO_LARGE, finding.rule());
        assertTrue(finding.message().contains("学生与专业") && finding.message().contains(String.valueOf(cn.vocstat.model.FormSheet.MAX_ROWS)), finding.message());
    }

    @Test
    void anXmlEntityExpansionAttempt() throws IOException {
        Path file = withMajorsSheet("laughs.xlsx", out -> {
            out.write("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
            for (int i = 1; i <= 9; i++) {
                String previous = i == 1 ? "lol" : "lol" + (i - 1);
                out.write("<!ENTITY lol" + i + " \"" + ("&" + previous + ";").repeat(10) + "\">");
            }
            out.write("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>" + SHEET_END);
        });
        Finding finding = theOnlyFinding(file);
        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
        assertTrue(finding.message().contains("DOCTYPE"), finding.message());
    }

    private interface SheetContent {
        void writeTo(Writer out) throws IOException;
    }

    /** A valid return whose 学生与专业 sheet part is replaced. */
    private Path withMajorsSheet(String name, SheetContent content) throws IOException {
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(MAJORS_PART)) {
                    Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    content.writeTo(writer);
                    writer.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
