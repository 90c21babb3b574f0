package cn.vocstat.model;

/** Columns of the optional sheet 情况说明: the school explains a warning (comply or explain). */
public enum ExplanationColumn implements FieldSpec {
    RULE_ID("规则编号"),
    TEXT("说明");

    private final String label;

    ExplanationColumn(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return FieldType.TEXT; }
    @Override public boolean required() { return true; }
    @Override public FieldLimit limit() { return this == RULE_ID ? FieldLimit.text(20) : FieldLimit.text(500); }
}
