package cn.vocstat.job;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.rules.Threshold;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.store.StoredRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last look before a run's outputs replace the published ones: a run that lost what the
 * published run of the year had (most of the schools with data, a school's carried-over version
 * counting as data, most of the schools it expected, city indicators it could compute), or whose
 * every file was rejected, is far more likely to rest on a missing folder or a broken reference
 * file than on the schools, and publishing it would put an empty city in front of the report
 * writers. Such a run is held: its outputs wait, the published ones stay, and the operator publishes
 * it on purpose with {@code --accept-drop}.
 */
final class PublishGate {

    /** What a run and a published run are compared by: the run's summary and its city indicators that have a value. */
    record Standing(StoredRun run, Map<Indicator, BigDecimal> cityValues) {
    }

    private static final int INDICATORS_NAMED = 5;

    private final BigDecimal maxDrop;

    PublishGate(Thresholds thresholds) {
        this.maxDrop = thresholds.get(Threshold.PUBLISH_COVERAGE_DROP);
    }

    /** Why the run is held, in Chinese, one reason a line; empty when it may be published. */
    List<String> reasons(Standing candidate, Optional<Standing> published) {
        List<String> reasons = new ArrayList<>();
        StoredRun run = candidate.run();
        if (run.received() > 0 && run.accepted() == 0) {
            reasons.add("报表目录中的 " + run.received() + " 个文件全部被退回（或未读取），没有一份可以采用");
        }
        if (published.isEmpty()) {
            return reasons;
        }
        StoredRun before = published.get().run();
        String since = "（上次发布的运行 #" + before.runId() + "：";
        int hadData = before.expected() - before.missing();
        int haveData = run.expected() - run.missing();
        if (fellTooFar(hadData, haveData)) {
            reasons.add("有数据的学校从 " + hadData + " 所降到 " + haveData + " 所" + since + "报表目录中 " + before.received()
                    + " 个文件，本次 " + run.received() + " 个）");
        }
        if (fellTooFar(before.expected(), run.expected())) {
            reasons.add("应报学校从 " + before.expected() + " 所降到 " + run.expected() + " 所" + since + "请检查学校名录是否完整）");
        }
        List<String> lost = published.get().cityValues().keySet().stream().filter(i -> !candidate.cityValues().containsKey(i))
                .map(Indicator::title).toList();
        if (!lost.isEmpty()) {
            String named = String.join("、", lost.subList(0, Math.min(INDICATORS_NAMED, lost.size())));
            reasons.add("全市指标" + named + (lost.size() > INDICATORS_NAMED ? " 等 " + lost.size() + " 项" : "") + "上次可以计算，本次不可计算"
                    + since + "请检查市级统计和各校报表）");
        }
        return reasons;
    }

    /** A fall of more than the threshold's share of what was there. */
    private boolean fellTooFar(int before, int now) {
        if (before == 0 || now >= before) {
            return false;
        }
        return BigDecimal.valueOf(before - now).divide(BigDecimal.valueOf(before), 10, RoundingMode.HALF_UP).compareTo(maxDrop) > 0;
    }
}
