package cn.vocstat.export;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a marked copy no longer holds, as a formula mentions it: the sheets not copied, the defined
 * names removed and the external workbooks. A formula is read once, piece by piece, and each piece
 * looked up: thousands of names or sheets gone cost no more per formula than one.
 */
final class GoneFromCopy {

    /**
     * A formula's pieces, in one pass: a text in double quotes (which mentions nothing); a sheet in
     * single quotes before ! or : ('Sheet 1'!A1, 'O''Brien'!A1, 'Sheet 1:Sheet 3'!A1); an external
     * workbook ([1]Sheet1!A1, not a table's Table1[2019]); and a word between operators: a name, a
     * sheet, a function, a cell. Possessive, so that no formula makes the reading backtrack.
     */
    private static final Pattern PIECES = Pattern.compile("\"(?:[^\"]|\"\")*+\"|'((?:[^']|'')*+)'(?=[!:])"
            + "|(?<![\\p{L}\\p{N}_.\\]])(\\[\\d+])|([^\\s!:'\"(),+\\-*/&=<>^%{};\\[\\]#@$]++)");
    private static final Pattern EXTERNAL_PREFIX = Pattern.compile("^\\[\\d+]");

    private final List<String> sheets;
    private final Set<String> sheetKeys = new HashSet<>();
    private final boolean externalWorkbooks;
    private final Set<String> names = new HashSet<>();

    /** The sheets not copied, as the school named them, and whether the workbook's external workbooks are gone. */
    GoneFromCopy(List<String> sheets, boolean externalWorkbooks) {
        this.sheets = List.copyOf(sheets);
        this.externalWorkbooks = externalWorkbooks;
        sheets.forEach(sheet -> sheetKeys.add(key(sheet)));
    }

    /** The sheets not copied, as the school named them: removed once the copy is loaded. */
    List<String> sheets() {
        return sheets;
    }

    /** Adds a defined name removed; false when a name so called was gone already. */
    boolean addName(String name) {
        return names.add(key(name));
    }

    boolean isEmpty() {
        return sheetKeys.isEmpty() && !externalWorkbooks && names.isEmpty();
    }

    /** Whether the formula mentions a sheet, a name or an external workbook that is gone. */
    boolean mentions(String formula) {
        if (formula == null || isEmpty()) {
            return false;
        }
        Matcher piece = PIECES.matcher(formula);
        while (piece.find()) {
            if (piece.group(1) != null && quotedSheetIsGone(piece.group(1).replace("''", "'"))
                    || piece.group(2) != null && externalWorkbooks
                    || piece.group(3) != null && wordIsGone(key(piece.group(3)), following(formula, piece))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a formula that may be defined names, in lower case: those not called as a function nor followed by a table's column. */
    static Set<String> namesIn(String formula) {
        Set<String> found = new HashSet<>();
        if (formula != null) {
            Matcher piece = PIECES.matcher(formula);
            while (piece.find()) {
                if (piece.group(3) != null && mayBeName(following(formula, piece))) {
                    found.add(key(piece.group(3)));
                }
            }
        }
        return found;
    }

    /** A quoted sheet, or range of sheets, of this workbook or of an external one. */
    private boolean quotedSheetIsGone(String quoted) {
        if (EXTERNAL_PREFIX.matcher(quoted).find()) {
            return externalWorkbooks;
        }
        for (String sheet : quoted.split(":", -1)) {
            if (sheetKeys.contains(key(sheet))) {
                return true;
            }
        }
        return false;
    }

    private boolean wordIsGone(String word, char next) {
        return (next == '!' || next == ':') && sheetKeys.contains(word) || mayBeName(next) && names.contains(word);
    }

    private static boolean mayBeName(char next) {
        return next != '(' && next != '[';
    }

    private static char following(String formula, Matcher piece) {
        return piece.end() < formula.length() ? formula.charAt(piece.end()) : ' ';
    }

    /** Excel compares sheet and defined names without regard to case. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
