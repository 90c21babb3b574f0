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
        CONSISTENT("一致"), CONTRADICTED("不一致"), UNCHECKABLE("无法核对"),
        /** A remark (a school name not in the registry) that does not by itself make the exit code 1. */
        NOTED("提示");

        private final String label;

        Conclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Characters of the sentence a snippet shows before the number, and after it. */
    static final int SNIPPET_BEFORE = 15;
    static final int SNIPPET_AFTER = 12;

    /** 原文 of a number: …全市中等职业学校在校生共【6,310】人，比上年…, the number as written, cut with … where the sentence goes on. */
    static String snippet(String sentence, int start, int end) {
        int leading = sentence.length() - sentence.stripLeading().length();
        int trailing = sentence.stripTrailing().length();
        int from = Math.max(leading, start - SNIPPET_BEFORE);
        int to = Math.min(trailing, end + SNIPPET_AFTER);
        from += from > leading && Character.isLowSurrogate(sentence.charAt(from)) ? 1 : 0;
        to -= to < trailing && Character.isHighSurrogate(sentence.charAt(to - 1)) ? 1 : 0;
        String shownBefore = sentence.substring(from, start);
        String shownAfter = sentence.substring(end, to);
        String[] marks = marks(shownBefore + shownAfter);
        String flat = (from > leading ? "…" : "") + shownBefore + marks[0] + sentence.substring(start, end) + marks[1]
                + shownAfter + (to < trailing ? "…" : "");
        return flat.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ");
    }

    /** 原文 of a table cell: the row's first cell｜the column's header：【the cell】. */
    static String cell(String rowName, String header, String cell) {
        String[] marks = marks(rowName + header + cell);
        String shown = (rowName + "｜" + header + "：" + marks[0] + cell + marks[1]).replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ");
        return quote(shown, shown.lastIndexOf(marks[0]));
    }

    /** The brackets that mark the number: 【】, or 〖〗 where the draft writes 【】 itself (【市综合中专】在校生〖1150〗人). */
    private static String[] marks(String shown) {
        return shown.indexOf('【') >= 0 || shown.indexOf('】') >= 0 ? new String[] {"〖", "〗"} : new String[] {"【", "】"};
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
