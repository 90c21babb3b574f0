package cn.vocstat.model;

import java.nio.file.Path;
import java.time.Instant;

/** A file as received: what every figure is traced back to. */
public record SourceFile(Path path, String name, String sha256, long sizeBytes, Instant receivedAt) {
}
