package cn.vocstat.export;

import cn.vocstat.ingest.WorkbookGrids;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a school's marked copy will hold, decided from the workbook's cells counted before anything
 * is loaded: every sheet, hidden and very hidden ones included. Within the limit the whole workbook
 * is copied; beyond it, when the form's sheets alone are within it, only they are; else no copy.
 * A cell, a row and a shared text each count as one: POI keeps an object for each.
 *
 * @param copy        what the copy holds
 * @param cells       the cells the copy loads; with no copy, those counted until the limit was passed, where counting stopped
 * @param leftOut     the sheets left out of the copy, as the school named them
 * @param emptied     the sheets not copied (those left out and the macro sheets): emptied before loading, removed after
 */
record CopyPlan(ResultSheet.Copy copy, long cells, List<String> leftOut, List<XlsxPackage.SheetPart> emptied) {

    private static final Set<String> CELLS = Set.of("c", "row");
    private static final Set<String> SHARED_TEXT = Set.of("si");

    CopyPlan {
        leftOut = List.copyOf(leftOut);
        emptied = List.copyOf(emptied);
    }

    /**
     * The plan for an .xlsx: the shared text and the form's sheets are counted first (a copy holds
     * them in any case), then the other sheets until the limit is passed. Macro sheets are never copied.
     */
    static CopyPlan of(XlsxPackage workbook, long maxCells) throws IOException {
        long cells = workbook.sharedStrings() == null ? 0 : workbook.count(workbook.sharedStrings(), SHARED_TEXT, maxCells);
        List<XlsxPackage.SheetPart> others = new ArrayList<>();
        List<XlsxPackage.SheetPart> emptied = new ArrayList<>();
        for (XlsxPackage.SheetPart sheet : workbook.sheets()) {
            if (sheet.kind() == XlsxPackage.Kind.MACROSHEET) {
                emptied.add(sheet);
            } else if (isFormSheet(sheet.name())) {
                cells += cells(workbook, sheet, maxCells - cells);
            } else {
                others.add(sheet);
            }
            if (cells > maxCells) {
                return new CopyPlan(ResultSheet.Copy.NONE, cells, List.of(), List.of());
            }
        }
        long all = cells;
        for (XlsxPackage.SheetPart sheet : others) {
            all += cells(workbook, sheet, maxCells - all);
            if (all > maxCells) {
                emptied.addAll(others);
                return new CopyPlan(ResultSheet.Copy.FORM_SHEETS, cells, others.stream().map(XlsxPackage.SheetPart::name).toList(), emptied);
            }
        }
        return new CopyPlan(ResultSheet.Copy.WHOLE, all, List.of(), emptied);
    }

    /**
     * The plan for an .xls, from its records read as a stream (the file is at most a few megabytes):
     * the whole workbook within the limit, else no copy.
     */
    static CopyPlan ofLegacy(POIFSFileSystem workbook, long maxCells) throws IOException {
        long[] cells = {0};
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(org.apache.poi.hssf.record.Record record) {
                cells[0] += cellsOf(record);
                return (short) (cells[0] > maxCells ? 1 : 0);
            }
        });
        try {
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, workbook);
        } catch (HSSFUserException e) {
            throw new IOException("cannot count the cells of the workbook", e);
        }
        return new CopyPlan(cells[0] > maxCells ? ResultSheet.Copy.NONE : ResultSheet.Copy.WHOLE, cells[0], List.of(), List.of());
    }

    private static long cellsOf(org.apache.poi.hssf.record.Record record) {
        if (record instanceof MulBlankRecord blanks) {
            return blanks.getNumColumns();
        }
        if (record instanceof MulRKRecord numbers) {
            return numbers.getNumColumns();
        }
        if (record instanceof SSTRecord texts) {
            return texts.getNumUniqueStrings();
        }
        return record instanceof CellValueRecordInterface || record instanceof RowRecord ? 1 : 0;
    }

    private static long cells(XlsxPackage workbook, XlsxPackage.SheetPart sheet, long remaining) throws IOException {
        return sheet.kind() == XlsxPackage.Kind.CHARTSHEET ? 0 : workbook.count(sheet.part(), CELLS, remaining);
    }

    /** A sheet the form asks for, as the reader matches names: the copy keeps the very sheets that were read. */
    private static boolean isFormSheet(String name) {
        return WorkbookGrids.wantedKey(name) != null;
    }
}
