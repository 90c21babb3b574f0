package cn.vocstat.job;

import cn.vocstat.export.OutputLayout;
import cn.vocstat.export.ReportData;
import cn.vocstat.model.OutputFile;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reference.ReferenceData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the steps of one execution hand to each other. It lives in memory only: every step of the
 * job is re-run on restart ({@code allowStartIfComplete}), so a restart rebuilds it from the files.
 */
final class RunState {

    final RunRequest request;
    final int totalReturns;
    final Instant started = Instant.now();
    ReferenceData reference;
    final List<ReturnReading> readings = Collections.synchronizedList(new ArrayList<>());
    ReportData report;
    /** Where this run writes its outputs until they are published. */
    OutputLayout staged;
    /** What this run wrote, as stored with its rows. */
    List<OutputFile> manifest;

    RunState(RunRequest request, int totalReturns) {
        this.request = request;
        this.totalReturns = totalReturns;
    }
}
