package cn.vocstat.ingest;

/** A cell the workbook itself contradicts, e.g. one that points at shared text the file does not have. */
final class BrokenCellException extends RuntimeException {

    /** What is wrong, in Chinese, naming the cell. */
    final String reason;

    BrokenCellException(String reason) {
        super(reason);
        this.reason = reason;
    }
}
