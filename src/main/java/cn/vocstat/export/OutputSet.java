package cn.vocstat.export;

import cn.vocstat.model.OutputFile;
import cn.vocstat.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run's outputs as one set. The run writes them into a staging folder; only when it completes are
 * they published: the staging folder becomes the run's archive {@code history/<run>/}, and its files
 * become the set readers see under output/<year>/, all at once ({@link PublishedSet}), so a failed
 * run leaves the published set as it was. The archive is what the run wrote: an unchanged rerun
 * checks the published files against the run's manifest and copies back from there what is missing
 * or altered. The newest archives are kept, the published run's always.
 */
public final class OutputSet {

    public static final String HISTORY = "history";
    private static final String PARTIAL = ".partial";
    private static final String WORK = ".work";

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

    /** Path, SHA-256, size and time of one file of a set, by its path there. */
    public static OutputFile describe(Path dir, String path) throws IOException {
        Path file = dir.resolve(path);
        return new OutputFile(path, Sha256.of(file), Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * Path, SHA-256, size and time of every file of the set; hidden files (the feedback's keys) are
     * the writer's own. A file written again with the content it had in the {@code previous} set
     * keeps that set's time: its readers see it unchanged, and publishing links it instead of copying.
     */
    public static List<OutputFile> manifest(Path dir, List<OutputFile> previous) throws IOException {
        Map<String, OutputFile> before = new HashMap<>();
        previous.forEach(f -> before.put(f.path(), f));
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path file : tree.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                OutputFile written = new OutputFile(dir.relativize(file).toString().replace('\\', '/'), Sha256.of(file), Files.size(file),
                        Files.getLastModifiedTime(file).toMillis());
                OutputFile earlier = before.get(written.path());
                if (earlier != null && earlier.sha256().equals(written.sha256()) && earlier.modifiedMs() != written.modifiedMs()) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(earlier.modifiedMs()));
                    written = earlier;
                }
                files.add(written);
            }
        }
        return files;
    }

    /**
     * Publishes the staged set of a run: it becomes the run's archive, and the archive's files become
     * the set in force under output/<year>/, switched whole (see {@link PublishedSet}). Safe to repeat
     * after a kill: a repeated publish finds the set already archived and installs it from there.
     * What runs before this one left in the history folder unfinished is removed.
     */
    public static PublishedSet.Outcome publish(Path yearDir, OutputLayout staged, long runId, List<OutputFile> files,
                                               Optional<PublishedSet.Published> previous, int keep, PublishedSet.Steps steps) throws IOException {
        OutputLayout archive = archive(yearDir, staged.year(), runId);
        if (Files.isDirectory(staged.dir())) {
            steps.before("存档运行 #" + runId);
            deleteTree(archive.dir());
            Files.move(staged.dir(), archive.dir(), StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.isDirectory(archive.dir())) {
            throw new IOException("运行 #" + runId + " 的输出既不在暂存目录 " + staged.dir() + " 也不在存档 " + archive.dir() + " 中");
        }
        PublishedSet set = new PublishedSet(yearDir, steps);
        List<OutputFile> lost = set.install(archive.dir(), runId, files, previous);
        if (!lost.isEmpty()) {
            throw new IOException("运行 #" + runId + " 的存档 " + archive.dir() + " 与其输出清单不符（" + lost.get(0).path() + " 等 " + lost.size() + " 个文件）");
        }
        prune(yearDir.resolve(HISTORY), runId, keep);
        return set.outcome();
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

    /** A file of an earlier set in this one (its folder made): a hard link where the file system has them (no space, no time), else a copy. */
    static void linkOrCopy(Path existing, Path link) throws IOException {
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
