package cn.vocstat.verify;

/** What the checker concludes about one claim of a draft: a row of the 核对结果. */
public record Verdict(String location, String sentence, String written, String targetId, String targetName, String dataValue,
                      Conclusion conclusion, String explanation) {

    /**
     * 原文 quotes at most this many characters: a report's sentence is shorter; of a longer one (or of
     * a table's long row) the stretch around what the row is about, so that no row outgrows a cell.
     */
    public static final int QUOTED_CHARS = 200;

    public enum Conclusion {
        CONSISTENT("一致"), CONTRADICTED("不一致"), UNCHECKABLE("无法核对");

        private final String label;

        Conclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The text, or the stretch of it around {@code at} that 原文 shows, marked … where it is cut. */
    static String quote(String text, int at) {
        if (text.length() <= QUOTED_CHARS) {
            return text;
        }
        int from = Math.max(0, Math.min(at - QUOTED_CHARS / 4, text.length() - QUOTED_CHARS));
        int to = from + QUOTED_CHARS;
        // never half a character outside the Basic Multilingual Plane
        from += Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
        to -= Character.isHighSurrogate(text.charAt(to - 1)) ? 1 : 0;
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
