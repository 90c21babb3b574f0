package cn.vocstat.export;

import cn.vocstat.reference.ReferenceData;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.store.RunChanges;
import cn.vocstat.store.RunRows;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the output tables are made of: a run's stored rows (read back a page at a time), the
 * reference data, where the run read the returns, and the previous published run of the year
 * (empty for the first) that the change report compares with.
 */
public record RunReport(long runId, int year, ReferenceData reference, Path returnsDir, RunRows rows, RunChanges changes,
                        Optional<Long> previousRunId) {

    /** The registry's name of the school, else the name given. */
    String schoolName(String code, String otherwise) {
        return code == null || code.isEmpty() ? otherwise
                : reference.registry().byCode(code).map(RegisteredSchool::name).orElse(otherwise);
    }
}
