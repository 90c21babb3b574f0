package cn.vocstat.export;

import cn.vocstat.model.OutputFile;
import cn.vocstat.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run's outputs as one set. The run writes them into a staging folder; only when it completes are
 * they published: the staging folder becomes the run's archive {@code history/<run>/} and its files
 * are copied over the published ones under output/<year>/, each replaced atomically, so a failed run
 * leaves the published set as it was. The archive is what the run wrote: an unchanged rerun checks
 * the published files against the run's manifest and copies back from there what is missing or
 * altered. The newest archives are kept, the published run's always.
 */
public final class OutputSet {

    public static final String HISTORY = "history";
    private static final String PARTIAL = ".partial";
    private static final String WORK = ".work";
    /** The suffix of a copy waiting to be renamed into place; one left by a killed publish is removed by the next. */
    private static final String PUBLISHING = ".publishing";
    /** Folders of output/<year>/ whose content is all the runs' own: what no run wrote there is removed. */
    private static final List<String> OWN_FOLDERS = List.of("csv", "反馈");

    private OutputSet() {
    }

    /** Where a run writes its outputs before they are published; each step that writes there replaces what it wrote before. */
    public static OutputLayout staging(Path yearDir, int year, long runId) {
        return new OutputLayout(yearDir.resolve(HISTORY).resolve("." + runId + PARTIAL), year);
    }

    /** Where a run keeps what one step hands to the next on disk (the spilled readings) until it is published. */
    public static Path workDir(Path yearDir, long runId) {
        return yearDir.resolve(HISTORY).resolve("." + runId + WORK);
    }

    /** Empties a folder of the staged set before a step writes it again. */
    public static void clear(Path folder) throws IOException {
        deleteTree(folder);
        Files.createDirectories(folder);
    }

    /** The outputs a run wrote, as it published them. */
    public static OutputLayout archive(Path yearDir, int year, long runId) {
        return new OutputLayout(yearDir.resolve(HISTORY).resolve(String.valueOf(runId)), year);
    }

