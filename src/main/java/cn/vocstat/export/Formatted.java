package cn.vocstat.export;

import java.io.Serializable;
import java.math.BigDecimal;

/** A number whose format differs row by row, as in 指标汇总 where percentages and counts share a column. */
public record Formatted(BigDecimal value, Format format) implements Serializable {
}
