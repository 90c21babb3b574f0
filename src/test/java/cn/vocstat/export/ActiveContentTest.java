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
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's marked copy carries nothing that runs or reaches out: a macro-enabled return with a VBA
 * project, an Excel 4.0 macro sheet, an external workbook, an OLE object, ActiveX and form controls, a
 * ribbon of its own, a data connection and the query table it fills, and web add-ins comes back as a
 * plain .xlsx without any of them, which Excel opens without a repair; a workbook whose pivot tables
 * draw on a connection gets the list alone. An .xls comes back without its VBA storage and embedded
 * objects, and one with a macro sheet, a macro run on opening or a link to another workbook, which a
 * copy could not strip, gets the list alone.
 */
class ActiveContentTest {

    private static final String R = PackageParts.RELATIONSHIPS;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String OFFICE_2011 = "http://schemas.microsoft.com/office/2011/relationships/";
    private static final String WEB_EXTENSION = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
    private static final Set<String> ACTIVE_PARTS = Set.of("vbaproject", "activex", "embeddings", "externallink", "macrosheets", "customui", "ctrlprops",
            "connections", "querytables", "webextensions");

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
                .edit("xl/worksheets/sheet1.xml", xml -> withRelationshipNamespace(xml).replace("</sheetData>", "<row r=\"50\"><c r=\"A50\"><f>[1]Sheet1!$A$1</f><v>42</v></c>"
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
        withConnectedQueryAndAddIns(file);
        return file;
    }

    /**
     * What a return picks up when its officer pulls another school's figures in with 数据 → 获取数据
     * and adds an Office add-in: a connection refreshed on opening, the table it fills (a query
     * table, on 填报说明), a task pane add-in and an add-in placed on the sheet beside a text box.
     */
    private static void withConnectedQueryAndAddIns(Path file) throws Exception {
        PackageParts.of(file)
                .put("xl/connections.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><connections xmlns=\"" + MAIN + "\"><connection id=\"1\" "
                        + "name=\"外校数据\" type=\"1\" refreshedVersion=\"6\" background=\"1\" saveData=\"1\" refreshOnLoad=\"1\">"
                        + "<dbPr connection=\"DSN=Excel Files;DBQ=\\\\其他学校\\共享\\数据.xlsx;\" command=\"SELECT * FROM `Sheet1$`\"/></connection></connections>")
                .contentType("xl/connections.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml")
                .relate("xl/workbook.xml", "rIdConn", R + "/connections", "connections.xml", false)
                .put("xl/queryTables/queryTable1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><queryTable xmlns=\"" + MAIN + "\" name=\"外校查询\" "
                        + "connectionId=\"1\" autoFormatId=\"16\" applyNumberFormats=\"0\" applyBorderFormats=\"0\" applyFontFormats=\"0\" "
                        + "applyPatternFormats=\"0\" applyAlignmentFormats=\"0\" applyWidthHeightFormats=\"0\"><queryTableRefresh nextId=\"3\">"
                        + "<queryTableFields count=\"2\"><queryTableField id=\"1\" name=\"学校\" tableColumnId=\"1\"/>"
                        + "<queryTableField id=\"2\" name=\"人数\" tableColumnId=\"2\"/></queryTableFields></queryTableRefresh></queryTable>")
                .contentType("xl/queryTables/queryTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml")
                .put("xl/tables/table1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><table xmlns=\"" + MAIN + "\" id=\"1\" name=\"外校查询\" "
                        + "displayName=\"外校查询\" ref=\"A60:B61\" tableType=\"queryTable\" connectionId=\"1\" totalsRowShown=\"0\"><autoFilter ref=\"A60:B61\"/>"
                        + "<tableColumns count=\"2\"><tableColumn id=\"1\" uniqueName=\"1\" name=\"学校\" queryTableFieldId=\"1\"/>"
                        + "<tableColumn id=\"2\" uniqueName=\"2\" name=\"人数\" queryTableFieldId=\"2\"/></tableColumns>"
                        + "<tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>")
                .contentType("xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml")
                .relate("xl/tables/table1.xml", "rId1", R + "/queryTable", "../queryTables/queryTable1.xml", false)
                .relate("xl/worksheets/sheet1.xml", "rIdTbl", R + "/table", "../tables/table1.xml", false)
                // a task pane add-in, opened with the workbook
                .put("xl/webextensions/taskpanes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><wetp:taskpanes "
                        + "xmlns:wetp=\"http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11\"><wetp:taskpane dockstate=\"right\" "
                        + "visibility=\"1\" width=\"350\" row=\"4\"><wetp:webextensionref xmlns:r=\"" + R + "\" r:id=\"rId1\"/></wetp:taskpane></wetp:taskpanes>")
                .contentType("xl/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml")
                .relate("", "rIdPane", OFFICE_2011 + "webextensiontaskpanes", "xl/webextensions/taskpanes.xml", false)
                .put("xl/webextensions/webextension1.xml", webExtension("{52811C31-4593-43B8-A697-EB873422D156}"))
                .contentType("xl/webextensions/webextension1.xml", "application/vnd.ms-office.webextension+xml")
                .relate("xl/webextensions/taskpanes.xml", "rId1", OFFICE_2011 + "webextension", "webextension1.xml", false)
                // an add-in placed on the sheet, as Excel wraps it for versions without add-ins, beside a text box of the school's
                .put("xl/webextensions/webextension2.xml", webExtension("{0E7B6C0F-33D4-4A3C-9E3A-7A0C5B6E1F22}"))
                .contentType("xl/webextensions/webextension2.xml", "application/vnd.ms-office.webextension+xml")
                .put("xl/drawings/drawing1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xdr:wsDr "
                        + "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
                        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                        + anchor(3, "<xdr:sp macro=\"\" textlink=\"\"><xdr:nvSpPr><xdr:cNvPr id=\"2\" name=\"说明框\"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr>"
                                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>请按说明填写</a:t></a:r></a:p>"
                                + "</xdr:txBody></xdr:sp>")
                        + "<mc:AlternateContent xmlns:mc=\"" + MC + "\"><mc:Choice xmlns:we=\"" + WEB_EXTENSION + "\" Requires=\"we\">"
                        + anchor(10, "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"3\" name=\"加载项\"/><xdr:cNvGraphicFramePr/>"
                                + "</xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>"
                                + "<a:graphicData uri=\"" + WEB_EXTENSION + "\"><we:webextensionref xmlns:r=\"" + R + "\" r:id=\"rIdWe\"/></a:graphicData>"
                                + "</a:graphic></xdr:graphicFrame>")
                        + "</mc:Choice><mc:Fallback>" + anchor(10, "<xdr:sp macro=\"\" textlink=\"\"><xdr:nvSpPr><xdr:cNvPr id=\"3\" name=\"加载项\"/>"
                                + "<xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp>")
                        + "</mc:Fallback></mc:AlternateContent></xdr:wsDr>")
                .contentType("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")
                .relate("xl/drawings/drawing1.xml", "rIdWe", OFFICE_2011 + "webextension", "../webextensions/webextension2.xml", false)
                .relate("xl/worksheets/sheet1.xml", "rIdDr", R + "/drawing", "../drawings/drawing1.xml", false)
                .edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", "<row r=\"60\"><c r=\"A60\" t=\"inlineStr\"><is><t>学校</t></is></c>"
                        + "<c r=\"B60\" t=\"inlineStr\"><is><t>人数</t></is></c></row><row r=\"61\"><c r=\"A61\" t=\"inlineStr\"><is><t>外校</t></is></c>"
                        + "<c r=\"B61\"><v>42</v></c></row></sheetData>").replace("</worksheet>",
                        "<drawing r:id=\"rIdDr\"/><tableParts count=\"1\"><tablePart r:id=\"rIdTbl\"/></tableParts></worksheet>"))
                .write(file);
    }

    private static String webExtension(String id) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><we:webextension xmlns:we=\"" + WEB_EXTENSION + "\" id=\"" + id + "\">"
                + "<we:reference id=\"wa200000000\" version=\"1.0.0.0\" store=\"zh-CN\" storeType=\"OMEX\"/><we:alternateReferences/>"
                + "<we:properties/><we:bindings/><we:snapshot xmlns:r=\"" + R + "\"/></we:webextension>";
    }

    /** A drawing's anchor over rows from the one given, holding the shape. */
    private static String anchor(int row, String shape) {
        return "<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row + "</xdr:row><xdr:rowOff>0</xdr:rowOff>"
                + "</xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + (row + 5) + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
                + shape + "<xdr:clientData/></xdr:twoCellAnchor>";
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

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedbackOf(file));

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
                        "extensibility", "connections", "queryTable", "webextensiontaskpanes", "webextension").stream().noneMatch(t -> type.endsWith("/" + t)),
                        "no relationship of type " + type);
                assertTrue(ACTIVE_PARTS.stream().noneMatch(relationship.getTargetURI().toString().toLowerCase()::contains), "no relationship to " + relationship.getTargetURI());
            }
            PackagePart workbook = copy.getPart(copy.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").getRelationship(0));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", workbook.getContentType());
        }
        try (ZipFile zip = new ZipFile(written.workbook().toFile())) {
            String types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(types.contains("macroEnabled") || types.contains("vbaProject") || types.contains("activeX") || types.contains("macrosheet")
                    || types.contains("connections") || types.contains("queryTable") || types.contains("webextension"), types);
        }
        assertEquals(List.of(), PackageParts.danglingReferences(written.workbook()), "Excel finds nothing to repair");
        try (XSSFWorkbook copy = Fixtures.open(written.workbook())) {
            Cell marked = copy.getSheet("教师队伍").getRow(6).getCell(1);
            assertEquals("约30", marked.getStringCellValue());
            assertEquals(IndexedColors.ROSE.getIndex(), marked.getCellStyle().getFillForegroundColor());
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
            XSSFTable table = copy.getSheet("填报说明").getTables().get(0);
            assertFalse(table.getCTTable().isSetTableType() || table.getCTTable().isSetConnectionId(), "the query's table is an ordinary table");
            assertFalse(table.getCTTable().getTableColumns().getTableColumnArray(0).isSetQueryTableFieldId());
            assertEquals(42.0, instructions.getRow(60).getCell(1).getNumericCellValue(), "with the figures last fetched");
            XSSFDrawing drawing = copy.getSheet("填报说明").getDrawingPatriarch();
            assertEquals(List.of("说明框"), drawing.getShapes().stream().map(XSSFShape::getShapeName).toList(), "the text box stays, the add-in goes");
            assertFalse(drawing.getCTDrawing().xmlText().contains("webextension"));
        }
    }

    @Test
    void aWorkbookWhosePivotDataComesThroughAConnectionGetsTheListAlone() throws Exception {
        String connection = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><connections xmlns=\"" + MAIN + "\"><connection id=\"1\" name=\"外校数据\" "
                + "type=\"5\" refreshedVersion=\"6\"><dbPr connection=\"Provider=SQLOLEDB;Data Source=外校服务器\" command=\"统计\" commandType=\"3\"/>"
                + "</connection></connections>";
        Path pivot = Fixtures.write(dir.resolve("in"), "透视表.xlsx", Fixtures.validReturn(), w -> Fixtures.cell(w, "教师队伍", "B7").setCellValue("约30"));
        PackageParts.of(pivot)
                .put("xl/connections.xml", connection)
                .contentType("xl/connections.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml")
                .relate("xl/workbook.xml", "rIdConn", R + "/connections", "connections.xml", false)
                .put("xl/pivotCache/pivotCacheDefinition1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pivotCacheDefinition xmlns=\"" + MAIN + "\" "
                        + "refreshOnLoad=\"1\" recordCount=\"0\"><cacheSource type=\"external\" connectionId=\"1\"/><cacheFields count=\"1\">"
                        + "<cacheField name=\"学校\" numFmtId=\"0\"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>")
                .contentType("xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml")
                .relate("xl/workbook.xml", "rIdPc", R + "/pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml", false)
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets><pivotCaches><pivotCache cacheId=\"1\" r:id=\"rIdPc\"/></pivotCaches>"))
                .write(pivot);
        // Power Pivot's data model, which names its connections from the workbook part
        Path model = Fixtures.write(dir.resolve("in"), "数据模型.xlsx", Fixtures.validReturn(), w -> Fixtures.cell(w, "教师队伍", "B7").setCellValue("约30"));
        PackageParts.of(model)
                .put("xl/connections.xml", connection)
                .contentType("xl/connections.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml")
                .relate("xl/workbook.xml", "rIdConn", R + "/connections", "connections.xml", false)
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets><extLst><ext uri=\"{FCE2AD5D-F65C-4FA6-A056-5C36A1767C68}\" "
                        + "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\"><x15:dataModel><x15:modelTables>"
                        + "<x15:modelTable id=\"统计\" name=\"统计\" connection=\"外校数据\"/></x15:modelTables></x15:dataModel></ext></extLst>"))
                .write(model);

        for (Path file : List.of(pivot, model)) {
            FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedbackOf(file));

            assertEquals(List.of(Rule.FEEDBACK_COPY_LEFT_OUT), written.findings().stream().map(Finding::rule).toList(), file.toString());
            assertTrue(written.findings().get(0).message().contains("工作簿含有取自数据连接的数据透视表或数据模型，标注副本无法安全地去除"),
                    written.findings().get(0).message());
            try (XSSFWorkbook list = Fixtures.open(written.workbook())) {
                assertEquals(1, list.getNumberOfSheets(), "the list alone");
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

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedbackOf(file));

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
            assertEquals(IndexedColors.ROSE.getIndex(), marked.getCellStyle().getFillForegroundColor());
            assertTrue(marked.getCellComment().getString().getString().contains("V-NUM-02"));
        }
    }

    /** The return saved as an .xls, with {@code 约30} typed for 双师型教师数 and then what the test adds. */
    private Path legacyReturn(String name, Consumer<HSSFWorkbook> change) throws Exception {
        Path file = Files.createDirectories(dir.resolve("in")).resolve(name);
        try (HSSFWorkbook workbook = ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn()); OutputStream out = Files.newOutputStream(file)) {
            workbook.getSheet("教师队伍").getRow(6).getCell(1).setCellValue("约30");
            change.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /**
     * Makes the workbook's last sheet an Excel 4.0 macro sheet, which POI cannot write: the sheet's
     * type is the high byte of its BOUNDSHEET record's options ([MS-XLS] 2.4.28), 1 for a macro sheet.
     */
    private static void lastSheetAsMacroSheet(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            int lastSheet = -1;
            for (int at = 0; at + 4 <= stream.length; at += 4 + LittleEndian.getUShort(stream, at + 2)) {
                if (LittleEndian.getUShort(stream, at) == BoundSheetRecord.sid) {
                    lastSheet = at;
                }
            }
            stream[lastSheet + 4 + 5] = 0x01;
            fs.createOrUpdateDocument(new ByteArrayInputStream(stream), "Workbook");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    @Test
    void anXlsWithAMacroSheetAMacroRunOnOpeningOrALinkToAnotherWorkbookGetsTheListAloneSayingWhy() throws Exception {
        Path macroSheet = legacyReturn("宏表.xls", workbook -> workbook.createSheet("Macro1").createRow(0).createCell(0).setCellValue("=EXEC(\"calc.exe\")"));
        lastSheetAsMacroSheet(macroSheet);
        // Auto_Open as Excel writes it: a built-in name, code 1 in [MS-XLS] (POI's own constant for it is 2)
        Path autoOpen = legacyReturn("自动运行.xls", workbook -> workbook.getInternalWorkbook().createBuiltInName((byte) 0x01, 0)
                .setNameDefinition(HSSFFormulaParser.parse("教师队伍!$A$1", workbook, FormulaType.NAMEDRANGE, -1)));
        // and as a name of the school's own, which Excel runs all the same
        Path autoClose = legacyReturn("关闭时运行.xls", workbook -> {
            Name name = workbook.createName();
            name.setNameName("Auto_Close_1");
            name.setRefersToFormula("教师队伍!$A$1");
        });
        Path linked = legacyReturn("外部链接.xls", workbook -> {
            try (HSSFWorkbook other = new HSSFWorkbook()) {
                other.createSheet("Sheet1");
                workbook.linkExternalWorkbook("其他学校.xls", other);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            workbook.getSheet("填报说明").createRow(49).createCell(0).setCellFormula("[其他学校.xls]Sheet1!A1");
        });
        Map<Path, String> why = Map.of(macroSheet, "Excel 4.0 宏表", autoOpen, "自动运行的宏", autoClose, "自动运行的宏", linked, "指向其他工作簿的外部链接");

        for (Map.Entry<Path, String> file : why.entrySet()) {
            FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedbackOf(file.getKey()));

            assertEquals(List.of(Rule.FEEDBACK_COPY_LEFT_OUT), written.findings().stream().map(Finding::rule).toList(), file.getKey().toString());
            String message = written.findings().get(0).message();
            assertTrue(message.contains("工作簿含有" + file.getValue() + "，标注副本无法安全地去除"), message);
            assertTrue(written.workbook().getFileName().toString().endsWith("_审核反馈.xls"), written.workbook().toString());
            try (HSSFWorkbook list = new HSSFWorkbook(Files.newInputStream(written.workbook()))) {
                assertEquals(List.of(FeedbackWriter.RESULT_SHEET), List.of(list.getSheetName(0)));
                assertEquals(1, list.getNumberOfSheets(), "the list alone, nothing of the school's workbook");
            }
        }
    }
}
