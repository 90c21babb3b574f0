package cn.vocstat.report;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.reference.CityStatistic;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report's conventions for writing a figure, stated once here and in the document: counts exact,
 * shares and growth rates in per cent to two decimals (四舍五入), a change of a share in 个百分点 and a
 * growth in %, 生师比 as 12.67:1, city statistics in the unit they were given in (亿元, 元), schools'
 * funding in 万元. The claim checker reads numbers by the same rules.
 */
public final class Wording {

    /** The conventions as the document states them, without a digit that a checker would take for a claim. */
    public static final String CONVENTIONS = "数据说明：人数、所数、个数等为精确值；比例和增长率以百分数表示，保留两位小数（四舍五入）；"
            + "比例的变化以“个百分点”表示，增长率以“%”表示；生师比写作“××.××:1”；市级统计的金额按报送单位（亿元、元）表示，"
            + "学校填报的经费以万元表示；没有全部学校报表的数字注明报表学校数和缺报数；数据年度与报告年度不同的数字注明其年度。";

    private Wording() {
    }

    /** An indicator's value as the report writes it: 6310, 77.51%, 12.67:1, 1.16, 2899.50. */
    public static String value(Indicator indicator, BigDecimal value) {
        return indicator.display().format(value);
    }

    /** A share rounded to a whole per cent, where a section's convention is so: 99%. */
    public static String wholePercent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A city statistic in the unit it was given in: 33.29 亿元, 18347.88 元. */
    public static String statistic(CityStatistic statistic) {
        return statistic.inUnit().toPlainString() + " " + statistic.unit();
    }

    /** A count of schools' figures: 7. */
    public static String count(BigDecimal count) {
        return count.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The change on the prior year in the report's words: 比上年减少 233 人, 比上年提高 1.54 个百分点,
     * 与上年持平; for a ratio, 上年为 13.30:1; empty when there is no prior year.
     */
    public static String change(IndicatorValue value) {
        BigDecimal change = value.change();
        if (change == null) {
            return "";
        }
        Indicator indicator = value.indicator();
        if (indicator.display() == Display.RATIO_TO_ONE || indicator.display() == Display.RATIO) {
            return "上年为 " + value(indicator, value.prior());
        }
        if (indicator.display() == Display.PERCENT) {
            String points = change.abs().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
            if (points.equals("0.00")) {
                return "与上年持平";
            }
            return (change.signum() > 0 ? "比上年提高 " : "比上年降低 ") + points + " 个百分点";
        }
        String amount = indicator.display().format(change.abs());
        if (new BigDecimal(amount).signum() == 0) {
            return "与上年持平";
        }
        return (change.signum() > 0 ? "比上年增加 " : "比上年减少 ") + amount + " " + indicator.unit();
    }

    /** A growth rate as a change: 增长 64.94%, 下降 3.67%. */
    public static String growth(BigDecimal rate) {
        String size = rate.abs().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        return rate.signum() < 0 ? "下降 " + size : "增长 " + size;
    }
}
