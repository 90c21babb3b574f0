package cn.vocstat.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Codes and numbers typed as text, read the same way in a school's return and in the bureau's CSV
 * files once {@link Labels#normalise normalised} as labels are: what cannot be seen (NBSP and the
 * other Unicode spaces, the zero-width space, a BOM inside the text) and full-width forms
 * (３３．２９, 15，755.57) do not change them; a thousands separator groups by three; an exponent
 * (1.2E+01) writes the exact number it stands for.
 */
public final class Digits {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** Excel shows a long number so, and a copy as text keeps it: the exponent of any figure has at most three digits. */
    private static final Pattern EXPONENT = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d{1,3}");

    private Digits() {
    }

    /**
     * Whether a space of any kind (a narrow NBSP or a thin space as much as an ASCII one) stands inside
     * the digits and separators of a number: "12 3" could be 12, 3 or 123, so it is no number.
     */
    public static boolean hasInnerSpace(String typed) {
        String folded = Labels.fold(typed);
        boolean inNumber = false;
        boolean spaced = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Labels.isSpace(c)) {
                spaced = inNumber;
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            boolean separator = c == '.' || c == ',';
            if (spaced && (digit || separator)) {
                return true;
            }
            inNumber = digit || inNumber && separator;
            spaced = false;
        }
        return false;
    }

    /** Whether the normalised text writes a number: 1234.5, 1,234.5 (grouped by three) or 1.2E+01. */
    public static boolean isNumber(String normalised) {
        return PLAIN.matcher(normalised).matches() || GROUPED.matcher(normalised).matches() || EXPONENT.matcher(normalised).matches();
    }

    /** The exact value of a text that {@link #isNumber is a number}. */
    public static BigDecimal value(String number) {
        return new BigDecimal(number.replace(",", ""));
    }
}
