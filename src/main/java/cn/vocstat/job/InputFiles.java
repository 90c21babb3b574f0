package cn.vocstat.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        MessageDigest digest = sha256();
        Stream.of(request.inputDir().resolve("reference"), request.inputDir().resolve(String.valueOf(request.year())))
                .filter(Files::isDirectory)
                .flatMap(InputFiles::walk)
                .sorted()
                .forEach(file -> {
                    digest.update(request.inputDir().relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(fileHash(file));
                });
        digest.update(dependsAlsoOn.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("~$")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fileHash(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
