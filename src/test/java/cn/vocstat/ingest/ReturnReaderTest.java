package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.form.ReturnWorkbookBuilder;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import cn.vocstat.reference.MajorCatalogue;
import cn.vocstat.reference.ReferenceLoader;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader follows every rule of the contract; each mistake is a finding that names sheet!cell. */
class ReturnReaderTest {

    /** Rows of the builder's sheets, as Excel numbers them: key / value sheets list their keys from row 2. */
    private static final int FIRST_MAJOR_ROW = 3;

    static MajorCatalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCatalogue() {
        catalogue = ReferenceLoader.load(Fixtures.SHIPPED_INPUT, 2025).catalogue();
    }

    private ReturnReading read(Consumer<XSSFWorkbook> change) throws IOException {
        Path file = Fixtures.write(dir, "return.xlsx", Fixtures.validReturn(), change);
        return new ReturnValidator(2025, catalogue).validate(new ReturnReader().read(file, "return.xlsx"));
    }

    private static Finding only(ReturnReading reading, Rule rule) {
        List<Finding> found = reading.findings().stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + " in " + reading.findings());
        return found.get(0);
    }

    private static void assertFinding(ReturnReading reading, Rule rule, String location, Severity severity) {
        Finding finding = only(reading, rule);
        assertEquals(location, finding.location(), finding.describe());
        assertEquals(severity, finding.severity());
        assertEquals("return.xlsx", finding.fileName());
    }

    private static SchoolReturn content(ReturnReading reading) {
        return reading.content().orElseThrow(() -> new AssertionError(reading.findings().toString()));
    }

    private static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet s = workbook.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static void blank(XSSFWorkbook workbook, String sheet, String address) {
        Cell target = cell(workbook, sheet, address);
        target.getRow().removeCell(target);
    }

    @Test
    void aValidReturnHasNoFindingAndItsFigures() throws IOException {
        ReturnReading reading = read(workbook -> { });
        assertEquals(List.of(), reading.findings());
        SchoolReturn content = content(reading);
        assertEquals("3614000106", content.schoolCode());
        assertEquals(13, content.majors().size());
        assertEquals(new BigDecimal("670"), content.majors().stream().map(m -> m.amount(MajorColumn.STUDENTS)).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("2899.50"), content.finance().number(FinanceField.EXPENDITURE_TOTAL));
    }

    @Test
    void columnsMayComeInAnyOrder() throws IOException {
        ReturnReading reading = read(workbook -> {
            Sheet majors = workbook.getSheet("学生与专业");
            majors.removeRow(majors.getRow(majors.getLastRowNum()));
            for (int r = 1; r <= majors.getLastRowNum(); r++) {
                Row row = majors.getRow(r);
                Cell code = row.getCell(0);
                Cell students = row.getCell(8);
                String codeText = code.getStringCellValue();
                if (students.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    code.setCellValue(students.getStringCellValue());
                } else {
                    code.setCellValue(students.getNumericCellValue());
                }
                students.setCellValue(codeText);
            }
        });
        assertEquals(List.of(), reading.findings());
        assertEquals(new BigDecimal("670"), content(reading).majors().stream().map(m -> m.amount(MajorColumn.STUDENTS)).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("620503", content(reading).majors().get(0).text(MajorColumn.CODE));
    }

    @Test
    void extraAndHiddenSheetsDoNotMatter() throws IOException {
        ReturnReading reading = read(workbook -> {
            workbook.createSheet("附表（学校自用）").createRow(0).createCell(0).setCellValue("专业代码");
            workbook.setSheetHidden(workbook.getSheetIndex("填报说明"), true);
            workbook.setSheetHidden(workbook.getSheetIndex("经费"), true);
            workbook.setSheetOrder("经费", 0);
        });
        assertEquals(List.of(), reading.findings());
        assertEquals(new BigDecimal("2950.00"), content(reading).finance().number(FinanceField.INCOME_TOTAL));
    }

    @Test
    void textNumbersWithFullWidthDigitsSeparatorsAndUnitsAreRead() throws IOException {
        ReturnReading reading = read(workbook -> {
            cell(workbook, "教师队伍", "B2").setCellValue("６８");
            cell(workbook, "社会服务与合作", "B2").setCellValue("1,234");
            cell(workbook, "社会服务与合作", "B12").setCellValue("16人");
            cell(workbook, "经费", "B5").setCellValue("35.5万元");
            cell(workbook, "基本信息", "A4").setCellValue(" 学校 标识码 ");
        });
        assertEquals(List.of(), reading.findings());
        SchoolReturn content = content(reading);
        assertEquals(new BigDecimal("68"), content.staff().number(StaffField.STAFF_TOTAL));
        assertEquals(new BigDecimal("1234"), content.services().number(ServiceField.TRAINING));
        assertEquals(new BigDecimal("16"), content.services().number(ServiceField.PARTNER_HIRES));
        assertEquals(new BigDecimal("35.50"), content.finance().number(FinanceField.PROJECT_EXPENDITURE));
    }

    @Test
    void anInexactNumberIsAnErrorNotAGuess() throws IOException {
        ReturnReading reading = read(workbook -> cell(workbook, "教师队伍", "B7").setCellValue("约30"));
        assertFinding(reading, Rule.VALUE_INEXACT, "教师队伍!B7", Severity.ERROR);
        assertTrue(reading.hasErrors());
    }

    @Test
    void aUnitOtherThanTheFieldsIsAnErrorThatSaysWhatToEnter() throws IOException {
        ReturnReading reading = read(workbook -> cell(workbook, "社会服务与合作", "B12").setCellValue("16人次"));
        assertFinding(reading, Rule.VALUE_UNIT, "社会服务与合作!B12", Severity.ERROR);
        assertTrue(reading.findings().get(0).message().contains("请换算为"), reading.findings().get(0).message());
        ReturnReading shortUnit = read(workbook -> cell(workbook, "经费", "B3").setCellValue("1334.5万"));
        Finding finding = shortUnit.findings().stream().filter(f -> f.rule() == Rule.VALUE_UNIT).findFirst().orElseThrow();
        assertTrue(finding.message().contains("请只填数字 1334.5（单位为万元"), finding.message());
    }

    @Test
    void aDashInACountIsZeroWithAWarning() throws IOException {
        ReturnReading reading = read(workbook -> cell(workbook, "社会服务与合作", "B6").setCellValue("—"));
        assertFinding(reading, Rule.VALUE_DASH_AS_ZERO, "社会服务与合作!B6", Severity.WARNING);
        assertEquals(BigDecimal.ZERO, content(reading).services().number(ServiceField.ORDER_CLASSES));
        assertTrue(!reading.hasErrors());
    }

    @Test
    void aLabelMergedDownAColumnNamesEveryRowItCovers() throws IOException {
        int row = FIRST_MAJOR_ROW + 2;
        ReturnReading reading = read(workbook -> {
            blank(workbook, "学生与专业", "C" + (row + 1));
            workbook.getSheet("学生与专业").addMergedRegion(CellRangeAddress.valueOf("C" + row + ":C" + (row + 1)));
        });
        assertEquals(List.of(), reading.findings());
        assertEquals("资源环境与安全大类", content(reading).majors().get(3).text(MajorColumn.CATEGORY));
    }

    @Test
    void aNumberMergedDownAColumnBelongsToTheTopLeftCellOnly() throws IOException {
        int row = FIRST_MAJOR_ROW + 2;
        ReturnReading reading = read(workbook -> {
            blank(workbook, "学生与专业", "I" + (row + 1));
            workbook.getSheet("学生与专业").addMergedRegion(CellRangeAddress.valueOf("I" + row + ":I" + (row + 1)));
        });
        assertFinding(reading, Rule.MERGED_NUMBER, "学生与专业!I" + (row + 1), Severity.ERROR);
    }

    @Test
    void aFormulaIsReadByItsSavedResult() throws IOException {
        ReturnReading reading = read(workbook -> {
            Cell staff = cell(workbook, "教师队伍", "B2");
            staff.setCellFormula("60+8");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(staff);
        });
        assertEquals(List.of(), reading.findings());
        assertEquals(new BigDecimal("68"), content(reading).staff().number(StaffField.STAFF_TOTAL));
    }

    @Test
    void aFormulaWithoutASavedResultIsAnError() throws IOException {
        ReturnReading reading = read(workbook -> {
            blank(workbook, "教师队伍", "B2");
            cell(workbook, "教师队伍", "B2").setCellFormula("60+8");
        });
        assertFinding(reading, Rule.FORMULA_NO_VALUE, "教师队伍!B2", Severity.ERROR);
    }

    @Test
    void aFormulaSavedWithoutItsResultIsAnErrorButOneWhoseResultIsEmptyTextIsABlankCell() throws IOException {
        Path file = Fixtures.write(dir, "return.xlsx", Fixtures.validReturn(), workbook -> { });
        // openpyxl and other scripts write <f>…</f><v></v>: the formula is kept, its result is not.
        Fixtures.rewritePart(file, "xl/worksheets/sheet4.xml", xml -> xml.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\"><f>60+8</f><v></v></c>"));
        // Excel saves IF(…,"",…) evaluated to the empty text as t="str" with an empty <v>: nothing was typed there.
        Fixtures.rewritePart(file, "xl/worksheets/sheet5.xml", xml -> xml.replaceFirst("<c r=\"B3\"[^>]*>.*?</c>",
                "<c r=\"B3\" t=\"str\"><f>IF(A3=\"\",\"\",\"\")</f><v/></c>"));

        ReturnReading reading = new ReturnValidator(2025, catalogue).validate(new ReturnReader().read(file, "return.xlsx"));

        List<Finding> formulas = reading.findings().stream().filter(f -> f.rule() == Rule.FORMULA_NO_VALUE).toList();
        assertEquals(List.of("教师队伍!B2"), formulas.stream().map(Finding::location).toList(), reading.findings().toString());
        assertTrue(formulas.get(0).message().contains("=60+8"), formulas.get(0).message());
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule() == Rule.VALUE_MISSING && f.location().equals("技能大赛!B3")),
                "the empty 赛项 is a missing value: " + reading.findings());
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule() == Rule.VALUE_NOT_NUMBER), reading.findings().toString());
    }

    @Test
    void aFormulaWhoseResultIsAnErrorIsAnError() throws IOException {
        ReturnReading reading = read(workbook -> {
            Cell staff = cell(workbook, "教师队伍", "B2");
            staff.setCellFormula("68/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(staff);
        });
        Finding finding = only(reading, Rule.FORMULA_ERROR);
        assertEquals("教师队伍!B2", finding.location());
        assertTrue(finding.message().contains("#DIV/0!"), finding.message());
    }

    @Test
    void aTotalRowThatDoesNotAddUpIsAnErrorNamingTheColumn() throws IOException {
        int[] totalRow = new int[1];
        ReturnReading reading = read(workbook -> {
            Sheet majors = workbook.getSheet("学生与专业");
            totalRow[0] = majors.getLastRowNum() + 1;
            Cell students = majors.getRow(majors.getLastRowNum()).getCell(8);
            majors.getRow(majors.getLastRowNum()).removeCell(students);
            majors.getRow(majors.getLastRowNum()).createCell(8).setCellValue(999);
        });
        Finding finding = only(reading, Rule.TOTAL_ROW_MISMATCH);
        assertEquals("学生与专业!I" + totalRow[0], finding.location());
        assertTrue(finding.message().contains("在校生数") && finding.message().contains("670"), finding.message());
        assertTrue(finding.message().endsWith("或把合计改为 670"), "it says what to do: " + finding.message());
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void anXlsReturnReadsExactlyAsItsXlsxTwinCellForCell() throws IOException {
        ReturnContent school = Fixtures.validReturn();
        Path xlsx = dir.resolve("twin.xlsx");
        Path xls = dir.resolve("twin.xls");
        ReturnWorkbookBuilder.write(school, xlsx);
        ReturnWorkbookBuilder.write(school, xls);

        SchoolReturn modern = content(new ReturnReader().read(xlsx, "twin.xlsx"));
        ReturnReading legacyReading = new ReturnReader().read(xls, "twin.xls");

        assertEquals(List.of(), legacyReading.findings());
        SchoolReturn legacy = content(legacyReading);
        assertEquals(modern.info(), legacy.info());
        assertEquals(modern.majors(), legacy.majors(), "the same values and the same cell addresses");
        assertEquals(modern.staff(), legacy.staff());
        assertEquals(modern.awards(), legacy.awards());
        assertEquals(modern.services(), legacy.services());
        assertEquals(modern.finance(), legacy.finance());
    }

    @Test
    void aMistakeInAnXlsReturnNamesTheSameCellAsInAnXlsx() throws IOException {
        Path file = dir.resolve("mistake.xls");
        try (HSSFWorkbook workbook = ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn()); OutputStream out = Files.newOutputStream(file)) {
            Cell cell = workbook.getSheet("教师队伍").getRow(6).getCell(1);
            cell.setCellValue("约30");
            workbook.write(out);
        }
        ReturnReading reading = new ReturnValidator(2025, catalogue).validate(new ReturnReader().read(file, "return.xlsx"));
        assertFinding(reading, Rule.VALUE_INEXACT, "教师队伍!B7", Severity.ERROR);
    }

    @Test
    void aPasswordProtectedXlsIsRefusedAsEncrypted() throws IOException {
        Path file = dir.resolve("locked.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn()); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        ReturnReading reading = new ReturnReader().read(file, "return.xlsx");
        only(reading, Rule.FILE_ENCRYPTED);
    }

    @Test
    void anOfficeFileThatIsNotAWorkbookSaysWhatItIs() throws IOException {
        Path file = dir.resolve("letter.xls");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Finding finding = only(new ReturnReader().read(file, "return.xlsx"), Rule.FILE_UNREADABLE);
        assertTrue(finding.message().contains("Word"), finding.message());
    }

    @Test
    void aWrongTemplateVersionRefusesTheFile() throws IOException {
        ReturnReading reading = read(workbook -> cell(workbook, "基本信息", "B2").setCellValue("ZZNB-0"));
        assertFinding(reading, Rule.TEMPLATE_VERSION, "基本信息!B2", Severity.ERROR);
        assertEquals(1, reading.findings().size(), "nothing else is worth saying about another form");
        assertTrue(reading.content().isEmpty());
    }

    @Test
    void aMissingSheetIsAnError() throws IOException {
        ReturnReading reading = read(workbook -> workbook.removeSheetAt(workbook.getSheetIndex("教师队伍")));
        assertFinding(reading, Rule.SHEET_MISSING, "教师队伍", Severity.ERROR);
    }

    @Test
    void aBlankRequiredValueNamesItsCell() throws IOException {
        ReturnReading reading = read(workbook -> blank(workbook, "教师队伍", "B3"));
        assertFinding(reading, Rule.VALUE_MISSING, "教师队伍!B3", Severity.ERROR);
    }

    @Test
    void sameRowRulesNameTheCell() throws IOException {
        int row = FIRST_MAJOR_ROW + 2;
        ReturnReading reading = read(workbook -> {
            Sheet majors = workbook.getSheet("学生与专业");
            majors.getRow(row - 1).getCell(10).setCellValue(majors.getRow(row - 1).getCell(10).getNumericCellValue() + 1);
            majors.getRow(row - 1).getCell(7).setCellValue(100000);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertFinding(reading, Rule.EMPLOYED_SUM, "学生与专业!K" + row, Severity.ERROR);
        assertFinding(reading, Rule.ENROLMENT_OVER_STUDENTS, "学生与专业!H" + row, Severity.ERROR);
    }

    @Test
    void textDatesAreRead() throws IOException {
        ReturnReading reading = read(workbook -> cell(workbook, "基本信息", "B12").setCellValue("2026年1月11日"));
        assertEquals(List.of(), reading.findings());
        assertEquals(java.time.LocalDate.of(2026, 1, 11), content(reading).fillDate());
    }
}