    /** Path, SHA-256 and size of every file of the set; hidden files (the feedback's keys) are the writer's own. */
    public static List<OutputFile> manifest(Path dir) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path file : tree.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                files.add(new OutputFile(dir.relativize(file).toString().replace('\\', '/'), Sha256.of(file), Files.size(file),
                        Files.getLastModifiedTime(file).toMillis()));
            }
        }
        return files;
    }

    /**
     * Publishes the staged set of a run: it becomes the run's archive, and each of its files that
     * differs from the published one is copied into place; files the previous set had and this one
     * has not are removed. Safe to repeat after a kill: a repeated publish finds the set already archived
     * and installs it from there. What runs before this one left in the history folder unfinished is removed.
     */
    public static void publish(Path yearDir, OutputLayout staged, long runId, List<OutputFile> files, List<OutputFile> previous, int keep)
            throws IOException {
        OutputLayout archive = archive(yearDir, staged.year(), runId);
        if (Files.isDirectory(staged.dir())) {
            deleteTree(archive.dir());
            Files.move(staged.dir(), archive.dir(), StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.isDirectory(archive.dir())) {
            throw new IOException("运行 #" + runId + " 的输出既不在暂存目录 " + staged.dir() + " 也不在存档 " + archive.dir() + " 中");
        }
        install(yearDir, archive.dir(), files, previous);
        prune(yearDir.resolve(HISTORY), runId, keep);
    }

    /**
     * Makes output/<year>/ hold exactly the set a run wrote, taken from its archive (wherever the
     * run published it): each file that differs is copied back, and what the set published before
     * had and this one has not is removed. Nothing is changed when the archive no longer has every
     * file as written; those files are returned.
     */
    public static List<OutputFile> install(Path yearDir, Path archiveDir, List<OutputFile> files, List<OutputFile> previous) throws IOException {
        List<OutputFile> changed = differing(yearDir, files);
        List<OutputFile> lost = new ArrayList<>();
        for (OutputFile file : changed) {
            if (!matches(archiveDir.resolve(file.path()), file)) {
                lost.add(file);
            }
        }
        if (!lost.isEmpty()) {
            return lost;
        }
        copyInto(yearDir, archiveDir, changed);
        Set<String> now = new HashSet<>();
        files.forEach(f -> now.add(f.path()));
        for (OutputFile old : previous) {
            if (!now.contains(old.path())) {
                Files.deleteIfExists(yearDir.resolve(old.path()));
            }
        }
        for (String folder : OWN_FOLDERS) {
            removeAllBut(yearDir, yearDir.resolve(folder), now);
        }
        try (Stream<Path> left = Files.list(yearDir)) {
            for (Path copy : left.filter(p -> p.getFileName().toString().endsWith(PUBLISHING)).toList()) {
                Files.deleteIfExists(copy);
            }
        }
        return List.of();
    }

    /** The files of the set that are missing from output/<year>/ or differ from what the run wrote. */
    public static List<OutputFile> differing(Path yearDir, List<OutputFile> files) throws IOException {
        List<OutputFile> differing = new ArrayList<>();
        for (OutputFile file : files) {
            if (!matches(yearDir.resolve(file.path()), file)) {
                differing.add(file);
            }
        }
        return differing;
    }

    /** The file is as the run wrote it: the same size and time, else (a copy that lost its time) the same content. */
    private static boolean matches(Path file, OutputFile expected) throws IOException {
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

    /**
     * Copies the files in two phases: every one beside its target under a temporary name first, then
     * all renamed into place. A failure while copying (a full disk, a path in the way) removes the
     * copies and changes nothing published; the renames are atomic and quick.
     */
    private static void copyInto(Path yearDir, Path from, List<OutputFile> files) throws IOException {
        Map<Path, Path> copies = new LinkedHashMap<>();
        try {
            for (OutputFile file : files) {
                Path target = yearDir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Path copy = target.resolveSibling("." + target.getFileName() + PUBLISHING);
                copies.put(copy, target);
                Files.copy(from.resolve(file.path()), copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException | RuntimeException e) {
            for (Path copy : copies.keySet()) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException left) {
                    e.addSuppressed(left);
                }
            }
            throw e;
        }
        for (Map.Entry<Path, Path> copy : copies.entrySet()) {
            Files.move(copy.getKey(), copy.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void removeAllBut(Path yearDir, Path folder, Set<String> kept) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!kept.contains(yearDir.relativize(file).toString().replace('\\', '/'))) {
                    deleteTree(file);
                }
            }
        }
    }

    private static void prune(Path history, long current, int keep) throws IOException {
        List<Path> runs;
        try (Stream<Path> entries = Files.list(history)) {
            runs = entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Long.parseLong(p.getFileName().toString()) != current)
                    .sorted(Comparator.comparingLong((Path p) -> Long.parseLong(p.getFileName().toString())).reversed())
                    .toList();
        }
        for (Path old : runs.subList(Math.min(Math.max(keep - 1, 0), runs.size()), runs.size())) {
            deleteTree(old);
        }
        try (Stream<Path> entries = Files.list(history)) {
            for (Path unfinished : entries.filter(p -> isUnfinishedBefore(p.getFileName().toString(), current)).toList()) {
                deleteTree(unfinished);
            }
        }
    }

    /** The staging or work folder of an earlier run that never published: its input changed since, so it will not be resumed. */
    private static boolean isUnfinishedBefore(String name, long current) {
        for (String suffix : List.of(PARTIAL, WORK)) {
            if (name.startsWith(".") && name.endsWith(suffix)) {
                String id = name.substring(1, name.length() - suffix.length());
                return id.matches("\\d{1,18}") && Long.parseLong(id) < current;
            }
        }
        return false;
    }

    /** A file of an earlier set in this one: a hard link where the file system has them (no space, no time), else a copy. */
    static void linkOrCopy(Path existing, Path link) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createLink(link, existing);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, link, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
