package cn.vocstat.job;

import java.util.List;

/** A run the publish gate held: its outputs wait and the published ones stay, until it is run again with {@code --accept-drop}. */
final class PublishHeldException extends RuntimeException {

    /** The exit code of a job whose publish was held. */
    static final String EXIT_CODE = "HELD";

    private final List<String> reasons;

    PublishHeldException(long runId, List<String> reasons) {
        super("运行 #" + runId + " 暂不发布：" + String.join("；", reasons));
        this.reasons = List.copyOf(reasons);
    }

    List<String> reasons() {
        return reasons;
    }
}
