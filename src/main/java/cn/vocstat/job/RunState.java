package cn.vocstat.job;

import cn.vocstat.reference.ReferenceData;
import cn.vocstat.report.SentenceCatalogue;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of one execution share in memory: the request and the reference data, which the
 * reference step loads on every start. Everything else a step hands on is on disk (the spilled
 * readings) or in the run's rows, so a restart resumes at the step that failed.
 */
final class RunState {

    final RunRequest request;
    final int totalReturns;
    /** The input as the run was fingerprinted on it: what each file read must still be. */
    final InputFiles.Listing listing;
    final Instant started = Instant.now();
    ReferenceData reference;
    SentenceCatalogue sentences;
    /**
     * The findings each file's progress line counted, by rule, keyed by the file: the run's summary
     * names what the later checks (registry, prior year, across schools) added, so the per-file lines
     * and the totals add up. A few bytes a file; empty after a restart that skipped the reading.
     */
    final Map<String, Map<String, Integer>> countedWhenRead = new ConcurrentHashMap<>();

    RunState(RunRequest request, int totalReturns, InputFiles.Listing listing) {
        this.request = request;
        this.totalReturns = totalReturns;
        this.listing = listing;
    }
}
