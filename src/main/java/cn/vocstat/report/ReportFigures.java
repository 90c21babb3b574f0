package cn.vocstat.report;

import cn.vocstat.export.RunReport;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.reference.Registry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the report's data sections say, read from one completed run: the city's indicators, the
 * registered schools, each accepted school's figures and indicators, the new majors and the city
 * statistics. Per-school detail is kept for a city's schools, not a nation's: beyond
 * {@link #SCHOOL_DETAIL_LIMIT} schools the sections that list schools point to the workbook instead.
 */
public final class ReportFigures {

    /** More schools than this are not listed one by one in a document anyone reads. */
    public static final int SCHOOL_DETAIL_LIMIT = 300;

    /**
     * An accepted school's figures (by {@link SchoolFigure#column()}), its own indicator values and their values the year
     * before, and its figures the year before (empty when the year before was not run or the school was not in it).
     */
    public record School(String code, String name, String type, String level, Map<String, BigDecimal> figures,
                         Map<Indicator, BigDecimal> indicators, Map<Indicator, BigDecimal> priors, Map<String, BigDecimal> priorFigures) {
    }

    /** A major a school enrolled for the first time. */
    public record NewMajor(String schoolName, String majorName, String category) {
    }

    /** A major a school offers and its counts by the indicator each is summed into (招生数, 在校生数, …; none where left blank). */
    public record Major(String schoolCode, String name, Map<Indicator, BigDecimal> counts) {
        /** The indicators a major's counts are summed into, in the order the store keeps them. */
        public static final List<Indicator> COUNTED = List.of(Indicator.ENROLMENT, Indicator.STUDENTS, Indicator.GRADUATES, Indicator.EMPLOYED,
                Indicator.DIRECT_EMPLOYED, Indicator.FURTHER_STUDY);
    }

    /** An award line of a school's return: 赛项, 参赛类别 (学生, 教师, 指导教师), 奖项等级 and 获奖数. */
    public record Award(String schoolCode, String event, String category, String grade, BigDecimal count) {
    }

    private final int year;
    private final long runId;
    private final Map<Indicator, IndicatorValue> city;
    private final Map<String, BigDecimal> totals;
    private final Map<String, BigDecimal> priorTotals;
    private final List<RegisteredSchool> registered;
    private final List<School> schools;
    private final List<NewMajor> newMajors;
    private final List<Award> awards;
    private final List<Major> majors;
    private final Registry registry;
    private final List<CityStatistic> statistics;
    private final boolean detailed;

    private ReportFigures(int year, long runId, Map<Indicator, IndicatorValue> city, Map<String, BigDecimal> totals,
                          Map<String, BigDecimal> priorTotals, Registry registry,
                          List<School> schools, List<NewMajor> newMajors, List<Major> majors, List<Award> awards, List<CityStatistic> statistics,
                          boolean detailed) {
        this.year = year;
        this.runId = runId;
        this.city = city;
        this.totals = totals;
        this.priorTotals = priorTotals;
        this.registry = registry;
        this.registered = registry.counted();
        this.schools = schools;
        this.newMajors = newMajors;
        this.awards = awards;
        this.majors = majors;
        this.statistics = statistics;
        this.detailed = detailed;
    }

    /** The figures of the run the report is about. */
    public static ReportFigures of(RunReport report) {
        return of(report, Optional.empty());
    }

    /** The figures of the run the report is about, with the school figures of the year before's run (比上年增加 4 家). */
    public static ReportFigures of(RunReport report, Optional<RunReport> yearBefore) {
        Map<String, Map<String, BigDecimal>> priorFigures = new HashMap<>();
        Map<String, BigDecimal> priorTotals = new LinkedHashMap<>();
        yearBefore.ifPresent(before -> {
            priorTotals.putAll(before.rows().figureTotals(before.runId()));
            if (before.rows().schoolCount(before.runId()) <= SCHOOL_DETAIL_LIMIT) {
                before.rows().schools(before.runId(), List.of(), row -> priorFigures.put(row.code(), Map.copyOf(row.figures())));
            }
        });
        long runId = report.runId();
        Map<Indicator, IndicatorValue> city = new EnumMap<>(Indicator.class);
        report.rows().cityIndicatorValues(runId, value -> city.put(value.indicator(), value));
        boolean detailed = report.rows().schoolCount(runId) <= SCHOOL_DETAIL_LIMIT;
        List<School> schools = new ArrayList<>();
        List<NewMajor> newMajors = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        List<Major> majors = new ArrayList<>();
        if (detailed) {
            Map<String, Map<Indicator, BigDecimal>> priors = new HashMap<>();
            report.rows().indicators(runId, value -> {
                if (!value.isCity() && value.prior() != null) {
                    priors.computeIfAbsent(value.scopeCode(), code -> new EnumMap<>(Indicator.class)).put(value.indicator(), value.prior());
                }
            });
            List<Indicator> own = List.of(Indicator.values()).stream().filter(Indicator::perSchool).toList();
            report.rows().schools(runId, own, row -> {
                Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
                for (int i = 0; i < own.size(); i++) {
                    if (row.indicators().get(i) != null) {
                        indicators.put(own.get(i), row.indicators().get(i));
                    }
                }
                String name = report.reference().registry().byCode(row.code()).map(RegisteredSchool::name).orElse(row.name());
                schools.add(new School(row.code(), name, row.type(), row.level(), Map.copyOf(row.figures()), indicators,
                        priors.getOrDefault(row.code(), Map.of()), priorFigures.getOrDefault(row.code(), Map.of())));
            });
            report.rows().majors(runId, true, major -> newMajors.add(new NewMajor(
                    report.reference().registry().byCode(major.schoolCode()).map(RegisteredSchool::name).orElse(major.schoolName()),
                    major.name(), major.category())));
            report.rows().majors(runId, false, major -> {
                Map<Indicator, BigDecimal> counts = new EnumMap<>(Indicator.class);
                for (int i = 0; i < Major.COUNTED.size(); i++) {
                    if (major.counts().get(i) != null) {
                        counts.put(Major.COUNTED.get(i), major.counts().get(i));
                    }
                }
                majors.add(new Major(major.schoolCode(), major.name(), counts));
            });
            report.rows().awards(runId, award -> awards.add(new Award(award.schoolCode(), award.event(), award.category(), award.grade(), award.count())));
        }
        return new ReportFigures(report.year(), runId, city, new LinkedHashMap<>(report.rows().figureTotals(runId)), priorTotals,
                report.reference().registry(), List.copyOf(schools), List.copyOf(newMajors), List.copyOf(majors), List.copyOf(awards),
                report.reference().cityStatistics().figures(), detailed);
    }

    public int year() {
        return year;
    }

    public long runId() {
        return runId;
    }

    public Optional<IndicatorValue> city(Indicator indicator) {
        return Optional.ofNullable(city.get(indicator));
    }

    /** The city's sum of a school figure over the accepted returns. */
    public Optional<BigDecimal> total(String figure) {
        return Optional.ofNullable(totals.get(figure));
    }

    /** The city's sum of a school figure the year before, where that year was run. */
    public Optional<BigDecimal> priorTotal(String figure) {
        return Optional.ofNullable(priorTotals.get(figure));
    }

    public Registry registry() {
        return registry;
    }

    /** The schools that count in the city's statistics, in registry order. */
    public List<RegisteredSchool> registered() {
        return registered;
    }

    /**
     * The counted schools whose returns the run lacks, by name; when schools are not listed one by one,
     * as many placeholders as the city's school count falls short.
     */
    public List<String> missing() {
        if (detailed) {
            List<String> accepted = schools.stream().map(School::code).toList();
            return registered.stream().filter(s -> !accepted.contains(s.code())).map(RegisteredSchool::name).toList();
        }
        int fed = city(Indicator.SCHOOLS).map(IndicatorValue::value).map(BigDecimal::intValue).orElse(registered.size());
        return Collections.nCopies(Math.max(0, registered.size() - fed), "");
    }

    /**
     * The city the report is about, as its education bureau is named in the registry (阳泉市教育局 →
     * 阳泉市); empty when no counted school answers to a city's bureau.
     */
    public String cityName() {
        Map<String, Long> cities = registered.stream().map(RegisteredSchool::authority).filter(a -> a != null && a.matches(".+市教育局"))
                .map(a -> a.substring(0, a.indexOf("市") + 1))
                .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
        return cities.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The accepted schools, in registry order; empty when there are too many to list. */
    public List<School> schools() {
        return schools;
    }

    public Optional<School> school(String code) {
        return schools.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<NewMajor> newMajors() {
        return newMajors;
    }

    /** Every major of the accepted schools with its counts; empty when schools are not listed one by one. */
    public List<Major> majors() {
        return majors;
    }

    /** The accepted schools' award lines; empty when schools are not listed one by one. */
    public List<Award> awards() {
        return awards;
    }

    /** Whether schools are listed one by one (a city), or only counted (a nation). */
    public boolean detailed() {
        return detailed;
    }

    /**
     * The city statistic, as received (its unit: 亿元, 万元, 元), behind an indicator's numerator or
     * denominator: for a growth rate the denominator is the same figure of the year before.
     */
    public Optional<CityStatistic> statistic(IndicatorValue value, boolean numerator) {
        Indicator indicator = value.indicator();
        int year = !numerator && indicator.isGrowth() ? value.dataYear() - 1 : value.dataYear();
        return (numerator ? indicator.numeratorStatistic() : indicator.denominatorStatistic())
                .flatMap(code -> statistics.stream().filter(s -> s.code().equals(code.name()) && s.year() == year).findFirst());
    }
}
