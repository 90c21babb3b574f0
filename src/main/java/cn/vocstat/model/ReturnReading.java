package cn.vocstat.model;

import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A received file, what could be read from it (nothing when the file itself is unusable) and the
 * findings so far, at most {@link Finding#MAX_PER_RULE} of a rule, whichever stage added them: the
 * cost of every later stage (the checks, the store, the feedback, the console) is bounded by it.
 */
public record ReturnReading(SourceFile source, Optional<SchoolReturn> content, List<Finding> findings) {

    public ReturnReading {
        findings = List.copyOf(Finding.capped(findings));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public ReturnReading withFindings(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new ReturnReading(source, content, all);
    }

    /** The same reading, traced to another file with the same bytes: a renamed or re-sent file. */
    public ReturnReading withSource(SourceFile file) {
        return new ReturnReading(file, content.map(c -> c.withSource(file)), findings.stream().map(f -> f.inFile(file)).toList());
    }

    /** An entry of the returns folder that is no return (a folder, a hidden or temporary file): listed, never read. */
    public boolean isSkipped() {
        return findings.stream().anyMatch(f -> f.rule() == Rule.ENTRY_SKIPPED || f.rule() == Rule.ENTRY_IGNORED);
    }

    /** The school code as written on the return, or empty when it could not be read. */
    public String schoolCode() {
        return content.map(SchoolReturn::schoolCode).orElse("");
    }
}
