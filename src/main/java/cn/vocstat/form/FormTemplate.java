package cn.vocstat.form;

import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FieldType;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.reference.RegisteredSchool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank ZZNB-1 form a school fills in. It prevents mistakes before they are made: dropdowns for
 * 是/否 and every enumerated field, whole numbers ≥ 0 for counts, decimals ≥ 0 for 万元, input
 * prompts and error alerts in Chinese, protected labels (only the yellow cells take input), an
 * instructions sheet, and, for one school, its code and registry details filled in.
 */
public final class FormTemplate {

    /** Blank input rows each table sheet offers. */
    private static final Map<FormSheet, Integer> TABLE_ROWS = Map.of(FormSheet.MAJORS, 150, FormSheet.AWARDS, 80, FormSheet.EXPLANATIONS, 40);

    private static final List<String> INSTRUCTIONS = List.of(
            "中等职业学校年度质量报告数据表（ZZNB-1）填报说明",
            "",
            "1. 只在黄色单元格内填写；项目名称、表头和工作表名称不要修改，工作表顺序可以调整。",
            "2. 基本信息：学校标识码为 10 位数字；填报年度为四位年份；填报日期填写日期，例如 2026-01-10。",
            "3. 学生与专业：每个专业一行，专业代码、专业名称、专业大类按《职业教育专业目录（2021年）》填写；"
                    + "就业人数 = 直接就业人数 + 升学人数，就业人数不大于毕业生数，招生数不大于在校生数；当年新增专业没有毕业生。",
            "4. 人数、个数一律填整数；没有的填 0，不要填“—”“无”；不要填“约30”“30余”等不确切的数。",
            "5. 经费以万元为单位，最多两位小数；财政拨款收入不大于经费总收入，项目支出不大于经费总支出。",
            "6. 技能大赛：每个获奖项目一行，获奖数不小于 1；没有获奖可以不填。",
            "7. 情况说明：对审核反馈中的“警告”可以在此说明原因（填写规则编号和说明）；“错误”须修改数据，不能以说明代替。",
            "8. 可以使用公式，但请在 Excel 或 WPS 中保存后再报送，使文件中保存计算结果。",
            "9. 请保存为 .xlsx 格式；旧版 .xls 和加密文件无法读取。填报人和联系电话只供联系，不进入任何汇总表。");

    private FormTemplate() {
    }

    public static void write(Path file, int year, Optional<RegisteredSchool> school) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = create(year, school); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    public static XSSFWorkbook create(int year, Optional<RegisteredSchool> school) {
        ReturnContent blank = new ReturnContent(year, school.map(RegisteredSchool::code).orElse(null), school.map(RegisteredSchool::name).orElse(null),
                school.map(RegisteredSchool::type).orElse(null), school.map(RegisteredSchool::level).orElse(null), null,
                school.map(RegisteredSchool::authority).orElse(null), null, List.of(), Map.of(), List.of(), Map.of(), Map.of());
        XSSFWorkbook workbook = ReturnWorkbookBuilder.build(blank);
        CellStyle input = workbook.createCellStyle();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle dateInput = workbook.createCellStyle();
        dateInput.cloneStyleFrom(input);
        dateInput.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        writeInstructions(workbook.getSheet("填报说明"));
        Sheet explanations = workbook.createSheet(FormSheet.EXPLANATIONS.title());
        Row header = explanations.createRow(ReturnWorkbookBuilder.TABLE_HEADER_ROW);
        explanations.createRow(0).createCell(0).setCellValue("情况说明（对审核警告的说明，可不填）");
        List<FieldSpec> explanationFields = FormSheet.EXPLANATIONS.fields();
        for (int c = 0; c < explanationFields.size(); c++) {
            header.createCell(c).setCellValue(explanationFields.get(c).label());
        }
        explanations.setColumnWidth(1, 80 * 256);
        for (FormSheet form : FormSheet.values()) {
            Sheet sheet = workbook.getSheet(form.title());
            if (form.isTable()) {
                tableInputs(sheet, form, input);
            } else {
                keyValueInputs(sheet, form, input, dateInput);
            }
            sheet.protectSheet("");
        }
        return workbook;
    }

    private static void keyValueInputs(Sheet sheet, FormSheet form, CellStyle input, CellStyle dateInput) {
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            FieldSpec field = label == null ? null : form.fields().stream().filter(f -> f.label().equals(label.getStringCellValue())).findFirst().orElse(null);
            if (field == null || field == InfoField.TEMPLATE_VERSION) {
                continue;
            }
            Cell value = row.getCell(1) == null ? row.createCell(1) : row.getCell(1);
            if (!field.required()) {
                value.setBlank(); // contact details are the school's to give
            }
            value.setCellStyle(field.type() == FieldType.DATE ? dateInput : input);
            validate(sheet, field, new CellRangeAddressList(row.getRowNum(), row.getRowNum(), 1, 1));
        }
    }

    private static void tableInputs(Sheet sheet, FormSheet form, CellStyle input) {
        int first = ReturnWorkbookBuilder.TABLE_FIRST_DATA_ROW;
        int last = first + TABLE_ROWS.get(form) - 1;
        List<FieldSpec> fields = form.fields();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = 0; c < fields.size(); c++) {
                (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(input);
            }
        }
        for (int c = 0; c < fields.size(); c++) {
            validate(sheet, fields.get(c), new CellRangeAddressList(first, last, c, c));
            sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), (fields.get(c).label().length() * 2 + 4) * 256));
        }
    }

    private static void validate(Sheet sheet, FieldSpec field, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String unit = field.units().isEmpty() ? "" : "（单位：" + field.units().get(0) + "）";
        DataValidationConstraint constraint;
        String rule;
        switch (field.type()) {
            case COUNT -> {
                constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "0", field.limit().max().toPlainString());
                rule = "填写 " + field.limit().describe() + " 的整数" + unit + "；没有的填 0";
            }
            case AMOUNT -> {
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", field.limit().max().toPlainString());
                rule = "填写 " + field.limit().describe() + " 的数，单位万元";
            }
            case YEAR -> {
                constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "2000", "2100");
                rule = "填写四位年份，例如 2025";
            }
            case DATE -> {
                constraint = helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(2000,1,1)", "=DATE(2100,12,31)", "yyyy-mm-dd");
                rule = "填写日期，例如 2026-01-10";
            }
            case CHOICE, FLAG -> {
                constraint = helper.createExplicitListConstraint(field.choices().toArray(String[]::new));
                rule = "从下拉列表中选择：" + String.join("、", field.choices());
            }
            case SCHOOL_CODE -> {
                constraint = helper.createTextLengthConstraint(OperatorType.EQUAL, "10", null);
                rule = "填写 10 位学校标识码（按文本填写，保留开头的 0）";
            }
            default -> {
                constraint = helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", String.valueOf(field.limit().maxLength()));
                rule = (field.required() ? "必填" : "可不填") + "，" + field.limit().describe();
            }
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowPromptBox(true);
        validation.createPromptBox(field.label(), rule);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("“" + field.label() + "”填写有误", rule);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void writeInstructions(Sheet sheet) {
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        for (int r = 0; r < INSTRUCTIONS.size(); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(INSTRUCTIONS.get(r));
            cell.setCellStyle(wrapped);
        }
        sheet.setColumnWidth(0, 100 * 256);
    }
}
