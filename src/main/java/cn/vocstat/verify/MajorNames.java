package cn.vocstat.verify;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.report.ReportFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The majors the schools offer, as a text names them (幼儿保育专业在校生 238 人, a table row 汽车运用与维修), and
 * their figures summed over one school's lines or every school's: the counts of the form and the shares
 * computed from them (就业率 = 就业人数 ÷ 毕业生数).
 */
final class MajorNames {

    /** A major's name where a text names it. */
    record Mention(String name, int start, int end) {
    }

    /** The figures a major has: its counts, and the shares of its graduates. */
    static final List<Indicator> FIGURES = List.of(Indicator.ENROLMENT, Indicator.STUDENTS, Indicator.GRADUATES, Indicator.EMPLOYED,
            Indicator.DIRECT_EMPLOYED, Indicator.FURTHER_STUDY, Indicator.EMPLOYMENT_RATE, Indicator.DIRECT_EMPLOYMENT_SHARE,
            Indicator.FURTHER_STUDY_SHARE);

    private final List<ReportFigures.Major> majors;
    private final List<String> longestFirst;

    MajorNames(List<ReportFigures.Major> majors) {
        this.majors = List.copyOf(majors);
        this.longestFirst = majors.stream().map(ReportFigures.Major::name).filter(n -> n != null && n.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The majors a text names, in order; a longer name wins over one inside it (新能源汽车运用与维修, not 汽车运用与维修). */
    List<Mention> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Mention> found = new ArrayList<>();
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                boolean free = true;
                for (int i = at; i < at + name.length() && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + name.length(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(name, at, at + name.length()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The lines of a major: the school's, or every school's where no school is given. */
    List<ReportFigures.Major> lines(String name, Optional<String> schoolCode) {
        return majors.stream().filter(m -> name.equals(m.name()) && schoolCode.map(code -> code.equals(m.schoolCode())).orElse(true)).toList();
    }

    /** The figure summed over the lines, a share in per cent; empty where a count it needs was left blank or its base is 0. */
    static Optional<BigDecimal> value(Indicator figure, List<ReportFigures.Major> lines) {
        return switch (figure) {
            case EMPLOYMENT_RATE -> share(Indicator.EMPLOYED, Indicator.GRADUATES, lines);
            case DIRECT_EMPLOYMENT_SHARE -> share(Indicator.DIRECT_EMPLOYED, Indicator.EMPLOYED, lines);
            case FURTHER_STUDY_SHARE -> share(Indicator.FURTHER_STUDY, Indicator.EMPLOYED, lines);
            default -> sum(figure, lines);
        };
    }

    private static Optional<BigDecimal> sum(Indicator count, List<ReportFigures.Major> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(m -> m.counts().get(count) == null)) {
            return Optional.empty();
        }
        return Optional.of(lines.stream().map(m -> m.counts().get(count)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Optional<BigDecimal> share(Indicator part, Indicator whole, List<ReportFigures.Major> lines) {
        Optional<BigDecimal> of = sum(whole, lines);
        return of.filter(w -> w.signum() != 0).flatMap(w -> sum(part, lines).map(p -> p.movePointRight(2).divide(w, 10, RoundingMode.HALF_UP)));
    }
}
