package cn.vocstat.ingest;

/** A part of a workbook (its structure, shared text, styles or one sheet) that could not be read, and why. */
final class UnreadablePartException extends Exception {

    /** The part as a school reads it: 工作表“学生与专业”（xl/worksheets/sheet3.xml）. */
    final String part;

    UnreadablePartException(String part, Throwable cause) {
        super(part, cause);
        this.part = part;
    }
}
