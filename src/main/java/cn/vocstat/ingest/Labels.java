package cn.vocstat.ingest;

/**
 * Label matching of the contract: trim, drop inner spaces, fold full-width characters to
 * half-width. Nothing else is fuzzy. A space here is any the eye cannot tell from none: the ASCII
 * and ideographic spaces, NBSP and the other Unicode spaces, the zero-width space and a BOM.
 */
public final class Labels {

    private Labels() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Full-width characters folded to half-width, spaces kept: what a number looks like before its spaces are judged. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** The text without spaces of any kind at its ends: a NBSP after a name is no part of it ({@link String#strip} keeps it). */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
