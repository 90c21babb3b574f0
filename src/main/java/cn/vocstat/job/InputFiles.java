package cn.vocstat.job;

import cn.vocstat.ingest.ReturnsFolder;
import cn.vocstat.model.Sha256;
import cn.vocstat.store.FileStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * SHA-256 over every input file's path and content, plus what else the result depends on. A file
     * that cannot be read counts by its size and time (it is a finding of the run, not its failure);
     * an entry that is no file counts by its name, since it is listed in the outputs. A file's own
     * SHA-256 comes from {@code hashes}, which reads again only the files whose size or time changed.
     */
    public static String fingerprint(RunRequest request, String dependsAlsoOn, FileStates.Session hashes) {
        StringBuilder inventory = new StringBuilder();
        Stream.of(request.inputDir().resolve("reference"), request.inputDir().resolve(String.valueOf(request.year())))
                .filter(Files::isDirectory)
                .flatMap(InputFiles::walk)
                .sorted()
                .forEach(path -> inventory.append(request.inputDir().relativize(path)).append('\t').append(identity(path, hashes)).append('\n'));
        return Sha256.of(inventory.append(dependsAlsoOn).toString());
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> !path.equals(dir)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String identity(Path path, FileStates.Session hashes) {
        if (!Files.isRegularFile(path)) {
            return Files.isDirectory(path) ? "folder" : "other";
        }
        try {
            return hashes.sha256(path);
        } catch (IOException e) {
            try {
                return "unreadable " + Files.size(path) + " " + Files.getLastModifiedTime(path);
            } catch (IOException gone) {
                return "unreadable";
            }
        }
    }
}
