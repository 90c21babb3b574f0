package cn.vocstat.ingest;

/**
 * Label matching of the contract: trim, drop inner spaces, fold full-width characters to
 * half-width. Nothing else is fuzzy.
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

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
