package cn.vocstat.report;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.report.Piece.Block;
import cn.vocstat.report.Piece.Figure;
import cn.vocstat.report.Piece.Role;
import cn.vocstat.report.Piece.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a sentence's template with a run's figures, for the city or for one school. */
final class Renderer {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?(%|:1)?");
    private static final Pattern CLAUSE_END = Pattern.compile("[，；。、（]");

    private final ReportFigures figures;
    /** Whether the paragraph being written has said already how many schools its figures cover: once is enough. */
    private boolean coverageSaid;

    Renderer(ReportFigures figures) {
        this.figures = figures;
    }

    /** A new paragraph begins: its first figure short of some schools' returns says so again. */
    void newParagraph() {
        coverageSaid = false;
    }

    List<Piece> render(Sentence sentence, Optional<ReportFigures.School> school) {
        String template = chosen(sentence.template(), school);
        if (template.contains("{缺报}")) {
            coverageSaid = true;
        }
        List<Piece> pieces = new ArrayList<>();
        Set<Indicator> annotated = new HashSet<>();
        StringBuilder notes = new StringBuilder();
        Matcher matcher = Sentence.PLACEHOLDER.matcher(template);
        int from = 0;
        while (matcher.find()) {
            wordsThenNotes(pieces, template.substring(from, matcher.start()), notes);
            placeholder(pieces, matcher.group(1), matcher.group(2), school, template, annotated, notes);
            from = matcher.end();
        }
        wordsThenNotes(pieces, template.substring(from), notes);
        words(pieces, notes.toString());
        return pieces;
    }

    /**
     * The template with each optional part resolved: {@code [A]} is kept when every figure in it is known
     * and above zero, {@code [A|B]} says B otherwise; so a zero is a sentence (本年度没有新增招生专业), never
     * "0 个…见下表". {@code {在册学校}} counts as the city's count only when every school reported.
     */
    private String chosen(String template, Optional<ReportFigures.School> school) {
        Matcher option = Sentence.OPTION.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (option.find()) {
            String kept = allKnownAboveZero(option.group(1), school) ? option.group(1) : option.group(2) == null ? "" : option.group(2);
            option.appendReplacement(resolved, Matcher.quoteReplacement(kept));
        }
        option.appendTail(resolved);
        return resolved.toString();
    }

