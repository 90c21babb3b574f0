package cn.vocstat.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The city statistics file: figures that come from the city, each for its own (fiscal) year. */
public record CityStatistics(List<CityStatistic> figures) {

    public CityStatistics {
        figures = List.copyOf(figures);
    }

    public Optional<CityStatistic> find(CityStatisticCode code, int year) {
        return figures.stream().filter(f -> f.code().equals(code.name()) && f.year() == year).findFirst();
    }

    /** The most recent year the figure is given for, not after the report year. */
    public Optional<CityStatistic> latest(CityStatisticCode code, int notAfter) {
        return figures.stream()
                .filter(f -> f.code().equals(code.name()) && f.year() <= notAfter)
                .max(Comparator.comparingInt(CityStatistic::year));
    }
}
