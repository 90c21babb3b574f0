package cn.vocstat.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an indicator is shown: rounded half-up (四舍五入) only here, never in the arithmetic. */
public enum Display {
    PERCENT {
        @Override String show(BigDecimal value) { return value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%"; }
    },
    RATIO_TO_ONE {
        @Override String show(BigDecimal value) { return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + ":1"; }
    },
    RATIO {
        @Override String show(BigDecimal value) { return value.setScale(2, RoundingMode.HALF_UP).toPlainString(); }
    },
    COUNT {
        @Override String show(BigDecimal value) { return value.setScale(0, RoundingMode.HALF_UP).toPlainString(); }
    },
    /** 万元 with two decimals. */
    AMOUNT {
        @Override String show(BigDecimal value) { return value.setScale(2, RoundingMode.HALF_UP).toPlainString(); }
    };

    public static final String NOT_COMPUTABLE = "不可计算";

    abstract String show(BigDecimal value);

    public String format(BigDecimal value) {
        return value == null ? NOT_COMPUTABLE : show(value);
    }
}
