package cn.vocstat.export;

/**
 * Text that a spreadsheet would take for a formula (OWASP CSV injection): one that starts with
 * = + - @ tab or CR. In CSV it gets a leading apostrophe; in a workbook its cell is quote-prefixed
 * (Excel's own mark for "this is text"), so it shows as typed. Applied to text only, never to numbers.
 */
public final class CellSafety {

    private CellSafety() {
    }

    /** The text with a leading apostrophe when a spreadsheet could take it for a formula: for CSV. */
    public static String neutralise(String text) {
        return isRisky(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet could take the text for a formula: a workbook marks such a cell as text instead. */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
