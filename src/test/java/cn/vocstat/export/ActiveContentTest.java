package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.PackageParts;
import cn.vocstat.form.ReturnWorkbookBuilder;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's marked copy carries nothing that runs or reaches out: a macro-enabled return with a VBA
 * project, an Excel 4.0 macro sheet, an external workbook, an OLE object, ActiveX and form controls and
 * a ribbon of its own comes back as a plain .xlsx without any of them, which Excel opens without a
 * repair; an .xls comes back without its VBA storage and embedded objects.
 */
class ActiveContentTest {

    private static final String R = PackageParts.RELATIONSHIPS;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Set<String> ACTIVE_PARTS = Set.of("vbaproject", "activex", "embeddings", "externallink", "macrosheets", "customui", "ctrlprops");

    @TempDir
    Path dir;

    /** The return as Excel saves it with macros, a link to another school's workbook, an embedded file and buttons. */
    private Path macroReturn(String name) throws Exception {
        Path file = Fixtures.write(dir.resolve("in"), name, Fixtures.validReturn(), w -> Fixtures.cell(w, "教师队伍", "B7").setCellValue("约30"));
        PackageParts.of(file)
                .edit("[Content_Types].xml", xml -> xml.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace("</Types>",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))
                // the VBA project, signed
                .put("xl/vbaProject.bin", "VBA project of the school's own macros".getBytes(StandardCharsets.UTF_8))
                .relate("xl/workbook.xml", "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", false)
                .put("xl/vbaProjectSignature.bin", new byte[] {1, 2, 3})
                .contentType("xl/vbaProjectSignature.bin", "application/vnd.ms-office.vbaProjectSignature")
                .relate("xl/vbaProject.bin", "rId1", "http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature", "vbaProjectSignature.bin", false)
                // an Excel 4.0 macro sheet, run when the workbook opens
                .put("xl/macrosheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xm:macrosheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"><f>EXEC(\"calc.exe\")</f></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><f>HALT()</f></c></row></sheetData></xm:macrosheet>")
                .contentType("xl/macrosheets/sheet1.xml", "application/vnd.ms-excel.macrosheet+xml")
                .relate("xl/workbook.xml", "rIdXlm", "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet", "macrosheets/sheet1.xml", false)
                // another school's workbook, linked
                .put("xl/externalLinks/externalLink1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"" + R + "\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames><sheetDataSet>"
                        + "<sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>")
                .contentType("xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
                .relate("xl/externalLinks/externalLink1.xml", "rId1", R + "/externalLinkPath", "file:///C:/其他学校/数据.xlsx", true)
                .relate("xl/workbook.xml", "rIdExt", R + "/externalLink", "externalLinks/externalLink1.xml", false)
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "<sheet name=\"宏表\" sheetId=\"50\" state=\"hidden\" r:id=\"rIdXlm\"/></sheets>"
                        + "<externalReferences><externalReference r:id=\"rIdExt\"/></externalReferences><definedNames>"
                        + "<definedName name=\"外校数据\">[1]Sheet1!$A$1</definedName><definedName name=\"Auto_Open\">宏表!$A$1</definedName>"
                        + "<definedName name=\"启动\" function=\"1\" vbProcedure=\"1\">Module1.Start</definedName></definedNames>"))
                // formulas into the linked workbook, a number and a text, in the sheet of instructions
                .edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", "<row r=\"50\"><c r=\"A50\"><f>[1]Sheet1!$A$1</f><v>42</v></c>"
                        + "<c r=\"B50\" t=\"str\"><f>\"外校：\"&amp;'[1]Sheet1'!$A$1</f><v>外校：42</v></c></row></sheetData>"))
                // an embedded file and a button on 教师队伍, wrapped for older Excel as Excel 2010 writes them
                .put("xl/embeddings/oleObject1.bin", "an embedded document".getBytes(StandardCharsets.UTF_8))
                .contentType("xl/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")
                .put("xl/activeX/activeX1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" "
                        + "xmlns:r=\"" + R + "\" ax:classid=\"{D7053240-CE69-11CD-A777-00DD01143C57}\" ax:persistence=\"persistStreamInit\" r:id=\"rId1\"/>")
                .contentType("xl/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
                .put("xl/activeX/activeX1.bin", new byte[] {7, 7, 7})
                .contentType("xl/activeX/activeX1.bin", "application/vnd.ms-office.activeX")
                .relate("xl/activeX/activeX1.xml", "rId1", "http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary", "activeX1.bin", false)
                .relate("xl/worksheets/sheet4.xml", "rIdOle", R + "/oleObject", "../embeddings/oleObject1.bin", false)
                .relate("xl/worksheets/sheet4.xml", "rIdAx", R + "/control", "../activeX/activeX1.xml", false)
                .edit("xl/worksheets/sheet4.xml", xml -> withRelationshipNamespace(xml).replace("</worksheet>", "<mc:AlternateContent xmlns:mc=\"" + MC + "\">"
                        + "<mc:Choice Requires=\"x14\"><oleObjects><mc:AlternateContent><mc:Choice Requires=\"x14\"><oleObject progId=\"Word.Document.12\" "
                        + "shapeId=\"1025\" r:id=\"rIdOle\"/></mc:Choice><mc:Fallback><oleObject progId=\"Word.Document.12\" shapeId=\"1025\" r:id=\"rIdOle\"/>"
                        + "</mc:Fallback></mc:AlternateContent></oleObjects></mc:Choice><mc:Fallback><oleObjects><oleObject progId=\"Word.Document.12\" "
                        + "shapeId=\"1025\" r:id=\"rIdOle\"/></oleObjects></mc:Fallback></mc:AlternateContent>"
                        + "<mc:AlternateContent xmlns:mc=\"" + MC + "\"><mc:Choice Requires=\"x14\"><controls><mc:AlternateContent><mc:Choice Requires=\"x14\">"
                        + "<control shapeId=\"1026\" r:id=\"rIdAx\" name=\"CommandButton1\"><controlPr defaultSize=\"0\" autoLine=\"0\" r:id=\"rIdAx\"/></control>"
                        + "</mc:Choice><mc:Fallback><control shapeId=\"1026\" r:id=\"rIdAx\" name=\"CommandButton1\"/></mc:Fallback></mc:AlternateContent>"
                        + "</controls></mc:Choice></mc:AlternateContent></worksheet>"))
                // a form control as an older tool writes it, unwrapped, on 经费
                .put("xl/ctrlProps/ctrlProp1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><formControlPr xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" "
                        + "objectType=\"Button\" lockText=\"1\"/>")
                .contentType("xl/ctrlProps/ctrlProp1.xml", "application/vnd.ms-excel.controlproperties+xml")
                .relate("xl/worksheets/sheet7.xml", "rIdCtl", R + "/ctrlProp", "../ctrlProps/ctrlProp1.xml", false)
                .edit("xl/worksheets/sheet7.xml", xml -> withRelationshipNamespace(xml).replace("</worksheet>",
                        "<controls><control shapeId=\"2049\" r:id=\"rIdCtl\" name=\"Button 1\"/></controls></worksheet>"))
                // a ribbon of its own, calling a macro when it loads
                .put("customUI/customUI14.xml", "<customUI xmlns=\"http://schemas.microsoft.com/office/2009/07/customui\" onLoad=\"Ribbon_Load\"><ribbon/></customUI>")
                .contentType("customUI/customUI14.xml", "application/xml")
                .relate("", "rIdUi", "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility", "customUI/customUI14.xml", false)
                .write(file);
        return file;
    }

    private static String withRelationshipNamespace(String sheet) {
        return sheet.replaceFirst("<worksheet ", "<worksheet xmlns:r=\"" + R + "\" ");
    }

    private FileFeedback feedbackOf(Path file) {
        ReturnReading reading = new ReturnReader().read(file, file.getFileName().toString());
        assertTrue(reading.content().isPresent(), "the reader takes the return: " + reading.findings());
        Finding inexact = Finding.of(Rule.VALUE_INEXACT, reading.source(), "教师队伍!B7", "双师型教师数", "约30");
        return new FileFeedback(reading.source(), "3614000106", "盂县职业技术学校", ReturnStatus.REJECTED, true, List.of(inexact));
    }

    @Test
    void aMacroEnabledReturnComesBackAsAPlainWorkbookWithoutAnythingThatRunsOrReachesOut() throws Exception {
        Path file = macroReturn("宏报表.xlsm");

        FeedbackWriter.Written written = new FeedbackWriter().write(dir.resolve("out"), feedbackOf(file));

        assertEquals(List.of(), written.findings(), "a copy without active content is no finding");
        assertTrue(written.workbook().getFileName().toString().endsWith("_审核反馈.xlsx"), written.workbook().toString());
        try (OPCPackage copy = OPCPackage.open(written.workbook().toFile(), PackageAccess.READ)) {
            List<PackageRelationship> relationships = new ArrayList<>();
            copy.getRelationships().forEach(relationships::add);
            for (PackagePart part : copy.getParts()) {
                String name = part.getPartName().getName().toLowerCase();
                assertTrue(ACTIVE_PARTS.stream().noneMatch(name::contains), "no part " + name);
                if (!part.isRelationshipPart()) {
                    part.getRelationships().forEach(relationships::add);
                }
            }
            for (PackageRelationship relationship : relationships) {
                String type = relationship.getRelationshipType();
                assertTrue(Set.of("vbaProject", "vbaProjectSignature", "xlMacrosheet", "externalLink", "oleObject", "control", "ctrlProp",
                        "extensibility").stream().noneMatch(t -> type.endsWith("/" + t)), "no relationship of type " + type);
                assertTrue(ACTIVE_PARTS.stream().noneMatch(relationship.getTargetURI().toString().toLowerCase()::contains), "no relationship to " + relationship.getTargetURI());
            }
            PackagePart workbook = copy.getPart(copy.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").getRelationship(0));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", workbook.getContentType());
        }
        try (ZipFile zip = new ZipFile(written.workbook().toFile())) {
            String types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(types.contains("macroEnabled") || types.contains("vbaProject") || types.contains("activeX") || types.contains("macrosheet"), types);
        }
        assertEquals(List.of(), PackageParts.danglingReferences(written.workbook()), "Excel finds nothing to repair");
        try (XSSFWorkbook copy = Fixtures.open(written.workbook())) {
            Cell marked = copy.getSheet("教师队伍").getRow(6).getCell(1);
            assertEquals("约30", marked.getStringCellValue());
            assertEquals(IndexedColors.RED.getIndex(), marked.getCellStyle().getFillForegroundColor());
            assertTrue(marked.getCellComment().getString().getString().contains("V-NUM-02"));
            assertNull(copy.getSheet("宏表"), "the macro sheet is gone");
            List<String> names = copy.getAllNames().stream().map(Name::getNameName).toList();
            assertTrue(names.stream().noneMatch(Set.of("外校数据", "Auto_Open", "启动")::contains), "names into the linked workbook and of the macros are gone: " + names);
            assertFalse(copy.getCTWorkbook().isSetExternalReferences());
            Sheet instructions = copy.getSheet("填报说明");
            Cell number = instructions.getRow(49).getCell(0);
            assertEquals(CellType.NUMERIC, number.getCellType(), "a formula into the linked workbook keeps its saved value");
            assertEquals(42.0, number.getNumericCellValue());
            Cell text = instructions.getRow(49).getCell(1);
            assertEquals(CellType.STRING, text.getCellType());
            assertEquals("外校：42", text.getStringCellValue());
            for (Sheet sheet : copy) {
                String xml = ((XSSFSheet) sheet).getCTWorksheet().xmlText();
                assertFalse(xml.contains("oleObject") || xml.contains("control"), sheet.getSheetName() + " holds no OLE object or control");
            }
        }
    }

    @Test
    void anXlsComesBackWithoutItsVbaProjectAndEmbeddedObjects() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn())) {
            workbook.getSheet("教师队伍").getRow(6).getCell(1).setCellValue("约30");
            workbook.write(plain);
        }
        Path file = Files.createDirectories(dir.resolve("in")).resolve("宏报表.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(plain.toByteArray()))) {
            DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
            vba.createDocument("PROJECT", new ByteArrayInputStream("ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nDocument=ThisWorkbook/&H00000000\r\n"
                    .getBytes(StandardCharsets.US_ASCII)));
            DirectoryEntry modules = vba.createDirectory("VBA");
            modules.createDocument("dir", new ByteArrayInputStream(new byte[] {1, 0, 0}));
            modules.createDocument("ThisWorkbook", new ByteArrayInputStream("Sub Workbook_Open()".getBytes(StandardCharsets.US_ASCII)));
            DirectoryEntry embedded = fs.getRoot().createDirectory("MBD0012A3F4");
            embedded.createDocument("\u0001Ole10Native", new ByteArrayInputStream("an embedded document".getBytes(StandardCharsets.US_ASCII)));
            try (var out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        FeedbackWriter.Written written = new FeedbackWriter().write(dir.resolve("out"), feedbackOf(file));

        assertTrue(written.workbook().getFileName().toString().endsWith("_审核反馈.xls"), written.workbook().toString());
        try (POIFSFileSystem copy = new POIFSFileSystem(written.workbook().toFile(), true)) {
            List<String> entries = new ArrayList<>();
            for (Entry entry : copy.getRoot()) {
                entries.add(entry.getName());
            }
            assertTrue(entries.contains("Workbook"), entries.toString());
            assertTrue(entries.stream().noneMatch(e -> e.startsWith("_VBA_PROJECT") || e.startsWith("MBD") || e.equals("ObjectPool")), entries.toString());
        }
        try (HSSFWorkbook copy = new HSSFWorkbook(Files.newInputStream(written.workbook()))) {
            Cell marked = copy.getSheet("教师队伍").getRow(6).getCell(1);
            assertEquals("约30", marked.getStringCellValue());
            assertEquals(IndexedColors.RED.getIndex(), marked.getCellStyle().getFillForegroundColor());
            assertTrue(marked.getCellComment().getString().getString().contains("V-NUM-02"));
        }
    }
}
