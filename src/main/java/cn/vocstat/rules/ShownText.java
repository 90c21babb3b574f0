package cn.vocstat.rules;

import java.util.Map;

/**
 * Text from a file (a value, a file name) as a message or a console line shows it: every character
 * that shows as nothing or as a plain space is named in brackets, so that “3614000101[NBSP]” tells an
 * officer what to delete, and a line break in a file name can neither split nor forge a console line.
 */
public final class ShownText {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x09, "[TAB]"),
            Map.entry(0x0A, "[LF]"),
            Map.entry(0x0D, "[CR]"),
            Map.entry(0xA0, "[NBSP]"),
            Map.entry(0xAD, "[SHY]"),
            Map.entry(0x200B, "[ZWSP]"),
            Map.entry(0x200C, "[ZWNJ]"),
            Map.entry(0x200D, "[ZWJ]"),
            Map.entry(0x202F, "[NNBSP]"),
            Map.entry(0x2060, "[WJ]"),
            Map.entry(0x3000, "[全角空格]"),
            Map.entry(0xFEFF, "[BOM]"));

    private ShownText() {
    }

    /** The whole text, with every character that does not show named. */
    public static String of(String text) {
        return atMost(text, Integer.MAX_VALUE);
    }

    /**
     * The text with every character that does not show named, cut after at most {@code characters}
     * characters as shown (a name counts its length, and is never cut) and then marked "…".
     */
    static String atMost(String text, int characters) {
        StringBuilder shown = new StringBuilder();
        int length = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            String name = nameOf(c);
            int size = name == null ? 1 : name.length();
            if (length + size > characters) {
                return shown.append('…').toString();
            }
            if (name == null) {
                shown.appendCodePoint(c);
            } else {
                shown.append(name);
            }
            length += size;
        }
        return shown.toString();
    }

    /** The bracketed name of a character that does not show, or null for one that does (the ordinary space included). */
    private static String nameOf(int c) {
        String known = NAMES.get(c);
        if (known != null) {
            return known;
        }
        boolean hidden = switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            case Character.SPACE_SEPARATOR -> c != ' ';
            default -> false;
        };
        return hidden ? String.format("[U+%04X]", c) : null;
    }
}
