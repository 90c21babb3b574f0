package cn.vocstat.store;

import java.time.Instant;

/** A return version accepted in some run, with its content as received. */
public record StoredVersion(String fileName, String sha256, Instant receivedAt, long acceptedRunId, byte[] content) {
}
