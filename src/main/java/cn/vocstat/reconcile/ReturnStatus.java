package cn.vocstat.reconcile;

/** What became of a received return. */
public enum ReturnStatus {
    ACCEPTED("采用"),
    REJECTED("退回"),
    SUPERSEDED("被替代"),
    NOT_COUNTED("不纳入统计"),
    /** A version accepted in an earlier run, used because this run's return was rejected. */
    CARRIED_OVER("沿用上次采用的版本"),
    /** An entry of the returns folder that is no return: a folder, a hidden or temporary file, a FIFO. */
    SKIPPED("未读取");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
