package cn.vocstat.reconcile;

import cn.vocstat.model.ExplanationColumn;
import cn.vocstat.model.Figures;
import cn.vocstat.model.SourceFile;
import cn.vocstat.reference.Confirmation;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comply or explain: a warning is shown as explained when the school's return explains its rule
 * in sheet 情况说明, or as confirmed when the operator accepted it in 确认.csv. An error cannot be
 * explained away: saying so is itself a finding.
 */
public final class Resolutions {

    private Resolutions() {
    }

    public static List<Finding> apply(List<Finding> findings, Consolidation consolidation, List<Confirmation> confirmations) {
        Map<String, Map<String, String>> explainedByFile = new HashMap<>();
        List<Finding> resolved = new ArrayList<>();
        for (ReturnOutcome outcome : consolidation.outcomes()) {
            SourceFile file = outcome.reading().source();
            List<Finding> explainedErrors = new ArrayList<>();
            for (Figures<ExplanationColumn> explanation : outcome.reading().content().map(c -> c.explanations()).orElse(List.of())) {
                String ruleId = explanation.text(ExplanationColumn.RULE_ID);
                String text = explanation.text(ExplanationColumn.TEXT);
                if (ruleId == null || text == null) {
                    continue;
                }
                if (isError(ruleId)) {
                    explainedErrors.add(Finding.of(Rule.EXPLAINED_ERROR, file, explanation.location(ExplanationColumn.RULE_ID), ruleId)
                            .forSchool(outcome.reading().schoolCode()));
                } else {
                    explainedByFile.computeIfAbsent(file.key(), f -> new HashMap<>()).put(ruleId.trim(), text);
                }
            }
            resolved.addAll(Finding.capped(explainedErrors));
        }
        for (Confirmation confirmation : confirmations) {
            if (isError(confirmation.ruleId())) {
                resolved.add(Finding.of(Rule.EXPLAINED_ERROR, "确认.csv", "", confirmation.ruleId()).forSchool(confirmation.schoolCode()));
            }
        }
        for (Finding finding : findings) {
            resolved.add(resolve(finding, explainedByFile, confirmations));
        }
        return resolved;
    }

    private static Finding resolve(Finding finding, Map<String, Map<String, String>> explainedByFile, List<Confirmation> confirmations) {
        if (finding.severity() != Severity.WARNING) {
            return finding;
        }
        Optional<Confirmation> confirmed = confirmations.stream()
                .filter(c -> c.ruleId().equals(finding.rule().id()) && c.schoolCode().equals(finding.schoolCode()))
                .findFirst();
        if (confirmed.isPresent()) {
            return finding.resolved(Resolution.CONFIRMED, confirmed.get().text() + "（确认人：" + confirmed.get().confirmedBy() + "）");
        }
        String explanation = explainedByFile.getOrDefault(finding.fileKey(), Map.of()).get(finding.rule().id());
        return explanation == null ? finding : finding.resolved(Resolution.EXPLAINED, explanation);
    }

    private static boolean isError(String ruleId) {
        return Arrays.stream(Rule.values()).anyMatch(r -> r.id().equals(ruleId.trim()) && r.severity() == Severity.ERROR);
    }
}
