package cn.vocstat.reference;

import cn.vocstat.rules.Finding;
import java.util.List;

/**
 * Everything the bureau maintains beside the returns (and what it tells schools about resubmitting), with the findings its files gave and the
 * encoding each file was read in ("reference/学校名录.csv（GB18030，兼容 GBK）").
 */
public record ReferenceData(Registry registry, MajorCatalogue catalogue, CityStatistics cityStatistics,
                            List<Confirmation> confirmations, SubmissionNotice notice, List<Finding> findings, List<String> encodings) {

    public ReferenceData {
        confirmations = List.copyOf(confirmations);
        findings = List.copyOf(findings);
        encodings = List.copyOf(encodings);
    }

    /** The line the operator reads: which files were read, in which encoding. */
    public String describeEncodings() {
        return "参考数据的编码：" + String.join("、", encodings);
    }
}
