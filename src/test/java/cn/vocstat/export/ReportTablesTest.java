package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Outputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the tables of a run go: every row to CSV; to the workbook only what a person reads there; 说明 says which. */
class ReportTablesTest {

    private static final long SHEET_ROWS = 3;

    @TempDir
    Path dir;

    private static Table numbers(String name, int rows, boolean knownSize) {
        return Table.streamed(name, List.of(Column.integer("序号"), Column.text("内容")), knownSize ? rows : Table.UNKNOWN_SIZE, sink -> {
            for (int r = 1; r <= rows; r++) {
                sink.row(r, "=第" + r + "行");
            }
        });
    }

    @Test
    void aTableTooLongForTheWorkbookGoesToCsvWholeAndTheGuideSaysWhere() throws IOException {
        OutputLayout layout = new OutputLayout(dir, 2025);
        List<Table> tables = List.of(numbers("短表", 2, true), numbers("长表", 5, true), numbers("节选表", 5, true),
                numbers(ChangeTables.SHEET, 3, false), numbers("未知长度的长表", 4, false));

        List<ReportTables.Placement> placed = ReportTables.write(layout, tables, SHEET_ROWS,
                table -> table.name().equals("节选表") ? Optional.of(numbers("节选表", 1, true)) : Optional.empty(), "测试工作簿",
                List.of("封面标题", "第二行"), Map.of(ChangeTables.SHEET, List.of("变更标题")), workbook -> { });

        assertEquals(List.of(new ReportTables.Placement("短表", 2, 2), new ReportTables.Placement("长表", 5, 0),
                new ReportTables.Placement("节选表", 5, 1), new ReportTables.Placement(ChangeTables.SHEET, 3, 3),
                new ReportTables.Placement("未知长度的长表", 4, 0)), placed);
        for (Table table : tables) {
            List<String> csv = Files.readAllLines(layout.csvDir().resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
            assertEquals(1 + (int) placed.stream().filter(p -> p.table().equals(table.name())).findFirst().orElseThrow().rows(), csv.size(),
                    table.name() + " whole in CSV");
            assertEquals("2,'=第2行", csv.get(2), "exact, neutralised");
        }
        Outputs workbook = Outputs.open(layout.workbook());
        assertEquals(ReportTables.GUIDE_SHEET, workbook.workbook().getSheetName(0), "说明 comes first");
        assertEquals(0, workbook.workbook().getActiveSheetIndex(), "the workbook opens on 说明");
        assertEquals("封面标题", workbook.workbook().getSheet(ReportTables.GUIDE_SHEET).getRow(0).getCell(0).getStringCellValue());
        assertNull(workbook.workbook().getSheet("长表"));
        assertNull(workbook.workbook().getSheet("未知长度的长表"));
        assertEquals(2, workbook.rows("短表").size());
        assertEquals(1, workbook.rows("节选表").size());
        assertEquals(3, workbook.rows(ChangeTables.SHEET, 2).size(), "a table of unknown length is written once, replayed for the sheet under its heading");
        Map<String, String> guide = workbook.rows(ReportTables.GUIDE_SHEET, 3).stream()
                .collect(java.util.stream.Collectors.toMap(row -> row.get("表"), row -> row.get("本工作簿中")));
        assertEquals("全部", guide.get("短表"));
        assertEquals("无：超过 3 行，请用 CSV 文件或数据库", guide.get("长表"));
        assertEquals("前 1 行：全部超过 3 行，其余见 CSV 文件或数据库", guide.get("节选表"));
        assertTrue(Files.isRegularFile(layout.changeReport()), "a change report that says something gets its own workbook");
        assertFalse(Files.list(layout.csvDir()).anyMatch(p -> p.getFileName().toString().startsWith(".")), "the spooled rows are gone");
    }
}
