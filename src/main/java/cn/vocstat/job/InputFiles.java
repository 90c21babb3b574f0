package cn.vocstat.job;

import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.Sha256;
import cn.vocstat.store.FileStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entries a run reads and their fingerprint. The fingerprint identifies the job instance: the
 * same files with the same content (SHA-256, not file times) give the same fingerprint.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Every entry of the returns folder, returns and the rest alike: all of them are reported on. */
    public static List<ReturnsFolder.Entry> returns(RunRequest request) throws IOException {
        Path dir = request.returnsDir();
        return Files.isDirectory(dir) ? ReturnsFolder.entries(dir) : List.of();
    }

    /**
     * The input as a run starts on it: the fingerprint, and the SHA-256 each file had then (by its
     * absolute path), which what is read later must match, or the run would hold one content's
     * figures under another's fingerprint.
     */
    public record Listing(String fingerprint, Map<String, String> sha256ByFile) {

        /** The SHA-256 the file had when the run was fingerprinted, if it was a readable file then. */
        public Optional<String> sha256Of(Path file) {
            return Optional.ofNullable(sha256ByFile.get(key(file)));
        }
    }

    /**
     * SHA-256 over every input file's path and content, plus what else the result depends on. A file
     * that cannot be read counts by its size and time (it is a finding of the run, not its failure);
     * an entry that is no file counts by its name, since it is listed in the outputs. A file's own
     * SHA-256 comes from {@code hashes}, which reads again only the files whose size or time changed.
     */
    public static Listing list(RunRequest request, String dependsAlsoOn, FileStates.Session hashes) {
        StringBuilder inventory = new StringBuilder();
        Map<String, String> sha256ByFile = new HashMap<>();
        Stream.of(request.inputDir().resolve("reference"), request.inputDir().resolve(String.valueOf(request.year())))
                .filter(Files::isDirectory)
                .flatMap(InputFiles::walk)
                .sorted()
                .forEach(path -> {
                    Optional<String> sha256 = sha256(path, hashes);
                    sha256.ifPresent(value -> sha256ByFile.put(key(path), value));
                    inventory.append(request.inputDir().relativize(path)).append('\t').append(sha256.orElseGet(() -> identity(path)))
                            .append('\n');
                });
        return new Listing(Sha256.of(inventory.append(dependsAlsoOn).toString()), Map.copyOf(sha256ByFile));
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> !path.equals(dir)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content's SHA-256 of a file that can be read. */
    private static Optional<String> sha256(Path path, FileStates.Session hashes) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(hashes.sha256(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What stands for an entry without a readable content: a folder, something else, or a file by its size and time. */
    private static String identity(Path path) {
        if (!Files.isRegularFile(path)) {
            return Files.isDirectory(path) ? "folder" : "other";
        }
        try {
            return "unreadable " + Files.size(path) + " " + Files.getLastModifiedTime(path);
        } catch (IOException gone) {
            return "unreadable";
        }
    }
}
