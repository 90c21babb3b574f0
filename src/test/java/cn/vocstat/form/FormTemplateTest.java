package cn.vocstat.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
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

    @Test
    void theFormForOneSchoolHasItsDetailsValidationsPromptsAndProtectedLabels() {
        try (XSSFWorkbook form = FormTemplate.create(2025, Optional.of(YUXIAN))) {
            assertEquals("填报说明", form.getSheetName(0));
            XSSFSheet basic = form.getSheet("基本信息");
            assertEquals("3614000106", valueOf(basic, InfoField.SCHOOL_CODE));
            assertEquals("盂县职业技术学校", valueOf(basic, InfoField.SCHOOL_NAME));
            assertEquals("ZZNB-1", valueOf(basic, InfoField.TEMPLATE_VERSION));
            assertEquals("", valueOf(basic, InfoField.FILLER), "contact details are left to the school");
            assertTrue(basic.getProtect(), "labels are protected");
            assertTrue(basic.getRow(0).getCell(0).getCellStyle().getLocked());
            assertFalse(row(basic, InfoField.SCHOOL_NAME).getCell(1).getCellStyle().getLocked(), "values take input");

            XSSFSheet majors = form.getSheet("学生与专业");
            List<? extends DataValidation> validations = majors.getDataValidations();
            DataValidation flag = validationAt(validations, 2, 3);
            assertEquals(DataValidationConstraint.ValidationType.LIST, flag.getValidationConstraint().getValidationType());
            assertEquals(List.of("是", "否"), List.of(flag.getValidationConstraint().getExplicitListValues()));
            DataValidation through = validationAt(validations, 2, 6);
            assertEquals(List.of("无", "3+2", "五年一贯制"), List.of(through.getValidationConstraint().getExplicitListValues()));
            DataValidation count = validationAt(validations, 2, 8);
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, count.getValidationConstraint().getValidationType());
            assertEquals("0", count.getValidationConstraint().getFormula1());
            assertEquals("在校生数", count.getPromptBoxTitle());
            assertEquals("100000", count.getValidationConstraint().getFormula2(), "the field's limit, as the reader checks it");
            assertTrue(count.getPromptBoxText().contains("0～100,000 的整数"), count.getPromptBoxText());
            assertTrue(count.getShowErrorBox());
            assertEquals(DataValidation.ErrorStyle.STOP, count.getErrorStyle());

            DataValidation amount = validationAt(form.getSheet("经费").getDataValidations(), 1, 1);
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, amount.getValidationConstraint().getValidationType());
            DataValidation level = validationAt(basic.getDataValidations(), row(basic, InfoField.LEVEL).getRowNum(), 1);
            assertEquals(InfoField.LEVEL.choices(), List.of(level.getValidationConstraint().getExplicitListValues()));
            assertTrue(form.getSheet("情况说明") != null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFilledInFormReadsBackWithoutAnyFinding() throws IOException {
        ReturnContent content = Fixtures.validReturn();
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook form = FormTemplate.create(2025, Optional.of(YUXIAN)); OutputStream out = Files.newOutputStream(file)) {
            fillIn(form, content);
            form.write(out);
        }
        ReturnReading reading = new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(new ReturnReader().read(file, "filled.xlsx"));
        assertEquals(List.of(), reading.findings());
        assertEquals(13, reading.content().orElseThrow().majors().size());
        assertEquals(new BigDecimal("2899.50"), reading.content().orElseThrow().finance().number(FinanceField.EXPENDITURE_TOTAL));
    }

    @Test
    void theBlankFormWithoutASchoolStillOnlyLacksWhatTheSchoolMustGive() throws IOException {
        Path file = dir.resolve("blank.xlsx");
        FormTemplate.write(file, 2025, Optional.empty());
        ReturnReading reading = new ReturnReader().read(file, "blank.xlsx");
        assertTrue(reading.findings().stream().allMatch(f -> f.rule().id().equals("V-REQ-01")), reading.findings().toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook form = new XSSFWorkbook(in)) {
            assertEquals("2025", valueOf(form.getSheet("基本信息"), InfoField.YEAR));
        }
    }

    /** Types the content into the form's yellow cells, as a school officer would. */
    private static void fillIn(XSSFWorkbook form, ReturnContent content) {
        Sheet basic = form.getSheet("基本信息");
        row(basic, InfoField.SPONSOR).getCell(1).setCellValue(content.sponsor());
        row(basic, InfoField.FILL_DATE).getCell(1).setCellValue(content.fillDate());
        row(basic, InfoField.FILLER).getCell(1).setCellValue("王老师");
        Sheet majors = form.getSheet("学生与专业");
        for (int i = 0; i < content.majors().size(); i++) {
            ReturnContent.Major m = content.majors().get(i);
            Row row = majors.getRow(2 + i);
            Object[] values = {m.code(), m.name(), m.category(), m.isNew() ? "是" : "否", m.brand() ? "是" : "否", m.featured() ? "是" : "否",
                    m.through(), m.enrolment(), m.students(), m.graduates(), m.employed(), m.direct(), m.further()};
            for (int c = 0; c < values.length; c++) {
                set(row.getCell(c), values[c]);
            }
        }
        Sheet awards = form.getSheet("技能大赛");
        for (int i = 0; i < content.awards().size(); i++) {
            ReturnContent.Award a = content.awards().get(i);
            Object[] values = {a.contest(), a.event(), a.level(), a.category(), a.grade(), a.count()};
            for (int c = 0; c < values.length; c++) {
                set(awards.getRow(2 + i).getCell(c), values[c]);
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
