package cn.vocstat.ingest;

import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads the form's sheets of a legacy Excel 97-2003 workbook (.xls, what WPS and old Excel still
 * save) into the same grids as an .xlsx: the same cell addresses, the same kinds of cell, the same
 * row limit, so the contract and every finding are the same whatever the format. POI's HSSF user
 * model loads the whole workbook; the reader's file-size limit keeps that small.
 */
final class XlsGridReader {

    private static final String STRUCTURE = "工作簿（Workbook 流）";

    private final int maxRows;

    XlsGridReader(int maxRows) {
        this.maxRows = maxRows;
    }

    WorkbookGrids read(POIFSFileSystem fs) throws IOException, UnreadablePartException, SheetTooLargeException {
        try (HSSFWorkbook workbook = open(fs)) {
            Map<String, SheetGrid> grids = new LinkedHashMap<>();
            Map<String, String> namesRead = new HashMap<>();
            Map<String, List<String>> names = new HashMap<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                String key = WorkbookGrids.wantedKey(name);
                if (key == null) {
                    continue;
                }
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                if (WorkbookGrids.replaces(name, key, grids, namesRead)) {
                    grids.put(key, grid(workbook.getSheetAt(i)));
                    namesRead.put(key, name);
                }
            }
            names.values().removeIf(sameName -> sameName.size() < 2);
            return new WorkbookGrids(grids, names);
        }
    }

    private static HSSFWorkbook open(POIFSFileSystem fs) throws IOException, UnreadablePartException {
        try {
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadablePartException(STRUCTURE, e);
        }
    }

    private SheetGrid grid(Sheet sheet) throws SheetTooLargeException, UnreadablePartException {
        NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows = new TreeMap<>();
        try {
            for (Row row : sheet) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("reading was interrupted: the file took longer than its time limit");
                }
                NavigableMap<Integer, RawCell> cells = new TreeMap<>();
                for (Cell cell : row) {
                    RawCell raw = raw(cell);
                    if (raw != null) {
                        cells.put(cell.getColumnIndex(), raw);
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new SheetTooLargeException(sheet.getSheetName(), maxRows);
                }
                rows.put(row.getRowNum() + 1, cells);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadablePartException("工作表“" + Rule.quoted(sheet.getSheetName()) + "”", e);
        }
        return new SheetGrid(sheet.getSheetName(), rows, List.copyOf(sheet.getMergedRegions()));
    }

    /** The cell as the .xlsx reader would have stored it; null for a blank cell. */
    private static RawCell raw(Cell cell) {
        String ref = cell.getAddress().formatAsString();
        int row = cell.getRowIndex() + 1;
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            formula = formulaText(cell);
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                if (text.isBlank()) {
                    yield null; // a formula's cached empty text, as IF(A3="","",…) leaves unused rows, is a blank cell
                }
                yield new RawCell(ref, row, column, RawCell.Kind.TEXT, text, formula, false);
            }
            case NUMERIC -> new RawCell(ref, row, column, RawCell.Kind.NUMBER, NumberToTextConverter.toText(cell.getNumericCellValue()),
                    formula, DateUtil.isCellDateFormatted(cell));
            case BOOLEAN -> new RawCell(ref, row, column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", formula, false);
            case ERROR -> new RawCell(ref, row, column, RawCell.Kind.ERROR, errorText(cell), formula, false);
            default -> formula == null ? null : new RawCell(ref, row, column, RawCell.Kind.FORMULA_WITHOUT_VALUE, "", formula, false);
        };
    }

    private static String formulaText(Cell cell) {
        try {
            return "=" + cell.getCellFormula();
        } catch (FormulaParseException | IllegalStateException | UnsupportedOperationException e) {
            return "公式";
        }
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
