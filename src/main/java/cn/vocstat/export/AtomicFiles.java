package cn.vocstat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its target and moves it into place, so a reader never sees half a file. A
 * target that is a link (a published name) is written where the link leads, and stays a link.
 */
public final class AtomicFiles {

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path named, Content content) throws IOException {
        Path target = Files.isSymbolicLink(named) && Files.exists(named) ? named.toRealPath() : named;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
