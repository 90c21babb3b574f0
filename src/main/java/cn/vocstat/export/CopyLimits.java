package cn.vocstat.export;

import java.time.Duration;

/**
 * What the marked copy of one school's workbook may cost, all in one place. The copy loads the
 * workbook into POI's user model, whose heap grows with every cell; a school's file may hold
 * anything beside the form (hidden sheets of millions of cells), so its cells are counted before
 * anything is loaded and the copy is cut down, or left out, beyond these limits.
 *
 * @param maxCells      cells a copy may load, counting each row and each shared text as one more (POI keeps an object for each)
 * @param maxNames      defined names a copy may load
 * @param timeLimit     time one file's copy may take, from counting its cells to saving it
 * @param heapForCopies heap the copies made at the same time may hold together (the files of a batch are written in parallel)
 */
record CopyLimits(long maxCells, int maxNames, Duration timeLimit, long heapForCopies) {

    /*
     * Peak heap, measured with POI 5.5.1 on Java 17 (G1) by loading then saving generated workbooks in
     * JVMs of decreasing -Xmx. Cells: 20,000 rows of 10 cells (numbers, or shared text). XSSF keeps
     * 350-480 bytes per cell once loaded, a row without cells 440, and saving needs about as much
     * again: the 220,000 cells and rows fail below a 190 MB heap, some 860 bytes each. HSSF keeps
     * 115-150 bytes per cell and saves the same workbook in a 64 MB heap, some 250 bytes each. Text:
     * 2,000 cells of 5,000 characters each, 28 MB of sheet XML, fail below a 200 MB heap, some 7
     * bytes per byte of XML; plain cells are some 15 bytes of XML each. Rounded up.
     */
    /** Peak heap per cell of an .xlsx loaded, marked and saved with XSSF. */
    static final long XLSX_BYTES_PER_CELL = 1_000;
    /** Peak heap per cell of an .xls loaded, marked and saved with HSSF. */
    static final long XLS_BYTES_PER_CELL = 300;
    /** Peak heap per byte of the content loaded (an .xlsx's parts inflated, an .xls as it is): what long texts cost beyond their cells. */
    static final long BYTES_PER_CONTENT_BYTE = 8;

    /**
     * A return's form sheets hold a few thousand cells; a school's own sheets beside them (a roster, a
     * list of its teachers) may add a hundred times as many and still come back whole. At the bytes
     * per cell above this is some 200 MB of heap at the peak, and a second or two of POI's time.
     */
    static final long MAX_CELLS = 200_000;
    /**
     * A return's workbook defines a few names (print areas, a dropdown's list); sheets copied from
     * workbook to workbook over the years may bring some thousands. More is no school's doing.
     */
    static final int MAX_NAMES = 10_000;
    /** Some hundred times what a copy within {@link #MAX_CELLS} takes on a busy machine: only a fault of ours takes longer. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** The run keeps little resident (its readings spill to disk): half the heap is left to the copies made at a time. */
    static final double HEAP_SHARE = 0.5;

    static CopyLimits defaults() {
        return new CopyLimits(MAX_CELLS, MAX_NAMES, TIME_LIMIT, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
    }

    /** The heap a copy needs at its peak: its cells, and the bytes of the content POI loads. */
    static long heapNeeded(long cells, long contentBytes, boolean legacy) {
        return cells * (legacy ? XLS_BYTES_PER_CELL : XLSX_BYTES_PER_CELL) + contentBytes * BYTES_PER_CONTENT_BYTE;
    }
}