    private boolean allKnownAboveZero(String part, Optional<ReportFigures.School> school) {
        Matcher placeholder = Sentence.PLACEHOLDER.matcher(part);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String modifier = placeholder.group(2);
            boolean known;
            if (name.equals("在册学校")) {
                known = figures.missing().isEmpty();
            } else if (SentenceCatalogue.isFigure(name) || "分校".equals(name) && modifier != null) {
                String column = name.equals("分校") ? modifier : name;
                BigDecimal value = school.isPresent() ? school.get().figures().get(column) : figures.total(column).orElse(null);
                known = value != null && value.signum() > 0;
            } else if (SentenceCatalogue.isIndicator(name)) {
                Indicator indicator = Indicator.byId(name);
                BigDecimal value = school.isPresent() ? school.get().indicators().get(indicator)
                        : figures.city(indicator).map(IndicatorValue::value).orElse(null);
                known = value != null && value.signum() > 0;
            } else {
                known = true;
            }
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** The template's words, with the notes of the figure before them put at the end of its clause: 在校生 5640 人（5 所学校报表，缺 1 所）；. */
    private static void wordsThenNotes(List<Piece> pieces, String text, StringBuilder notes) {
        Matcher clauseEnd = CLAUSE_END.matcher(text);
        if (notes.isEmpty() || !clauseEnd.find()) {
            words(pieces, text);
            return;
        }
        words(pieces, text.substring(0, clauseEnd.start()));
        words(pieces, notes.toString());
        notes.setLength(0);
        words(pieces, text.substring(clauseEnd.start()));
    }

    private void placeholder(List<Piece> pieces, String name, String modifier, Optional<ReportFigures.School> school, String template,
                             Set<Indicator> annotated, StringBuilder notes) {
        switch (name) {
            case "报告年度" -> pieces.add(new Figure(String.valueOf(figures.year()), "report_year", Role.VALUE));
            case "在册学校" -> pieces.add(new Figure(String.valueOf(figures.registered().size()), Indicator.SCHOOLS.id(), Role.EXPECTED));
            case "缺报" -> words(pieces, missing());
            case "学校" -> words(pieces, school.map(ReportFigures.School::name).orElse(""));
            case "名单" -> words(pieces, names(modifier));
            case "分校" -> {
                words(pieces, notes.toString()); // the city's sum says its coverage before the schools are listed
                notes.setLength(0);
                bySchool(pieces, modifier);
            }
            case "表", "图" -> pieces.add(new Block(name, modifier));
            default -> {
                if (SentenceCatalogue.isIndicator(name)) {
                    indicator(pieces, Indicator.byId(name), modifier, school, template, annotated, notes);
                } else {
                    figure(pieces, name, school, notes);
                }
            }
        }
    }

    /** 缺 1 所（盂县职业技术学校）: the counted schools whose returns the run lacks. */
    private String missing() {
        List<String> missing = figures.missing();
        if (missing.isEmpty()) {
            return "";
        }
        return "缺 " + missing.size() + " 所" + (figures.detailed() ? "（" + String.join("、", missing) + "）" : "");
    }

    private String names(String type) {
        if (!figures.detailed()) {
            return "名单见汇总表“学校概况”";
        }
        return String.join("、", figures.schools().stream().filter(s -> type.equals(s.type())).map(ReportFigures.School::name).toList());
    }

    /** ，其中 A 校 1 人、B 校 6 人: the schools with a figure above zero. */
    private void bySchool(List<Piece> pieces, String column) {
        String unit = unitOf(column);
        List<ReportFigures.School> with = figures.schools().stream()
                .filter(s -> s.figures().get(column) != null && s.figures().get(column).signum() > 0).toList();
        for (int i = 0; i < with.size(); i++) {
            words(pieces, (i == 0 ? "，其中" : "、") + with.get(i).name() + " ");
            pieces.add(new Figure(Wording.count(with.get(i).figures().get(column)), column, Role.SCHOOL, with.get(i).code()));
            words(pieces, " " + unit);
        }
    }

    /** A school's figure, or the city's sum of it, which says so when some returns are missing. */
    private void figure(List<Piece> pieces, String column, Optional<ReportFigures.School> school, StringBuilder notes) {
        Optional<BigDecimal> value = school.isPresent() ? Optional.ofNullable(school.get().figures().get(column)) : figures.total(column);
        pieces.add(new Figure(value.map(Wording::count).orElse("—"), column, school.isPresent() ? Role.SCHOOL : Role.TOTAL,
                school.map(ReportFigures.School::code).orElse("")));
        int expected = figures.registered().size();
        int missing = figures.missing().size();
        if (school.isEmpty() && missing > 0) {
            notes.append(coverage(expected - missing, expected));
        }
    }

    /** （5 所学校报表，缺 1 所）, once in a paragraph. */
    private String coverage(int fed, int expected) {
        if (coverageSaid || fed >= expected) {
            return "";
        }
        coverageSaid = true;
        return "（" + fed + " 所学校报表，缺 " + (expected - fed) + " 所）";
    }

    private void indicator(List<Piece> pieces, Indicator indicator, String modifier, Optional<ReportFigures.School> school, String template,
                           Set<Indicator> annotated, StringBuilder notes) {
        if (school.isPresent()) {
            BigDecimal own = school.get().indicators().get(indicator);
            pieces.add(new Figure(own == null ? Display.NOT_COMPUTABLE : Wording.value(indicator, own), indicator.id(), Role.VALUE,
                    school.get().code()));
            return;
        }
        Optional<IndicatorValue> found = figures.city(indicator);
        boolean needsValue = modifier == null || modifier.equals("增长") || modifier.equals("整数");
        if (found.isEmpty() || found.get().value() == null && needsValue) {
            words(pieces, Display.NOT_COMPUTABLE);
            return;
        }
        IndicatorValue value = found.get();
        switch (modifier == null ? "" : modifier) {
            case "变化" -> change(pieces, Wording.change(value), indicator);
            case "增长" -> change(pieces, Wording.growth(value.value()), indicator);
            case "上年" -> pieces.add(new Figure(value.prior() == null ? "—" : Wording.value(indicator, value.prior()), indicator.id(), Role.PRIOR));
            case "整数" -> pieces.add(new Figure(Wording.wholePercent(value.value()), indicator.id(), Role.VALUE));
            case "年度" -> pieces.add(new Figure(String.valueOf(value.dataYear()), indicator.id(), Role.YEAR));
            case "分子", "分母" -> part(pieces, value, modifier.equals("分子"));
            default -> {
                pieces.add(new Figure(Wording.value(indicator, value.value()), indicator.id(), Role.VALUE));
                if (annotated.add(indicator)) {
                    notes.append(notes(value, template));
                }
            }
        }
    }

    /** What a figure lacks: the schools whose returns are missing, a data year other than the report's. */
    private String notes(IndicatorValue value, String template) {
        String notes = "";
        if (value.schoolsFed() != null && value.schoolsExpected() != null) {
            notes += coverage(value.schoolsFed(), value.schoolsExpected());
        }
        if (value.dataYear() != figures.year() && !template.contains("{" + value.indicator().id() + ":年度}")) {
            notes += "（" + value.dataYear() + " 年数据）";
        }
        return notes;
    }

    /** The numerator or denominator: a city statistic in the unit it was given in, else a count. */
    private void part(List<Piece> pieces, IndicatorValue value, boolean numerator) {
        Indicator indicator = value.indicator();
        Role role = numerator ? Role.NUMERATOR : Role.DENOMINATOR;
        Optional<CityStatistic> statistic = figures.statistic(value, numerator);
        if (statistic.isPresent()) {
            pieces.add(new Figure(statistic.get().inUnit().toPlainString(), indicator.id(), role));
            words(pieces, " " + statistic.get().unit());
            return;
        }
        BigDecimal part = numerator ? value.numerator() : value.denominator();
        pieces.add(new Figure(part == null ? "—" : Wording.count(part), indicator.id(), role));
    }

    /** A change phrase with its number linked; an empty one takes the comma before it away. */
    private static void change(List<Piece> pieces, String phrase, Indicator indicator) {
        if (phrase.isEmpty()) {
            if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Words words && words.text().endsWith("，")) {
                pieces.set(pieces.size() - 1, new Words(words.text().substring(0, words.text().length() - 1)));
            }
            return;
        }
        Matcher number = NUMBER.matcher(phrase);
        if (!number.find()) {
            words(pieces, phrase);
            return;
        }
        words(pieces, phrase.substring(0, number.start()));
        pieces.add(new Figure(number.group(), indicator.id(), Role.CHANGE));
        words(pieces, phrase.substring(number.end()));
    }

    private static void words(List<Piece> pieces, String text) {
        if (!text.isEmpty()) {
            pieces.add(new Words(text));
        }
    }

    private static String unitOf(String column) {
        return SchoolFigure.ALL.stream().filter(f -> f.column().equals(column)).findFirst()
                .map(f -> f.field().units().isEmpty() ? "" : f.field().units().get(0)).orElse("");
    }
}
