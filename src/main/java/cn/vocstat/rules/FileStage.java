package cn.vocstat.rules;

/**
 * The stages that handle one received file on its own. A fault of the program in one of them fails
 * that file only: in reading, checking, consolidating or storing, the return is not used (F-FILE-06);
 * in writing its feedback, the return's data stands and the school gets the list of findings alone
 * (F-FILE-10).
 */
public enum FileStage {
    READ("读取", Rule.INTERNAL_ERROR),
    CHECK("检查", Rule.INTERNAL_ERROR),
    CONSOLIDATE("汇总", Rule.INTERNAL_ERROR),
    STORE("入库", Rule.INTERNAL_ERROR),
    FEEDBACK("反馈", Rule.FEEDBACK_FAULT);

    private final String label;
    private final Rule rule;

    FileStage(String label, Rule rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** The rule a fault in this stage is reported under. */
    public Rule rule() {
        return rule;
    }
}
