package cn.vocstat.reference;

import cn.vocstat.ingest.Labels;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of 市级统计.csv that vocstat reads, by their code (指标代码) and name (指标名称). A row
 * with another code is reported with the list of these; a row whose name is one of these is taken
 * for it. The README and docs/indicators.md list them from here.
 */
public enum CityStatisticCode {
    EDU_EXP_TOTAL("教育经费总支出"),
    VOC_EXP("中等职业教育经费支出"),
    VOC_PER_STUDENT("中职生均一般公共预算教育经费"),
    HS_PER_STUDENT("普通高中生均一般公共预算教育经费"),
    VOC_PROJECT_EXP("中职事业性经费项目支出");

    private final String title;

    CityStatisticCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The code and its name, as messages show it: VOC_EXP（中等职业教育经费支出）. */
    public String describe() {
        return name() + "（" + title + "）";
    }

    public static Optional<CityStatisticCode> byCode(String code) {
        return Stream.of(values()).filter(c -> c.name().equals(code == null ? "" : code.trim())).findFirst();
    }

    /** The figure whose name this is, matched as labels are: spaces and full-width forms do not matter. */
    public static Optional<CityStatisticCode> byTitle(String title) {
        String wanted = Labels.normalise(title);
        return Stream.of(values()).filter(c -> Labels.normalise(c.title).equals(wanted)).findFirst();
    }

    /** Every code with its name, for a message: EDU_EXP_TOTAL 教育经费总支出、VOC_EXP …. */
    public static String list() {
        return Stream.of(values()).map(c -> c.name() + " " + c.title).collect(Collectors.joining("、"));
    }
}
