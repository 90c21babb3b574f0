package cn.vocstat.ingest;

import org.xml.sax.SAXException;

/** A cell the workbook itself contradicts, e.g. one that points at shared text the file does not have. */
final class BrokenCellException extends SAXException {

    /** What is wrong, in Chinese, naming the cell. */
    final String reason;

    BrokenCellException(String reason) {
        super(reason);
        this.reason = reason;
    }
}
