package cn.vocstat.model;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;

/** A file as received: what every figure is traced back to. The location is kept as text so that a reading can be cached. */
public record SourceFile(String location, String name, String sha256, long sizeBytes, Instant receivedAt) implements Serializable {

    public static SourceFile of(Path file, String name, String sha256, long sizeBytes, Instant receivedAt) {
        return new SourceFile(file.toString(), name, sha256, sizeBytes, receivedAt);
    }

    public Path path() {
        return Path.of(location);
    }

    /** The file as findings name it: its name and its content, so two versions under one name are two files. */
    public String key() {
        return key(name, sha256);
    }

    public static String key(String name, String sha256) {
        return name + "|" + sha256;
    }
}
