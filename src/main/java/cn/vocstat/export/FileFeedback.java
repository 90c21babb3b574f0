package cn.vocstat.export;

import cn.vocstat.model.SourceFile;
import cn.vocstat.reconcile.ReturnOutcome;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Finding;
import java.util.List;

/**
 * What one received file's feedback says: the file, its school (code and name, empty when unknown),
 * what became of it, whether it read as a return, and its findings.
 */
public record FileFeedback(SourceFile source, String schoolCode, String schoolName, ReturnStatus status, boolean readAsReturn,
                           List<Finding> findings) {

    public FileFeedback {
        findings = List.copyOf(findings);
    }

    /** The feedback of a file reconciled in memory, with those of the findings that are about it. */
    public static FileFeedback of(ReturnOutcome outcome, List<Finding> findings) {
        SourceFile file = outcome.reading().source();
        String name = outcome.school().map(RegisteredSchool::name)
                .orElse(outcome.reading().content().map(content -> content.schoolName() == null ? "" : content.schoolName()).orElse(""));
        return new FileFeedback(file, outcome.reading().schoolCode(), name, outcome.status(), outcome.reading().content().isPresent(),
                findings.stream().filter(f -> f.isAbout(file)).toList());
    }

    /** Whether the file was received in this run: a version carried over was not, and an entry that is no return is only listed. */
    boolean received() {
        return status != ReturnStatus.CARRIED_OVER && status != ReturnStatus.SKIPPED;
    }
}
