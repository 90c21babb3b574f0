package cn.vocstat.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the outputs of earlier runs in {@code output/<year>/history/<run>/}: before a run replaces
 * the analyst workbook and CSV files, the set the previous run wrote is copied there. A marker file
 * says which run wrote the current set; the newest {@code keep} sets are kept.
 */
public final class OutputHistory {

    public static final String HISTORY = "history";
    private static final String MARKER = ".run";
    /** Folders that are not part of a run's output set: the history itself, logs and the schools' feedback. */
    private static final Set<String> NOT_KEPT = Set.of(HISTORY, "logs", "反馈");

    private OutputHistory() {
    }

    /** Copies the current output set to history when another run wrote it; prunes to the newest {@code keep}. */
    public static void preserve(Path yearDir, long runId, int keep) throws IOException {
        Optional<Long> writer = writtenBy(yearDir);
        if (writer.isEmpty() || writer.get() == runId) {
            return;
        }
        Path target = yearDir.resolve(HISTORY).resolve(String.valueOf(writer.get()));
        if (Files.exists(target)) {
            return; // kept by an earlier attempt of this run, before it replaced anything
        }
        Path partial = yearDir.resolve(HISTORY).resolve("." + writer.get() + ".partial");
        deleteTree(partial);
        try (Stream<Path> entries = Files.list(yearDir)) {
            for (Path entry : entries.filter(OutputHistory::isOutput).toList()) {
                copy(entry, partial.resolve(entry.getFileName().toString()));
            }
        }
        Files.createDirectories(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        prune(yearDir.resolve(HISTORY), keep);
    }

    /** Records that the current output set is this run's. */
    public static void markWrittenBy(Path yearDir, long runId) throws IOException {
        AtomicFiles.write(yearDir.resolve(MARKER), out -> out.write(String.valueOf(runId).getBytes(StandardCharsets.UTF_8)));
    }

    public static Optional<Long> writtenBy(Path yearDir) throws IOException {
        Path marker = yearDir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8).trim();
        return text.matches("\\d+") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    private static boolean isOutput(Path entry) {
        String name = entry.getFileName().toString();
        return !name.startsWith(".") && !NOT_KEPT.contains(name);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> children = Files.list(from)) {
                for (Path child : children.filter(OutputHistory::isOutput).toList()) {
                    copy(child, to.resolve(child.getFileName().toString()));
                }
            }
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void prune(Path history, int keep) throws IOException {
        List<Path> runs;
        try (Stream<Path> entries = Files.list(history)) {
            runs = entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingLong((Path p) -> Long.parseLong(p.getFileName().toString())).reversed())
                    .toList();
        }
        for (Path old : runs.subList(Math.min(keep, runs.size()), runs.size())) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
