package cn.vocstat.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.StaffField;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blank form guides the school, and a form filled in and read back gives no structural finding. */
class FormTemplateTest {

    private static final RegisteredSchool YUXIAN = Fixtures.reference().registry().byCode("3614000106").orElseThrow();

    @TempDir
    Path dir;

    private static XSSFWorkbook formFor(Optional<RegisteredSchool> school) {
        return FormTemplate.create(2025, "阳泉市教育局", school, Fixtures.reference().catalogue().majors());
    }

    @Test
    void theFormForOneSchoolHasItsDetailsValidationsPromptsAndProtectedLabels() throws IOException {
        try (XSSFWorkbook form = formFor(Optional.of(YUXIAN))) {
            XSSFSheet basic = form.getSheet("基本信息");
            assertEquals("3614000106", valueOf(basic, InfoField.SCHOOL_CODE));
            assertEquals("盂县职业技术学校", valueOf(basic, InfoField.SCHOOL_NAME));
            assertEquals("ZZNB-1", valueOf(basic, InfoField.TEMPLATE_VERSION));
            assertEquals("", valueOf(basic, InfoField.FILLER), "contact details are left to the school");
            assertTrue(basic.getProtect(), "labels are protected");
            assertTrue(row(basic, InfoField.SCHOOL_NAME).getCell(0).getCellStyle().getLocked());
            assertFalse(row(basic, InfoField.SCHOOL_NAME).getCell(1).getCellStyle().getLocked(), "values take input");

            XSSFSheet majors = form.getSheet("学生与专业");
            int first = headerRow(majors, "专业代码") + 2; // under the 合计 row
            List<? extends DataValidation> validations = majors.getDataValidations();
            DataValidation flag = validationAt(validations, first, 3);
            assertEquals(DataValidationConstraint.ValidationType.LIST, flag.getValidationConstraint().getValidationType());
            assertEquals(List.of("是", "否"), List.of(flag.getValidationConstraint().getExplicitListValues()));
            DataValidation through = validationAt(validations, first, 6);
            assertEquals(List.of("无", "3+2", "五年一贯制"), List.of(through.getValidationConstraint().getExplicitListValues()));
            DataValidation count = validationAt(validations, first + 100, 8);
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, count.getValidationConstraint().getValidationType());
            assertEquals("0", count.getValidationConstraint().getFormula1());
            assertEquals("在校生数", count.getPromptBoxTitle());
            assertEquals("100000", count.getValidationConstraint().getFormula2(), "the field's limit, as the reader checks it");
            assertTrue(count.getPromptBoxText().contains("0～100,000 的整数"), count.getPromptBoxText());
            assertTrue(count.getShowErrorBox());
            assertEquals(DataValidation.ErrorStyle.STOP, count.getErrorStyle());

            XSSFSheet finance = form.getSheet("经费");
            DataValidation amount = validationAt(finance.getDataValidations(), row(finance, FinanceField.INCOME_TOTAL).getRowNum(), 1);
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, amount.getValidationConstraint().getValidationType());
            DataValidation level = validationAt(basic.getDataValidations(), row(basic, InfoField.LEVEL).getRowNum(), 1);
            assertEquals(InfoField.LEVEL.choices(), List.of(level.getValidationConstraint().getExplicitListValues()));
            assertTrue(form.getSheet("情况说明") != null);
        }
    }

    @Test
    void theFormReadsAsAStatisticsFormWithItsNumberIssuerPeriodUnitsDefinitionsAndSignOff() throws IOException {
        try (XSSFWorkbook form = formFor(Optional.of(YUXIAN))) {
            assertEquals(List.of("封面", "填报说明", "基本信息"), List.of(form.getSheetName(0), form.getSheetName(1), form.getSheetName(2)));
            String cover = text(form.getSheet("封面"));
            for (String line : List.of("表　　号：ZZNB-1", "制表机关：阳泉市教育局", "（2025 年度）", "填报单位（盖章）：盂县职业技术学校",
                    "统计时点：人数为 2025 年 12 月 31 日时点数", "经费为 2025 年度（2025 年 1 月 1 日至 12 月 31 日）决算数",
                    "单位负责人", "统计负责人", "填　表　人", "联系电话", "报出日期")) {
                assertTrue(cover.contains(line), line + " on the cover:\n" + cover);
            }
            for (FormSheet sheet : FormSheet.values()) {
                String heading = text(form.getSheet(sheet.title()));
                assertTrue(heading.contains("表号：ZZNB-1") && heading.contains("制表机关：阳泉市教育局") && heading.contains("计量单位："),
                        sheet.title() + ":\n" + heading);
            }
            XSSFSheet finance = form.getSheet("经费");
            assertEquals("万元", row(finance, FinanceField.INCOME_TOTAL).getCell(2).getStringCellValue(), "the unit beside the label");
            assertTrue(text(finance).contains("经费为 2025 年度"), "the fiscal year of 经费");
            assertTrue(text(finance).contains("单位负责人：") && text(finance).contains("报出日期："), "the sign-off line");
            XSSFSheet staff = form.getSheet("教师队伍");
            assertEquals("人", row(staff, StaffField.DUAL_QUALIFIED).getCell(2).getStringCellValue());
            assertTrue(row(staff, StaffField.DUAL_QUALIFIED).getCell(3).getStringCellValue().startsWith("双师型："));
            XSSFSheet majors = form.getSheet("学生与专业");
            int header = headerRow(majors, "专业代码");
            assertTrue(majors.getRow(header).getCell(MajorColumn.DIRECT.ordinal()).getCellComment().getString().getString().contains("直接就业："));
            assertTrue(majors.getRow(header).getCell(MajorColumn.FURTHER.ordinal()).getCellComment().getString().getString().contains("升学："));
            assertEquals(header + 2, majors.getPaneInformation().getHorizontalSplitPosition(), "the header and the 合计 row stay in view");
            assertTrue(majors.getColumnWidth(MajorColumn.NAME.ordinal()) >= 24 * 256, "专业名称 is wide enough");
            assertTrue(majors.getPrintSetup().getLandscape() && !majors.getFitToPage(), "landscape, at a fixed scale");
            assertTrue(10 * majors.getPrintSetup().getScale() / 100.0 >= 8, "legible: " + majors.getPrintSetup().getScale() + " %");
            XSSFSheet staffSheet = form.getSheet("教师队伍");
            assertTrue(9 * staffSheet.getPrintSetup().getScale() / 100.0 >= 8, "the definitions legible: " + staffSheet.getPrintSetup().getScale() + " %");
            assertEquals(List.of(header, header), List.of(majors.getRepeatingRows().getFirstRow(), majors.getRepeatingRows().getLastRow()),
                    "the header row printed on every page");
            assertTrue(majors.getFooter().getCenter().contains("第 &P 页 共 &N 页"));
        }
    }

    @Test
    void majorCodesComeFromTheCatalogueAndNameTheirMajorAndCategory() throws IOException {
        try (XSSFWorkbook form = formFor(Optional.of(YUXIAN))) {
            XSSFSheet catalogue = form.getSheet(FormTemplate.CATALOGUE_SHEET);
            assertTrue(form.isSheetHidden(form.getSheetIndex(catalogue)), "the catalogue sheet is hidden");
            assertEquals(Fixtures.reference().catalogue().size(), catalogue.getLastRowNum());
            assertEquals("'专业目录'!$D$2:$D$" + (catalogue.getLastRowNum() + 1), form.getName(FormTemplate.CODE_LIST).getRefersToFormula());
            assertTrue(java.util.stream.IntStream.rangeClosed(1, catalogue.getLastRowNum()).mapToObj(r -> catalogue.getRow(r).getCell(3).getStringCellValue())
                    .anyMatch("700209 新能源汽车运用与维修"::equals), "the dropdown shows each code with its name");

            XSSFSheet majors = form.getSheet("学生与专业");
            int first = headerRow(majors, "专业代码") + 2;
            DataValidation code = validationAt(majors.getDataValidations(), first + 149, MajorColumn.CODE.ordinal());
            assertEquals(FormTemplate.CODE_LIST, code.getValidationConstraint().getFormula1());

            majors.getRow(first).getCell(MajorColumn.CODE.ordinal()).setCellValue("700209 新能源汽车运用与维修");
            majors.getRow(first + 1).getCell(MajorColumn.CODE.ordinal()).setCellValue("999999");
            majors.getRow(first + 3).getCell(MajorColumn.CODE.ordinal()).setCellValue(700209d);
            var evaluator = form.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertEquals("新能源汽车运用与维修", majors.getRow(first).getCell(MajorColumn.NAME.ordinal()).getStringCellValue(),
                    "a code chosen from the dropdown, with its name");
            assertEquals("交通运输大类", majors.getRow(first).getCell(MajorColumn.CATEGORY.ordinal()).getStringCellValue());
            assertEquals("（目录中无此代码）", majors.getRow(first + 1).getCell(MajorColumn.NAME.ordinal()).getStringCellValue());
            assertEquals("", majors.getRow(first + 2).getCell(MajorColumn.NAME.ordinal()).getStringCellValue(), "an unused row stays blank");
            assertEquals("新能源汽车运用与维修", majors.getRow(first + 3).getCell(MajorColumn.NAME.ordinal()).getStringCellValue(),
                    "a code pasted as a number is the same code");
        }
    }

    @Test
    void aFilledInFormReadsBackWithoutAnyFinding() throws IOException {
        ReturnContent content = Fixtures.validReturn();
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook form = formFor(Optional.of(YUXIAN)); OutputStream out = Files.newOutputStream(file)) {
            fillIn(form, content);
            form.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel does when the school saves
            form.write(out);
        }
        ReturnReading reading = new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(new ReturnReader().read(file, "filled.xlsx"));
        assertEquals(List.of(), reading.findings(), "codes chosen with their names read as codes; the 合计 row equals its rows");
        assertEquals(13, reading.content().orElseThrow().majors().size(), "the 137 unused rows of lookups are blank");
        assertEquals(content.majors().stream().map(ReturnContent.Major::code).toList(),
                reading.content().orElseThrow().majors().stream().map(m -> m.text(MajorColumn.CODE)).toList());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook saved = new XSSFWorkbook(in)) {
            Sheet majors = saved.getSheet("学生与专业");
            Row total = majors.getRow(headerRow(majors, "专业代码") + 1);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(content.majors().stream().mapToLong(ReturnContent.Major::students).sum(),
                    (long) total.getCell(MajorColumn.STUDENTS.ordinal()).getNumericCellValue(), "the 合计 row sums the students");
        }
        assertEquals(new BigDecimal("2899.50"), reading.content().orElseThrow().finance().number(FinanceField.EXPENDITURE_TOTAL));
    }

    @Test
    void theBlankFormWithoutASchoolStillOnlyLacksWhatTheSchoolMustGive() throws IOException {
        Path file = dir.resolve("blank.xlsx");
        FormTemplate.write(file, 2025, "阳泉市教育局", "", "", Optional.empty(), Fixtures.reference().catalogue().majors());
        ReturnReading reading = new ReturnReader().read(file, "blank.xlsx");
        assertTrue(reading.findings().stream().allMatch(f -> f.rule().id().equals("V-REQ-01")), reading.findings().toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook form = new XSSFWorkbook(in)) {
            assertEquals("2025", valueOf(form.getSheet("基本信息"), InfoField.YEAR));
            String cover = text(form.getSheet("封面"));
            assertTrue(cover.contains("批准文号：＿") && cover.contains("有效期至：　"), "blank lines to fill in by hand:\n" + cover);
            assertTrue(cover.contains("填报单位（盖章）：＿＿"), "a line to fill in until 基本信息 names the school:\n" + cover);
            form.getSheet("基本信息").getRow(row(form.getSheet("基本信息"), InfoField.SCHOOL_NAME).getRowNum()).getCell(1).setCellValue("阳泉市体育运动学校");
            assertTrue(text(form.getSheet("封面")).contains("填报单位（盖章）：阳泉市体育运动学校"), "the name typed once, on the cover");
            assertTrue(text(form.getSheet("经费")).contains("填报单位：阳泉市体育运动学校"), "and above every table");
        }
    }

    @Test
    void aDefinitionOfSeveralLinesGetsARowAsTallAsItsLinesOnEveryKeyValueSheet() throws IOException {
        Path file = dir.resolve("definitions.xlsx");
        FormTemplate.write(file, 2025, "阳泉市教育局", "", "", Optional.empty(), Fixtures.reference().catalogue().majors());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook form = new XSSFWorkbook(in)) {
            int wrapped = 0;
            for (String name : List.of("基本信息", "教师队伍", "社会服务与合作", "经费")) {
                XSSFSheet sheet = form.getSheet(name);
                int widthChars = sheet.getColumnWidth(3) / 256;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    org.apache.poi.ss.usermodel.Cell definition = row.getCell(3);
                    if (definition == null || definition.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || row.getCell(2) == null) {
                        continue;
                    }
                    int lines = FormTemplate.wrappedLines(definition.getStringCellValue(), widthChars - 1);
                    assertTrue(row.getHeightInPoints() >= lines * 14, name + " row " + (row.getRowNum() + 1) + " holds its " + lines + " lines: "
                            + definition.getStringCellValue());
                    wrapped += lines > 1 ? 1 : 0;
                }
            }
            assertTrue(wrapped >= 3, "the teachers' definitions wrap: " + wrapped);
        }
    }

    @Test
    void theCoverStatesTheFormsApprovalAndTheInstructionsPrintEachItemOnTheLinesItNeeds() throws IOException {
        Path file = dir.resolve("approved.xlsx");
        FormTemplate.write(file, 2025, "阳泉市教育局", "阳统制〔2025〕12 号", "2027年12月", Optional.empty(), Fixtures.reference().catalogue().majors());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook form = new XSSFWorkbook(in)) {
            String cover = text(form.getSheet("封面"));
            assertTrue(cover.contains("批准文号：阳统制〔2025〕12 号") && cover.contains("有效期至：2027年12月"), cover);
            XSSFSheet instructions = form.getSheet(FormTemplate.INSTRUCTIONS_SHEET);
            assertTrue((instructions.getColumnWidth(0) + instructions.getColumnWidth(1) + instructions.getColumnWidth(2)) / 256 <= 90,
                    "a portrait page holds the columns at full size");
            int wrapped = 0;
            for (int r = 1; r <= instructions.getLastRowNum(); r++) {
                String item = instructions.getRow(r).getCell(1).getStringCellValue();
                int lines = FormTemplate.wrappedLines(item);
                assertTrue(instructions.getRow(r).getHeightInPoints() >= lines * 14, "row " + r + " holds its " + lines + " lines: " + item);
                assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT, instructions.getRow(r).getCell(1).getCellStyle().getAlignment());
                wrapped += lines > 1 ? 1 : 0;
            }
            assertTrue(wrapped >= 3, "items 3 to 5 and the definitions wrap: " + wrapped);
        }
    }

    /** Types the content into the form's yellow cells, as a school officer would. */
    private static void fillIn(XSSFWorkbook form, ReturnContent content) {
        Sheet basic = form.getSheet("基本信息");
        row(basic, InfoField.SPONSOR).getCell(1).setCellValue(content.sponsor());
        row(basic, InfoField.FILL_DATE).getCell(1).setCellValue(content.fillDate());
        row(basic, InfoField.FILLER).getCell(1).setCellValue("王老师");
        Sheet majors = form.getSheet("学生与专业");
        int firstMajor = headerRow(majors, "专业代码") + 2; // under the 合计 row
        for (int i = 0; i < content.majors().size(); i++) {
            ReturnContent.Major m = content.majors().get(i);
            Row row = majors.getRow(firstMajor + i);
            // 专业名称 and 专业大类 (columns B and C) are the form's own lookups of the code; half the codes chosen from the dropdown, half typed
            Object[] values = {i % 2 == 0 ? m.code() + " " + m.name() : m.code(), null, null, m.isNew() ? "是" : "否", m.brand() ? "是" : "否", m.featured() ? "是" : "否",
                    m.through(), m.enrolment(), m.students(), m.graduates(), m.employed(), m.direct(), m.further()};
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    set(row.getCell(c), values[c]);
                }
            }
        }
        Sheet awards = form.getSheet("技能大赛");
        int firstAward = headerRow(awards, "赛事名称") + 1;
        for (int i = 0; i < content.awards().size(); i++) {
            ReturnContent.Award a = content.awards().get(i);
            Object[] values = {a.contest(), a.event(), a.level(), a.category(), a.grade(), a.count()};
            for (int c = 0; c < values.length; c++) {
                set(awards.getRow(firstAward + i).getCell(c), values[c]);
            }
        }
        content.staff().forEach((field, value) -> row(form.getSheet(FormSheet.STAFF.title()), field).getCell(1).setCellValue(value));
        content.services().forEach((field, value) -> row(form.getSheet(FormSheet.SERVICES.title()), field).getCell(1).setCellValue(value));
        content.finance().forEach((field, value) -> row(form.getSheet(FormSheet.FINANCE.title()), field).getCell(1).setCellValue(value.doubleValue()));
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Long number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static Row row(Sheet sheet, cn.vocstat.model.FieldSpec field) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && field.label().equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + field.label());
    }

    private static int headerRow(Sheet sheet, String anchor) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && anchor.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header " + anchor + " on " + sheet.getSheetName());
    }

    /** The text of every cell of the sheet, one line per row, as a reader of the printout sees it. */
    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(formatter.formatCellValue(cell, evaluator)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String valueOf(Sheet sheet, InfoField field) {
        Cell cell = row(sheet, field).getCell(1);
        return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }

    private static DataValidation validationAt(List<? extends DataValidation> validations, int row, int column) {
        return validations.stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(row, column)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation at " + row + "," + column));
    }
}
