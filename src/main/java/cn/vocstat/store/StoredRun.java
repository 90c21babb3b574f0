package cn.vocstat.store;

import java.time.Instant;

/** The summary row of a stored run; {@code publishedAt} is null until its outputs are in place. */
public record StoredRun(long runId, int year, String fingerprint, Instant storedAt, int received, int accepted,
                        int rejected, int expected, int missing, int errors, int warnings, String outputDir, Instant publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
