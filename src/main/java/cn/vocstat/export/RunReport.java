package cn.vocstat.export;

import cn.vocstat.reference.ReferenceData;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.RunRows;
import cn.vocstat.store.StoredRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the output tables are made of: a run's stored rows (read back a page at a time) and summary,
 * when it started, the reference data, where the run read the returns, and the previous published
 * run of the year (empty for the first) that the change report compares with.
 */
public record RunReport(StoredRun run, Instant started, ReferenceData reference, Path returnsDir, RunRows rows, RunChanges changes,
                        Optional<StoredRun> previous) {

    public long runId() {
        return run.runId();
    }

    public int year() {
        return run.year();
    }

    public Optional<Long> previousRunId() {
        return previous.map(StoredRun::runId);
    }

    /** What heads every printed page of the run's workbooks. */
    String title(String what) {
        return what + "（" + year() + " 年度，运行 #" + runId() + "）";
    }

    /** The registry's name of the school, else the name given. */
    String schoolName(String code, String otherwise) {
        return code == null || code.isEmpty() ? otherwise
                : reference.registry().byCode(code).map(RegisteredSchool::name).orElse(otherwise);
    }
}
