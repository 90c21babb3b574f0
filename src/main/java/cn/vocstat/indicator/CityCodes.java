package cn.vocstat.indicator;

/** The codes (指标代码) of the city statistics file that the indicators read. */
public final class CityCodes {
    public static final String EDUCATION_EXPENDITURE = "EDU_EXP_TOTAL";
    public static final String VOC_EXPENDITURE = "VOC_EXP";
    public static final String VOC_PER_STUDENT = "VOC_PER_STUDENT";
    public static final String HS_PER_STUDENT = "HS_PER_STUDENT";
    public static final String VOC_PROJECT_EXPENDITURE = "VOC_PROJECT_EXP";

    private CityCodes() {
    }
}
