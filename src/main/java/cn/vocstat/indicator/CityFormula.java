package cn.vocstat.indicator;

import cn.vocstat.reference.CityStatisticCode;

/**
 * An indicator from the city statistics: a share of two figures of the same year, or the growth of
 * one figure on its prior year. The year is the latest the statistics give, not after the report year.
 */
public record CityFormula(CityStatisticCode numeratorCode, CityStatisticCode denominatorCode) {

    public static CityFormula share(CityStatisticCode numeratorCode, CityStatisticCode denominatorCode) {
        return new CityFormula(numeratorCode, denominatorCode);
    }

    public static CityFormula growth(CityStatisticCode code) {
        return new CityFormula(code, null);
    }

    public boolean isGrowth() {
        return denominatorCode == null;
    }
}
