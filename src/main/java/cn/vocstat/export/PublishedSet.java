package cn.vocstat.export;

import cn.vocstat.model.OutputFile;
import cn.vocstat.model.Sha256;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The set of outputs readers see under output/<year>/, switched whole. Each published run's files
 * are a folder of their own, {@code .published/<run>/} (copies of its archive, or links to the
 * previous set's identical files), and {@code .published/current} is a symbolic link to the one
 * in force. The names readers open (质量年报数据-2025.xlsx, csv/, 反馈/, …) are links through
 * {@code current}: replacing that one link (a rename, atomic) switches every name at once, so a
 * reader sees the old set or the new one, never a mix, and a process killed at any moment leaves
 * one whole set in force. What a person left at a published name, or changed in the set in force,
 * is moved aside before it would be replaced, never deleted: a file at the top of output/<year>/
 * (the drafted sections, the analyst workbook) beside its name, named for the time it was edited
 * ({@code 质量年报数据章节-2025（已编辑 2026-12-04 10.15）.docx}), where the person who edited it looks;
 * a file inside a folder (反馈/, csv/) into {@value #KEPT}/<time>/ under its own path.
 */
public final class PublishedSet {

    /** Where the published sets are, inside output/<year>/. */
    public static final String FOLDER = ".published";
    /** The link to the set in force. */
    static final String CURRENT = "current";
    /** Where files found changed by hand in the published outputs are kept, inside output/<year>/. */
    public static final String KEPT = "已保留的改动";
    private static final String PARTIAL = ".partial";
    private static final String NEW_LINK = ".link";
    private static final DateTimeFormatter KEPT_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");
    private static final Pattern KEPT_BESIDE = Pattern.compile(".*（已编辑 \\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}(，\\d+)?）[^（）]*");

    /** What publishing did that the operator should hear of: the files a person changed or put there, and where each is kept. */
    public record Outcome(List<Kept> kept) {
    }

    /** A file a person changed or put among the published outputs ({@code path} in the set), moved to {@code keptAt}. */
    public record Kept(String path, Path keptAt) {
    }

    /** The run whose set is published here, and its files as the run wrote them. */
    public record Published(long runId, List<OutputFile> files) {
    }

    /** Told before each change publishing makes on disk, so a test can stop it anywhere as a kill would. */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = what -> { };

        void before(String what) throws IOException;
    }

    private final Path yearDir;
    private final Path sets;
    private final Steps steps;
    private final List<Kept> keptAside = new ArrayList<>();
    private Path keptFolder;

    public PublishedSet(Path yearDir, Steps steps) {
        this.yearDir = yearDir;
        this.sets = yearDir.resolve(FOLDER);
        this.steps = steps;
    }

    /** The run whose set is in force here, if any. */
    public OptionalLong current() throws IOException {
        Path link = sets.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return OptionalLong.empty();
        }
        String target = Files.readSymbolicLink(link).toString();
        return target.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(target)) : OptionalLong.empty();
    }

    /**
     * Makes the run's files the set in force: builds its folder (unless a whole one is there from an
     * interrupted publish), puts a link at every name of the set, switches {@code current} to it, and
     * removes the links of names the set no longer has. The files come from {@code archive} (the
     * run's own outputs), or are linked from the previous set where identical. Nothing is changed,
     * and the files the archive lacks are returned, when the archive no longer has every file as written.
     */
    public List<OutputFile> install(Path archive, long runId, List<OutputFile> files, Optional<Published> previous) throws IOException {
        Path set = sets.resolve(String.valueOf(runId));
        if (!whole(set, files)) {
            List<OutputFile> lost = new ArrayList<>();
            for (OutputFile file : files) {
                if (!matches(archive.resolve(file.path()), file)) {
                    lost.add(file);
                }
            }
            if (!lost.isEmpty()) {
                return lost;
            }
            build(set, archive, runId, files, previous);
        }
        if (current().isEmpty()) {
            // the first set of a folder (a new one, or one of the layout before sets): in force at once, so that
            // each name, as its link replaces what stood there, shows the new set and never nothing
            switchTo(runId);
        }
        Set<String> names = names(files);
        for (String name : names) {
            link(name, previous);
        }
        switchTo(runId);
        removeNamesBut(names, previous);
        if (previous.isPresent() && previous.get().runId() != runId) {
            keepChanges(sets.resolve(String.valueOf(previous.get().runId())), previous.get().files());
        }
        removeSetsBut(runId, previous.map(Published::runId));
        return List.of();
    }

    /**
     * Puts the files of the set in force that differ from what the run wrote back as written, from
     * the run's archive, one by one (each replaced whole); a changed one is kept aside first. Returns
     * those put back; nothing is changed, and the files the archive lacks are returned instead, when
     * the archive no longer has them as written.
     */
    public Repair repair(Path archive, long runId, List<OutputFile> files) throws IOException {
        Path set = sets.resolve(String.valueOf(runId));
        List<OutputFile> differing = new ArrayList<>();
        for (OutputFile file : files) {
            if (!matches(set.resolve(file.path()), file)) {
                differing.add(file);
            }
        }
        List<OutputFile> lost = differing.stream().filter(f -> !matchesQuietly(archive.resolve(f.path()), f)).toList();
        if (!lost.isEmpty()) {
            return new Repair(List.of(), List.of(), lost);
        }
        for (OutputFile file : differing) {
            Path target = set.resolve(file.path());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                keepAside(target, file.path());
            }
            copyWhole(archive.resolve(file.path()), target);
        }
        List<String> relinked = new ArrayList<>();
        for (String name : names(files)) {
            if (link(name, Optional.empty())) {
                relinked.add(name);
            }
        }
        return new Repair(differing, relinked, List.of());
    }

    /** What {@link #repair} put back (files, and names whose link was gone), or what it could not because the archive lacks it. */
    public record Repair(List<OutputFile> restored, List<String> relinked, List<OutputFile> lost) {
    }

    /** Whether the run's set is in force here with every file as the run wrote it and every name linked. */
    public boolean isInForce(long runId, List<OutputFile> files) throws IOException {
        if (current().orElse(-1) != runId || !whole(sets.resolve(String.valueOf(runId)), files)) {
            return false;
        }
        for (String name : names(files)) {
            Path at = yearDir.resolve(name);
            if (!Files.isSymbolicLink(at) || !Files.readSymbolicLink(at).equals(linkTarget(name))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the run's set is the one in force here (its files as they may be). */
    public boolean isCurrent(long runId) throws IOException {
        return current().orElse(-1) == runId;
    }

    /** The files a person changed, kept aside by this publishing. */
    public Outcome outcome() {
        return new Outcome(List.copyOf(keptAside));
    }

    /**
     * Puts a file the run wrote again (its drafted sections, redrafted) into the set in force: the
     * file there is kept aside first unless it is still as the run wrote it before ({@code before},
     * null when the run had not written it), then replaced whole by the archive's new one
     * ({@code after}), and its name linked.
     */
    public void replace(Path archive, long runId, OutputFile before, OutputFile after) throws IOException {
        Path target = sets.resolve(String.valueOf(runId)).resolve(after.path());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (before == null || !matches(target, before))) {
            keepAside(target, after.path());
        }
        copyWhole(archive.resolve(after.path()), target);
        link(after.path().split("/", 2)[0], Optional.empty());
    }

    private void build(Path set, Path archive, long runId, List<OutputFile> files, Optional<Published> previous) throws IOException {
        Path partial = sets.resolve("." + runId + PARTIAL);
        OutputSet.deleteTree(partial);
        Map<String, OutputFile> before = new HashMap<>();
        previous.ifPresent(p -> p.files().forEach(f -> before.put(f.path(), f)));
        Set<Path> folders = new HashSet<>();
        for (OutputFile file : files) {
            Path target = partial.resolve(file.path());
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            OutputFile earlier = before.get(file.path());
            Path earlierCopy = earlier == null ? null : sets.resolve(String.valueOf(previous.get().runId())).resolve(file.path());
            steps.before("复制 " + file.path());
            if (file.equals(earlier) && matchesQuietly(earlierCopy, earlier)) {
                OutputSet.linkOrCopy(earlierCopy, target);
            } else {
                Files.copy(archive.resolve(file.path()), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        steps.before("完成运行 #" + runId + " 的输出集");
        keepChanges(set, files);
        OutputSet.deleteTree(set);
        Files.createDirectories(sets);
        Files.move(partial, set, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Puts the link for a name of the set at output/<year>/<name>, unless it is there; what else stood
     * there is kept aside, unless it was what the previous set published. Whether a link was made.
     */
    private boolean link(String name, Optional<Published> previous) throws IOException {
        Path at = yearDir.resolve(name);
        Path target = linkTarget(name);
        if (Files.isSymbolicLink(at) && Files.readSymbolicLink(at).equals(target)) {
            return false;
        }
        steps.before("链接 " + name);
        if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(at)) {
            keepUnpublished(at, previous);
        }
        Path fresh = yearDir.resolve("." + name + NEW_LINK);
        symlink(fresh, target);
        Files.move(fresh, at, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** A new link at {@code at} (replacing a leftover of an interrupted publish), or the reason the output folder cannot have one. */
    private void symlink(Path at, Path target) throws IOException {
        Files.deleteIfExists(at);
        try {
            Files.createSymbolicLink(at, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            String reason = e instanceof FileSystemException failure ? String.valueOf(failure.getReason()) : "not supported";
            if (!reason.contains("not supported") && !reason.contains("not permitted")) {
                throw e;
            }
            throw new IOException("输出目录 " + yearDir + " 所在的文件系统不支持符号链接，无法整体切换发布的输出：请把 --output 指向本机磁盘上的目录", e);
        }
    }

    private void switchTo(long runId) throws IOException {
        if (current().orElse(-1) == runId) {
            return;
        }
        steps.before("切换到运行 #" + runId);
        Path fresh = sets.resolve("." + CURRENT + NEW_LINK);
        Files.createDirectories(sets);
        symlink(fresh, Path.of(String.valueOf(runId)));
        Files.move(fresh, sets.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Removes the links of published names that are not among {@code names}, and what the previous
     * set published under such a name in the layout before sets (anything a person changed there kept
     * aside); nothing else at the top of output/<year>/ is touched.
     */
    private void removeNamesBut(Set<String> names, Optional<Published> previous) throws IOException {
        Set<String> publishedBefore = previous.map(p -> names(p.files())).orElse(Set.of());
        try (Stream<Path> entries = Files.list(yearDir)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (names.contains(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(entry) && Files.readSymbolicLink(entry).equals(linkTarget(name))) {
                    steps.before("移除链接 " + name);
                    Files.delete(entry);
                } else if (publishedBefore.contains(name) && !Files.isSymbolicLink(entry)) {
                    steps.before("移除旧的输出 " + name);
                    keepUnpublished(entry, previous);
                }
            }
        }
    }

    /** Keeps the set in force and the one before it (a reader may still be in it); removes the others and what an interrupted publish left. */
    private void removeSetsBut(long runId, Optional<Long> previous) throws IOException {
        try (Stream<Path> entries = Files.list(sets)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean kept = name.equals(CURRENT) || name.equals(String.valueOf(runId)) || previous.map(p -> name.equals(String.valueOf(p))).orElse(false);
                if (!kept) {
                    steps.before("删除旧输出集 " + name);
                    OutputSet.deleteTree(entry);
                }
            }
        }
    }

    /** A whole set: every file of the run as written. */
    private static boolean whole(Path set, List<OutputFile> files) throws IOException {
        if (!Files.isDirectory(set)) {
            return false;
        }
        for (OutputFile file : files) {
            if (!matches(set.resolve(file.path()), file)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What stood at a published name though it was no link of ours (a file of the layout before sets,
     * or one a person put there): the files that are not what the previous set published are kept
     * aside, then the entry is removed.
     */
    private void keepUnpublished(Path at, Optional<Published> previous) throws IOException {
        Map<String, OutputFile> published = new HashMap<>();
        previous.ifPresent(p -> p.files().forEach(f -> published.put(f.path(), f)));
        List<Path> files;
        try (Stream<Path> tree = Files.walk(at)) {
            files = tree.filter(Files::isRegularFile).filter(f -> !isOwnOrLock(f.getFileName().toString())).toList();
        }
        for (Path file : files) {
            String path = yearDir.relativize(file).toString().replace('\\', '/');
            OutputFile expected = published.get(path);
            if (expected == null || !matches(file, expected)) {
                keepAside(file, path);
            }
        }
        OutputSet.deleteTree(at);
    }

    /**
     * Moves aside what a person added to a set or changed in it (a file that is not as its run wrote
     * it), before the set is removed or rebuilt. Office's lock files of an open workbook are left.
     */
    private void keepChanges(Path set, List<OutputFile> files) throws IOException {
        if (!Files.isDirectory(set)) {
            return;
        }
        Map<String, OutputFile> written = new HashMap<>();
        files.forEach(f -> written.put(f.path(), f));
        List<Path> present;
        try (Stream<Path> tree = Files.walk(set)) {
            present = tree.filter(Files::isRegularFile).filter(f -> !isOwnOrLock(f.getFileName().toString())).toList();
        }
        for (Path file : present) {
            String path = set.relativize(file).toString().replace('\\', '/');
            OutputFile expected = written.get(path);
            if (expected == null || !matches(file, expected)) {
                keepAside(file, path);
            }
        }
    }

    /** Hidden files (ours, and LibreOffice's locks) and Office's lock files (~$name) are no one's work. */
    private static boolean isOwnOrLock(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** The file copied in whole: a reader sees the old file or the new one, never part of it. */
    private static void copyWhole(Path from, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path copy = target.resolveSibling("." + target.getFileName() + PARTIAL);
        Files.copy(from, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves a file a person changed or put there aside: never one kept file over another. */
    private void keepAside(Path file, String path) throws IOException {
        Path kept = path.contains("/") ? inKeptFolder(path) : besideItsName(file, path);
        Files.createDirectories(kept.getParent());
        Files.move(file, kept);
        keptAside.add(new Kept(path, kept));
    }

    /** Whether a name at the top of output/<year>/ is a file kept beside its name ({@link #besideItsName}), not a published one. */
    public static boolean isKeptBeside(String name) {
        return KEPT_BESIDE.matcher(name).matches();
    }

    /** A file at the top of output/<year>/, kept beside its name: 质量年报数据章节-2025（已编辑 2026-12-04 10.15）.docx. */
    private Path besideItsName(Path file, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String edited = "（已编辑 " + LocalDateTime.ofInstant(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant(),
                ZoneId.systemDefault()).format(EDITED);
        Path kept = yearDir.resolve(stem + edited + "）" + extension);
        for (int n = 2; Files.exists(kept, LinkOption.NOFOLLOW_LINKS); n++) {
            kept = yearDir.resolve(stem + edited + "，" + n + "）" + extension);
        }
        return kept;
    }

    /** A file inside a folder of the set, kept under its path in this publishing's own folder of kept files. */
    private Path inKeptFolder(String path) {
        if (keptFolder == null) {
            String stamp = LocalDateTime.now().format(KEPT_FOLDER);
            Path folder = yearDir.resolve(KEPT).resolve(stamp);
            for (int n = 2; Files.exists(folder, LinkOption.NOFOLLOW_LINKS); n++) {
                folder = yearDir.resolve(KEPT).resolve(stamp + "-" + n);
            }
            keptFolder = folder;
        }
        return keptFolder.resolve(path);
    }

    private static Path linkTarget(String name) {
        return Path.of(FOLDER, CURRENT, name);
    }

    private static Set<String> names(List<OutputFile> files) {
        Set<String> names = new LinkedHashSet<>();
        files.forEach(f -> names.add(f.path().split("/", 2)[0]));
        return names;
    }

    /** The file is as the run wrote it: the same size and time, else (a copy that lost its time) the same content. */
    static boolean matches(Path file, OutputFile expected) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != expected.sizeBytes()) {
            return false;
        }
        return attributes.lastModifiedTime().toMillis() == expected.modifiedMs() || Sha256.of(file).equals(expected.sha256());
    }

    private static boolean matchesQuietly(Path file, OutputFile expected) {
        try {
            return matches(file, expected);
        } catch (IOException e) {
            return false;
        }
    }
}
