package cn.vocstat.store;

import java.time.Instant;

/** The summary row of a stored run. */
public record StoredRun(long runId, int year, String fingerprint, Instant storedAt, int received, int accepted,
                        int rejected, int expected, int missing, int errors, int warnings) {
}
