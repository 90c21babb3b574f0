package cn.vocstat.indicator;

/**
 * An indicator from the city statistics: a share of two figures of the same year, or the growth of
 * one figure on its prior year. The year is the latest the statistics give, not after the report year.
 */
public record CityFormula(String numeratorCode, String denominatorCode) {

    public static CityFormula share(String numeratorCode, String denominatorCode) {
        return new CityFormula(numeratorCode, denominatorCode);
    }

    public static CityFormula growth(String code) {
        return new CityFormula(code, null);
    }

    public boolean isGrowth() {
        return denominatorCode == null;
    }
}
