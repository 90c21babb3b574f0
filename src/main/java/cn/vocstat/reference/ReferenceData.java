package cn.vocstat.reference;

import cn.vocstat.rules.Finding;
import java.util.List;

/** Everything the bureau maintains beside the returns, with the findings its files gave. */
public record ReferenceData(Registry registry, MajorCatalogue catalogue, CityStatistics cityStatistics,
                            List<Confirmation> confirmations, List<Finding> findings) {

    public ReferenceData {
        confirmations = List.copyOf(confirmations);
        findings = List.copyOf(findings);
    }
}
