package cn.vocstat.rules;

/** What has been done about a finding: nothing yet, explained by the school, or confirmed by the operator. */
public enum Resolution {
    OPEN("未处理"),
    EXPLAINED("学校已说明"),
    CONFIRMED("已确认");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The resolution with this label, as stored with a finding. */
    public static Resolution byLabel(String label) {
        for (Resolution resolution : values()) {
            if (resolution.label.equals(label)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException("no resolution " + label);
    }
}
