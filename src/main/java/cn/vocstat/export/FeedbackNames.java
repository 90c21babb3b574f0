package cn.vocstat.export;

import cn.vocstat.model.Sha256;
import cn.vocstat.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base name of each file's feedback: the school code and the received file's name without its
 * extension, made safe for any file system. A school may name its file anything: characters that a
 * file system refuses become {@code _}, a name too long is shortened and gets a short hash of the
 * whole name, and two files that would share a base name (x.xls and x.xlsx) each get a hash of their own.
 */
final class FeedbackNames {

    /** Bytes of the base name; the longest suffix added (".", "_审核反馈.xlsx", ".tmp") stays within 255. */
    static final int MAX_BASE_BYTES = 180;
    private static final int HASH_CHARS = 8;

    private FeedbackNames() {
    }

    /** Base names of the files, unique among them, keyed by {@link SourceFile#key()} (name and checksum). */
    static Map<String, String> of(List<FileFeedback> files) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> fileNames = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (FileFeedback file : files) {
            String base = base(file.source().name(), file.schoolCode());
            names.put(file.source().key(), base);
            fileNames.put(file.source().key(), file.source().name());
            uses.merge(base, 1, Integer::sum);
        }
        names.replaceAll((key, base) -> uses.get(base) > 1 ? shorten(base, MAX_BASE_BYTES - HASH_CHARS - 1) + "_" + hash(fileNames.get(key)) : base);
        return names;
    }

    static String base(String fileName, String schoolCode) {
        String stem = fileName.contains(".") && fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String code = schoolCode == null ? "" : schoolCode;
        String name = safe((code.isEmpty() || stem.startsWith(code) ? "" : code + "_") + stem);
        return utf8Length(name) <= MAX_BASE_BYTES ? name : shorten(name, MAX_BASE_BYTES - HASH_CHARS - 1) + "_" + hash(fileName);
    }

    /** Characters no file system takes, control characters and a leading dot (a hidden file) become _. */
    private static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7F || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String text = out.toString().strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.startsWith(".")) {
            text = "_" + text.substring(1);
        }
        return text.isEmpty() ? "_" : text;
    }

    /** The longest prefix within the byte budget that does not split a character. */
    private static String shorten(String text, int maxBytes) {
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String text) {
        return Sha256.of(text).substring(0, HASH_CHARS);
    }
}
