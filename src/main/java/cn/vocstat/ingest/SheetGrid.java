package cn.vocstat.ingest;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.poi.ss.util.CellRangeAddress;

/** The non-empty cells of one sheet by row and column, with its merged regions. */
record SheetGrid(String name, NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows, List<CellRangeAddress> merges) {

    RawCell cell(int row, int column) {
        Map<Integer, RawCell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** The merged region containing the cell, when the cell is part of one but not its top-left corner. */
    CellRangeAddress coveringMerge(int row, int column) {
        for (CellRangeAddress merge : merges) {
            // POI's regions are zero-based; our rows are the sheet's 1-based row numbers.
            if (merge.isInRange(row - 1, column) && !(merge.getFirstRow() == row - 1 && merge.getFirstColumn() == column)) {
                return merge;
            }
        }
        return null;
    }
}
