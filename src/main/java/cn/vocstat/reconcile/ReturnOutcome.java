package cn.vocstat.reconcile;

import cn.vocstat.model.ReturnReading;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Severity;
import java.util.Optional;

/** A received file with all its findings, the school it was matched to and what became of it. */
public record ReturnOutcome(ReturnReading reading, Optional<RegisteredSchool> school, ReturnStatus status) {

    public long count(Severity severity) {
        return reading.findings().stream().map(Finding::severity).filter(severity::equals).count();
    }
}
