package cn.vocstat.ingest;

import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.SourceFile;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every entry of a year's returns folder, each either a return to read or an entry that is not
 * one, with the reason: nothing in the folder goes unmentioned. A folder, a FIFO or a device, a
 * link to nothing, a hidden Excel file or a name that is not UTF-8 is a warning (F-FILE-11), so a
 * school whose return sits there is not silently 缺报; an Excel lock file (~$…) or another hidden
 * file is a 提示 (F-FILE-12). A link to a regular file is read as the file.
 */
public final class ReturnsFolder {

    private ReturnsFolder() {
    }

    /**
     * An entry of the folder. {@code skipped} is what the run records for an entry that is no return
     * (no content, the finding that says why); it is empty for a file to read.
     */
    public record Entry(Path path, String name, Optional<ReturnReading> skipped) {

        public boolean isReturn() {
            return skipped.isEmpty();
        }
    }

    /** The entries in name order; a folder that cannot be listed is the caller's failure, not an entry's. */
    public static List<Entry> entries(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                entries.add(entry(path));
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    private static Entry entry(Path path) {
        String name = path.getFileName().toString();
        if (!roundTrips(path)) {
            return skipped(path, name, Rule.ENTRY_SKIPPED, "文件名含有无法识别的字符（不是 UTF-8 编码）", "请把文件改为中文或英文名称后重新放入");
        }
        if (name.startsWith("~$")) {
            return skipped(path, name, Rule.ENTRY_IGNORED, "Excel 或 WPS 打开文件时生成的临时锁文件");
        }
        if (name.startsWith(".")) {
            boolean looksLikeReturn = !name.startsWith("._") && isExcelName(name);
            return looksLikeReturn
                    ? skipped(path, name, Rule.ENTRY_SKIPPED, "隐藏文件（文件名以“.”开头）", "如果这是报表，请去掉文件名开头的“.”后重新放入")
                    : skipped(path, name, Rule.ENTRY_IGNORED, "隐藏文件（文件名以“.”开头）");
        }
        if (Files.isDirectory(path)) {
            return skipped(path, name, Rule.ENTRY_SKIPPED, "是文件夹", "子文件夹中的报表不会读取，请把报表直接放在报表目录下");
        }
        if (Files.isRegularFile(path)) {
            return new Entry(path, name, Optional.empty());
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return skipped(path, name, Rule.ENTRY_SKIPPED, "是指向不存在的文件的链接", "请放入报表文件本身");
        }
        return skipped(path, name, Rule.ENTRY_SKIPPED, "是" + FileKind.of(path).label() + "，不是普通文件", "报表目录中请只放各校的报表文件");
    }

    private static Entry skipped(Path path, String name, Rule rule, String what, String... remedy) {
        SourceFile source = SourceFile.of(path, name, "", 0, modified(path));
        Object[] args = remedy.length == 0 ? new Object[] {new Rule.Wording(what)} : new Object[] {new Rule.Wording(what), new Rule.Wording(remedy[0])};
        return new Entry(path, name, Optional.of(new ReturnReading(source, Optional.empty(), List.of(Finding.of(rule, source, "", args)))));
    }

    /** Whether the name read back as text names the same file: a name in another encoding does not. */
    private static boolean roundTrips(Path path) {
        try {
            return path.getFileSystem().getPath(path.toString()).equals(path) && !path.getFileName().toString().contains("\uFFFD");
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isExcelName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    }

    /** When the entry itself was last changed; a link is not followed, so a dangling one has a time too. */
    private static Instant modified(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime().toInstant();
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }
}
