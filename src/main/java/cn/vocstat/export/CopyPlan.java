package cn.vocstat.export;

import cn.vocstat.ingest.WorkbookGrids;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a school's marked copy will hold, decided before anything is loaded: from the workbook's
 * cells counted, every sheet's, hidden and very hidden ones included, its defined names counted, and
 * what it holds that a copy could not strip. Within the limits the whole workbook is copied; beyond
 * the cells, when the form's sheets alone are within them, only they are; else no copy, and why.
 * A cell, a row and a shared text each count as one: POI keeps an object for each.
 *
 * @param copy        what the copy holds
 * @param cells       the cells the copy loads; with no copy, those counted before it was refused
 * @param leftOut     the sheets left out of the copy, as the school named them
 * @param emptied     the sheets not copied (those left out and the macro sheets): emptied before loading, removed after
 * @param refusals    why there is no copy; empty when there is one
 */
record CopyPlan(ResultSheet.Copy copy, long cells, List<String> leftOut, List<XlsxPackage.SheetPart> emptied, Set<Refusal> refusals) {

    /** Why a workbook gets no copy at all. */
    enum Refusal {
        /** An .xls's Excel 4.0 macro sheets or Excel 5 module sheets: code, in the workbook's own stream. */
        MACRO_SHEETS,
        /** An .xls's names that run a macro when the workbook opens or closes (Auto_Open, Auto_Close...). */
        AUTO_RUN_MACROS,
        /** An .xls's links to other workbooks (and DDE or OLE links), which Excel offers to update. */
        EXTERNAL_LINKS,
        /** An .xlsx's pivot tables or data model fed by its data connections, which a copy drops. */
        PIVOT_DATA_FROM_CONNECTIONS,
        /** More defined names than a copy may load. */
        TOO_MANY_NAMES,
        /** More cells than a copy may load, those of the form's sheets alone included. */
        TOO_MANY_CELLS
    }

    private static final Set<String> CELLS = Set.of("c", "row");
    private static final Set<String> SHARED_TEXT = Set.of("si");
    private static final Set<String> NAMES = Set.of("definedName");
    /**
     * Built-in names of [MS-XLS] 2.5.114 that run a macro: Auto_Open (1), Auto_Close (2),
     * Auto_Activate (0x0A), Auto_Deactivate (0x0B); POI's own constants are one off for the first two.
     */
    private static final Set<Integer> AUTO_RUN_CODES = Set.of(0x01, 0x02, 0x0A, 0x0B);
    /** Excel runs a macro named so, and one whose name begins so (Auto_Open1). */
    private static final List<String> AUTO_RUN_PREFIXES = List.of("auto_open", "auto_close", "auto_activate", "auto_deactivate");
    /** BOUNDSHEET's sheet types ([MS-XLS] 2.4.28) that are code: an Excel 4.0 macro sheet, a VBA module. */
    private static final Set<Integer> CODE_SHEET_TYPES = Set.of(0x01, 0x06);

    CopyPlan {
        leftOut = List.copyOf(leftOut);
        emptied = List.copyOf(emptied);
        refusals = refusals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(refusals));
    }

    private static CopyPlan refused(long cells, Set<Refusal> why) {
        return new CopyPlan(ResultSheet.Copy.NONE, cells, List.of(), List.of(), why);
    }

    /**
     * The plan for an .xlsx: its names are counted first, then the shared text and the form's sheets
     * (a copy holds them in any case), then the other sheets until the limit is passed. Macro sheets
     * are never copied.
     */
    static CopyPlan of(XlsxPackage workbook, CopyLimits limits) throws IOException {
        if (workbook.count(workbook.workbookPart(), NAMES, limits.maxNames()) > limits.maxNames()) {
            return refused(0, Set.of(Refusal.TOO_MANY_NAMES));
        }
        if (workbook.pivotDataFromConnections()) {
            return refused(0, Set.of(Refusal.PIVOT_DATA_FROM_CONNECTIONS));
        }
        long maxCells = limits.maxCells();
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
                return refused(cells, Set.of(Refusal.TOO_MANY_CELLS));
            }
        }
        long all = cells;
        for (XlsxPackage.SheetPart sheet : others) {
            all += cells(workbook, sheet, maxCells - all);
            if (all > maxCells) {
                emptied.addAll(others);
                return new CopyPlan(ResultSheet.Copy.FORM_SHEETS, cells, others.stream().map(XlsxPackage.SheetPart::name).toList(), emptied, Set.of());
            }
        }
        return new CopyPlan(ResultSheet.Copy.WHOLE, all, List.of(), emptied, Set.of());
    }

    /**
     * The plan for an .xls, from its records read as a stream (the file is at most a few megabytes):
     * the whole workbook within the limits and without code or links a copy could not strip, else no
     * copy. The workbook's sheets, names and links come before any cell.
     */
    static CopyPlan ofLegacy(POIFSFileSystem workbook, CopyLimits limits) throws IOException {
        long[] cells = {0};
        int[] names = {0};
        Set<Refusal> refusals = EnumSet.noneOf(Refusal.class);
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(org.apache.poi.hssf.record.Record record) {
                cells[0] += cellsOf(record);
                if (record instanceof BoundSheetRecord sheet && CODE_SHEET_TYPES.contains(sheetType(sheet))) {
                    refusals.add(Refusal.MACRO_SHEETS);
                } else if (record instanceof NameRecord name) {
                    names[0]++;
                    if (runsAutomatically(name)) {
                        refusals.add(Refusal.AUTO_RUN_MACROS);
                    }
                } else if (record instanceof SupBookRecord book && book.isExternalReferences()) {
                    refusals.add(Refusal.EXTERNAL_LINKS);
                }
                if (names[0] > limits.maxNames()) {
                    refusals.add(Refusal.TOO_MANY_NAMES);
                }
                if (cells[0] > limits.maxCells()) {
                    refusals.add(Refusal.TOO_MANY_CELLS);
                }
                return (short) (refusals.contains(Refusal.TOO_MANY_NAMES) || refusals.contains(Refusal.TOO_MANY_CELLS) ? 1 : 0);
            }
        });
        try {
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, workbook);
        } catch (HSSFUserException e) {
            throw new IOException("cannot count the cells of the workbook", e);
        }
        return refusals.isEmpty() ? new CopyPlan(ResultSheet.Copy.WHOLE, cells[0], List.of(), List.of(), Set.of()) : refused(cells[0], refusals);
    }

    /** The sheet's type, the high byte of its options: POI reads it but names it nowhere else. */
    private static int sheetType(BoundSheetRecord sheet) {
        Supplier<?> options = sheet.getGenericProperties().get("optionFlags");
        return options == null ? 0 : ((Number) options.get()).intValue() >> 8 & 0xFF;
    }

    private static boolean runsAutomatically(NameRecord name) {
        if (name.isBuiltInName()) {
            return AUTO_RUN_CODES.contains(name.getBuiltInName() & 0xFF);
        }
        String text = name.getNameText().toLowerCase(Locale.ROOT);
        return AUTO_RUN_PREFIXES.stream().anyMatch(text::startsWith);
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
