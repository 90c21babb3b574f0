package cn.vocstat.reconcile;

import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Finding;
import java.util.List;

/**
 * The reconciled state of a report year: every received file and its outcome, the returns that
 * feed the figures (in registry order), the schools expected and those missing, and all findings.
 */
public record Consolidation(int year, List<ReturnOutcome> outcomes, List<AcceptedReturn> accepted,
                            List<RegisteredSchool> expected, List<RegisteredSchool> missing, List<Finding> findings) {

    public Consolidation {
        outcomes = List.copyOf(outcomes);
        accepted = List.copyOf(accepted);
        expected = List.copyOf(expected);
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
    }
}
