package cn.vocstat.rules;

/** How bad a finding is; the Chinese label is what operators and schools read. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
