package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault in one part of a workbook's package is reported in that part, by the name the zip holds
 * it under: the package's relationships, the workbook's relationships, the workbook itself. Whoever
 * looks into the file (the school's IT teacher, the bureau's maintainer) opens the right part.
 */
class WorkbookPartsTest {

    private static final String DOCTYPE = "<!DOCTYPE r [<!ENTITY x \"x\">]>";

    @TempDir
    Path dir;

    /** A valid return with a DOCTYPE put after the XML declaration of one part, as a tampering tool would. */
    private Finding withDoctypeIn(String part) throws IOException {
        Path file = Fixtures.write(dir, "doctype.xlsx", Fixtures.validReturn(), workbook -> { });
        Fixtures.rewritePart(file, part, xml -> xml.startsWith("<?xml") ? xml.replaceFirst("\\?>", "?>" + DOCTYPE) : DOCTYPE + xml);
        ReturnReading reading = new ReturnReader().read(file, "doctype.xlsx");
        assertEquals(1, reading.findings().size(), reading.findings().toString());
        return reading.findings().get(0);
    }

    @Test
    void aDoctypeInThePackageRelationshipsNamesThatPart() throws IOException {
        Finding finding = withDoctypeIn("_rels/.rels");

        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
        assertTrue(finding.message().contains("包关系（_rels/.rels）含有 DOCTYPE"), finding.message());
        assertTrue(!finding.message().contains("xl/workbook.xml"), finding.message());
    }

    @Test
    void aDoctypeInTheWorkbookRelationshipsNamesThatPart() throws IOException {
        Finding finding = withDoctypeIn("xl/_rels/workbook.xml.rels");

        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
        assertTrue(finding.message().contains("工作簿关系（xl/_rels/workbook.xml.rels）含有 DOCTYPE"), finding.message());
    }

    @Test
    void aDoctypeInTheWorkbookNamesTheWorkbook() throws IOException {
        Finding finding = withDoctypeIn("xl/workbook.xml");

        assertEquals(Rule.FILE_UNSAFE_XML, finding.rule());
        assertTrue(finding.message().contains("工作簿结构（xl/workbook.xml）含有 DOCTYPE"), finding.message());
    }

    @Test
    void aPackageRelationshipsPartCutShortIsNamedAsIncomplete() throws IOException {
        Path file = Fixtures.write(dir, "cut.xlsx", Fixtures.validReturn(), workbook -> { });
        Fixtures.rewritePart(file, "_rels/.rels", xml -> xml.substring(0, xml.length() / 2));

        Finding finding = new ReturnReader().read(file, "cut.xlsx").findings().get(0);

        assertEquals(Rule.FILE_UNREADABLE, finding.rule());
        assertTrue(finding.message().contains("包关系（_rels/.rels）不完整"), finding.message());
    }
}
