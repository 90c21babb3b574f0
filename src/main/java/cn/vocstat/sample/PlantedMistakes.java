package cn.vocstat.sample;

import cn.vocstat.form.ReturnWorkbookBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An example return with the mistakes schools really make, for trying the feedback out:
 * {@code java -jar target/vocstat.jar check input/examples/有错误的报表示例.xlsx --year 2025}.
 */
public final class PlantedMistakes {

    public static final String FILE_NAME = "有错误的报表示例.xlsx";

    private PlantedMistakes() {
    }

    public static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = ReturnWorkbookBuilder.build(YangquanSample.returns(2025).get(5)); OutputStream out = Files.newOutputStream(file)) {
            set(workbook, "基本信息", "B5", "孟县职业技术学校");       // the report's own misprint: an alias, a warning
            set(workbook, "基本信息", "B12", "2026年1月12日");          // a text date: read, no finding
            set(workbook, "学生与专业", "H6", 9999);                    // enrolment above students: error
            set(workbook, "学生与专业", "K7", 3);                      // employed ≠ direct + further: error
            set(workbook, "学生与专业", "A8", "620599");               // a code outside the catalogue: error
            set(workbook, "学生与专业", "B9", "汽车维修");              // a name other than the catalogue's: warning
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet majors = workbook.getSheet("学生与专业");
            Row total = majors.getRow(majors.getLastRowNum());
            total.removeCell(total.getCell(8));
            total.createCell(8).setCellValue(700);                    // a 合计 that does not add up: error
            set(workbook, "教师队伍", "B7", "约10");                    // not an exact number: error
            set(workbook, "社会服务与合作", "B6", "—");                 // a dash for none: 0 with a warning
            set(workbook, "经费", "B5", "1334.5万");                   // the unit must be 万元: error
            Sheet explanations = workbook.createSheet("情况说明");
            row(explanations, 0, "规则编号", "说明");
            row(explanations, 1, "V-NUM-04", "本年度未开设订单班");        // explains a warning
            row(explanations, 2, "R-ROW-03", "招生数以招生办统计为准");    // an error cannot be explained
            workbook.write(out);
        }
    }

    private static void set(XSSFWorkbook workbook, String sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Row row = workbook.getSheet(sheet).getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void row(Sheet sheet, int index, String first, String second) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(first);
        row.createCell(1).setCellValue(second);
    }
}
