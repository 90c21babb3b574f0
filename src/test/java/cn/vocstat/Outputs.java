package cn.vocstat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an output workbook back as an analyst sees it: each cell as Excel displays it, by header. */
public final class Outputs {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter();

    private Outputs(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static Outputs open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Outputs(new XSSFWorkbook(in));
        }
    }

    /**
     * Every published file of a year as a reader of output/<year>/ finds it, through the published
     * names (links followed), by its path there: not the archive, the logs or the sets' own folder.
     */
    public static Map<String, Path> published(Path yearDir) throws IOException {
        Map<String, Path> files = new java.util.TreeMap<>();
        List<String> notPublished = List.of("history", "logs", "核对", cn.vocstat.export.PublishedSet.KEPT);
        try (java.util.stream.Stream<Path> names = Files.list(yearDir)) {
            for (Path name : names.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !notPublished.contains(p.getFileName().toString()))
                    .filter(p -> !cn.vocstat.export.PublishedSet.isKeptBeside(p.getFileName().toString())).toList()) {
                try (java.util.stream.Stream<Path> tree = Files.walk(name, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                    tree.filter(Files::isRegularFile).forEach(file -> files.put(yearDir.relativize(file).toString().replace('\\', '/'), file));
                }
            }
        }
        return files;
    }

    /** Each published file of a year by its path there, with its time and a hash of its bytes: what tells two states of the folder apart. */
    public static Map<String, String> publishedState(Path yearDir) throws IOException {
        Map<String, String> state = new java.util.TreeMap<>();
        for (Map.Entry<String, Path> file : published(yearDir).entrySet()) {
            state.put(file.getKey(), Files.getLastModifiedTime(file.getValue()) + "/" + java.util.Arrays.hashCode(Files.readAllBytes(file.getValue())));
        }
        return state;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** The rows of a sheet as header → displayed text. */
    public List<Map<String, String>> rows(String sheetName) {
        return rows(sheetName, 0);
    }

    /** The rows of a sheet whose header is the given row (below a preamble) as header (read across its lines) → displayed text. */
    public List<Map<String, String>> rows(String sheetName, int headerRow) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new AssertionError("no sheet " + sheetName);
        }
        Row header = sheet.getRow(headerRow);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = new LinkedHashMap<>();
            for (Cell title : header) {
                Cell cell = row == null ? null : row.getCell(title.getColumnIndex());
                cells.put(title.getStringCellValue().replace("\n", ""), cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The row of 指标汇总 for an indicator and a scope (全市 or a school name). */
    public Map<String, String> indicator(String id, String scope) {
        return rows("指标汇总").stream()
                .filter(r -> r.get("指标编号").equals(id) && r.get("范围").equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + id + " for " + scope));
    }
}
