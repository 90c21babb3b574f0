package cn.vocstat.form;

import cn.vocstat.model.FieldSpec;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.InfoField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReturnContent} as a ZZNB-1 workbook the way a school's Excel would: an
 * instructions sheet first, key / value sheets with a header row, tables under a merged title row,
 * and a 合计 row of SUM formulas with their results saved. Tests take the workbook and plant
 * mistakes in it; the sample input and the benchmark use it as it is.
 */
public final class ReturnWorkbookBuilder {

    /** Sheet rows (0-based) where the table sheets put their header and first data row. */
    public static final int TABLE_HEADER_ROW = 1;
    public static final int TABLE_FIRST_DATA_ROW = 2;

    private ReturnWorkbookBuilder() {
    }

    public static XSSFWorkbook build(ReturnContent content) {
        return fill(new XSSFWorkbook(), content);
    }

    /** The same return in Excel 97-2003 format (.xls), as WPS and old Excel still save it. */
    public static HSSFWorkbook buildLegacy(ReturnContent content) {
        return fill(new HSSFWorkbook(), content);
    }

    private static <W extends Workbook> W fill(W workbook, ReturnContent content) {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet notes = workbook.createSheet("填报说明");
        notes.createRow(0).createCell(0).setCellValue("中等职业学校年度质量报告数据表（ZZNB-1）：请勿修改工作表名称和项目名称；没有的填 0。");

        Sheet basic = keyValueSheet(workbook, FormSheet.BASIC);
        put(basic, InfoField.TEMPLATE_VERSION, FormSheet.TEMPLATE_VERSION);
        put(basic, InfoField.YEAR, content.year());
        put(basic, InfoField.SCHOOL_CODE, content.schoolCode());
        put(basic, InfoField.SCHOOL_NAME, content.schoolName());
        put(basic, InfoField.SCHOOL_TYPE, content.schoolType());
        put(basic, InfoField.LEVEL, content.level());
        put(basic, InfoField.SPONSOR, content.sponsor());
        put(basic, InfoField.AUTHORITY, content.authority());
        put(basic, InfoField.FILLER, "张老师");
        put(basic, InfoField.PHONE, "0353-0000000");
        Row dateRow = put(basic, InfoField.FILL_DATE, null);
        Cell date = dateRow.createCell(1);
        date.setCellStyle(dateStyle);
        if (content.fillDate() != null) {
            date.setCellValue(content.fillDate());
        }

        Sheet majors = tableSheet(workbook, FormSheet.MAJORS);
        for (ReturnContent.Major major : content.majors()) {
            Row row = majors.createRow(majors.getLastRowNum() + 1);
            values(row, major.code(), major.name(), major.category(), yesNo(major.isNew()), yesNo(major.brand()), yesNo(major.featured()),
                    major.through(), major.enrolment(), major.students(), major.graduates(), major.employed(), major.direct(), major.further());
        }
        totalRow(majors, MajorColumn.ENROLMENT.ordinal(), MajorColumn.values().length, content.majors().size());

        keyValues(keyValueSheet(workbook, FormSheet.STAFF), StaffField.values(), content.staff());

        Sheet awards = tableSheet(workbook, FormSheet.AWARDS);
        for (ReturnContent.Award award : content.awards()) {
            values(awards.createRow(awards.getLastRowNum() + 1), award.contest(), award.event(), award.level(), award.category(),
                    award.grade(), award.count());
        }

        keyValues(keyValueSheet(workbook, FormSheet.SERVICES), ServiceField.values(), content.services());
        keyValues(keyValueSheet(workbook, FormSheet.FINANCE), FinanceField.values(), content.finance());

        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.evaluateAll();
        return workbook;
    }

    /** Writes the return as .xlsx, or as .xls when the file name says so. */
    public static void write(ReturnContent content, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean legacy = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls");
        try (Workbook workbook = legacy ? buildLegacy(content) : build(content); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static Sheet keyValueSheet(Workbook workbook, FormSheet form) {
        Sheet sheet = workbook.createSheet(form.title());
        values(sheet.createRow(0), "项目", "内容");
        bold(workbook, sheet.getRow(0));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        return sheet;
    }

    private static Sheet tableSheet(Workbook workbook, FormSheet form) {
        Sheet sheet = workbook.createSheet(form.title());
        sheet.createRow(0).createCell(0).setCellValue(form.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, form.fields().size() - 1));
        values(sheet.createRow(TABLE_HEADER_ROW), form.fields().stream().map(FieldSpec::label).toArray());
        bold(workbook, sheet.getRow(TABLE_HEADER_ROW));
        return sheet;
    }

    /** The header row in bold, with one shared style per workbook. */
    private static void bold(Workbook workbook, Row header) {
        CellStyle bold = null;
        for (int i = 0; i < workbook.getNumCellStyles() && bold == null; i++) {
            CellStyle existing = workbook.getCellStyleAt(i);
            if (workbook.getFontAt(existing.getFontIndex()).getBold()) {
                bold = existing;
            }
        }
        if (bold == null) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
        }
        CellStyle style = bold;
        header.forEach(cell -> cell.setCellStyle(style));
    }

    private static Row put(Sheet sheet, InfoField field, Object value) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        values(row, field.label(), value);
        return row;
    }

    private static <F extends Enum<F> & FieldSpec> void keyValues(Sheet sheet, F[] fields, Map<F, ?> values) {
        for (F field : fields) {
            values(sheet.createRow(sheet.getLastRowNum() + 1), field.label(), values.get(field));
        }
    }

    private static void totalRow(Sheet sheet, int firstNumericColumn, int columns, int dataRows) {
        if (dataRows == 0) {
            return;
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(FormSheet.TOTAL_ROW_LABEL);
        for (int c = firstNumericColumn; c < columns; c++) {
            String letter = CellReference.convertNumToColString(c);
            row.createCell(c).setCellFormula("SUM(" + letter + (TABLE_FIRST_DATA_ROW + 1) + ":" + letter + (TABLE_FIRST_DATA_ROW + dataRows) + ")");
        }
    }

    private static void values(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
