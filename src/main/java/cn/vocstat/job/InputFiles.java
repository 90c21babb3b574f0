package cn.vocstat.job;

import cn.vocstat.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a run reads and their fingerprint. The fingerprint identifies the job instance: the
 * same files with the same content (SHA-256, not file times) give the same fingerprint.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Every file in the returns folder except Excel's lock files (~$…) and hidden files: all of them are reported on. */
    public static List<Path> returns(RunRequest request) {
        Path dir = request.returnsDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every input file's path and content, plus what else the result depends on. */
    public static String fingerprint(RunRequest request, String dependsAlsoOn) {
        StringBuilder inventory = new StringBuilder();
        Stream.of(request.inputDir().resolve("reference"), request.inputDir().resolve(String.valueOf(request.year())))
                .filter(Files::isDirectory)
                .flatMap(InputFiles::walk)
                .sorted()
                .forEach(file -> inventory.append(request.inputDir().relativize(file)).append('\t').append(checksum(file)).append('\n'));
        return Sha256.of(inventory.append(dependsAlsoOn).toString());
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("~$")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
