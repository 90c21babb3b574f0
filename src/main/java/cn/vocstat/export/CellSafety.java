package cn.vocstat.export;

/**
 * Neutralises text that a spreadsheet would take for a formula (OWASP CSV injection): a cell that
 * starts with = + - @ tab or CR gets a leading apostrophe. Applied to text only, never to numbers.
 */
public final class CellSafety {

    private CellSafety() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
