package cn.vocstat.verify;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.ServiceField;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.report.Wording;
import cn.vocstat.rules.Rule;
import cn.vocstat.verify.Verdict.Conclusion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks each number of a draft against a run: links it to the indicator it speaks of (its words in
 * the synonym list, or the number before it: "占 33.05%" after the direct-employment count), reads the
 * data's value for the city or the school the sentence is about, and compares them at the claim's own
 * rounding (12.67 may be written 12.7 or 13, never 12). A number it cannot link is 无法核对, never guessed.
 */
public final class ClaimChecker {

    /** The share a "占 x%" right after a count speaks of. */
    private static final Map<String, Indicator> SHARE_OF = Map.of(
            Indicator.DIRECT_EMPLOYED.id(), Indicator.DIRECT_EMPLOYMENT_SHARE, Indicator.FURTHER_STUDY.id(), Indicator.FURTHER_STUDY_SHARE,
            Indicator.MID_SENIOR_TEACHERS.id(), Indicator.MID_SENIOR_TITLE_RATIO, Indicator.EMPLOYED.id(), Indicator.EMPLOYMENT_RATE,
            SchoolFigure.column(ServiceField.PARTNER_HIRES), Indicator.PARTNER_HIRE_SHARE);
    private static final Set<String> UP = Set.of("增长", "增加", "提高", "上升");
    /** How far before a number its words may stand, in characters. */
    private static final int MAX_DISTANCE = 15;
    /** Schools an explanation names before it says how many more there are. */
    private static final int LISTED_NAMES = 10;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    /** Between the cells of a table's row, as 原文 quotes it. */
    private static final String ROW_SEPARATOR = " | ";

    private final ReportFigures figures;
    private final Synonyms synonyms;
    private final SchoolNames names;

    /** A claim linked to what it speaks of, for the city or a school, and the unit it was written in. */
    private record Link(Target target, Optional<RegisteredSchool> school, String unit) {
    }

    /** A count stated just above a table that lists what it counts: 6 所 above 图 1. */
    private record StatedCount(int part, Claim claim, Target target) {
    }

    public ClaimChecker(ReportFigures figures, Synonyms synonyms) {
        this.figures = figures;
        this.synonyms = synonyms;
        this.names = new SchoolNames(figures.registry());
    }

    public List<Verdict> check(DraftText draft) {
        List<Verdict> verdicts = new ArrayList<>();
        List<StatedCount> counts = new ArrayList<>();
        Set<String> aliasesSeen = new HashSet<>();
        Optional<RegisteredSchool> lastSchool = Optional.empty();
        String section = null;
        for (int p = 0; p < draft.parts().size(); p++) {
            DraftText.Part part = draft.parts().get(p);
            if (!part.section().equals(section)) {
                section = part.section();
                lastSchool = Optional.empty();
            }
            if (part instanceof DraftText.Paragraph paragraph) {
                lastSchool = paragraph(p, paragraph, lastSchool, aliasesSeen, verdicts, counts);
            } else if (part instanceof DraftText.Table table) {
                table(table, verdicts);
            }
        }
        verdicts.addAll(tablesBelow(draft, counts));
        return verdicts;
    }

    /**
     * Checks a paragraph's sentences; returns the school last named, which a later sentence of the same
     * section may go on about (a paragraph broken by a page is still one account of one school).
     */
    private Optional<RegisteredSchool> paragraph(int index, DraftText.Paragraph paragraph, Optional<RegisteredSchool> lastSchool,
                                                 Set<String> aliasesSeen, List<Verdict> verdicts, List<StatedCount> counts) {
        String location = paragraph.section() + " 第 " + paragraph.number() + " 段";
        Optional<RegisteredSchool> paragraphSchool = lastSchool;
        for (String sentence : ClaimFinder.sentences(paragraph.text())) {
            String plain = ClaimFinder.normalise(sentence);
            List<SchoolNames.Mention> mentions = names.find(plain);
            mentions.stream().filter(m -> !m.registeredName() && aliasesSeen.add(m.written()))
                    .forEach(m -> verdicts.add(alias(location, Verdict.quote(sentence.strip(), m.start()), m)));
            Set<String> conditions = synonyms.all().stream().map(Synonyms.Synonym::condition).filter(c -> !c.isEmpty() && sentence.contains(c))
                    .collect(Collectors.toSet());
            List<Link> linked = new ArrayList<>();
            List<Claim> years = new ArrayList<>();
            Optional<SchoolNames.Mention> named = Optional.empty();
            int nextMention = 0;
            for (Claim claim : ClaimFinder.find(location, sentence)) {
                // the school named last before the claim: mentions and claims both come in the sentence's order
                for (; nextMention < mentions.size() && mentions.get(nextMention).end() <= claim.start(); nextMention++) {
                    named = Optional.of(mentions.get(nextMention));
                }
                Optional<Link> previous = linked.isEmpty() ? Optional.empty() : Optional.of(linked.get(linked.size() - 1));
                switch (claim.kind()) {
                    case YEAR -> years.add(claim);
                    case APPROXIMATE -> verdicts.add(uncheckable(claim, "约数，不核对"));
                    case CHANGE -> verdicts.add(previous.map(subject -> change(claim, subject))
                            .orElseGet(() -> uncheckable(claim, "看不出是哪个数字的变化")));
                    case PRIOR -> {
                        Optional<Link> prior = previous.flatMap(subject -> priorOf(subject, claim.unit()));
                        prior.ifPresent(linked::add);
                        verdicts.add(prior.map(link -> figure(claim, link)).orElseGet(() -> uncheckable(claim, "看不出是哪个数字的上年值")));
                    }
                    case FIGURE -> {
                        Optional<Link> link = link(claim, conditions, named, previous, paragraphSchool);
                        if (link.isEmpty() && claim.unit().isEmpty()) {
                            continue; // a bare number (a time, a code) is a claim only when its words name a figure
                        }
                        if (link.isEmpty()) {
                            verdicts.add(uncheckable(claim, "无法确定所指的指标（可在 " + Synonyms.FILE + " 中补充说法）"));
                            continue;
                        }
                        linked.add(link.get());
                        verdicts.add(figure(claim, link.get()));
                        if (isTableCount(link.get().target())) {
                            counts.add(new StatedCount(index, claim, link.get().target()));
                        }
                    }
                }
            }
            Set<Integer> allowedYears = yearsCited(linked);
            years.forEach(year -> verdicts.add(year(year, allowedYears)));
            if (!mentions.isEmpty()) {
                paragraphSchool = Optional.of(mentions.get(mentions.size() - 1).school());
            }
        }
        return paragraphSchool;
    }

    /** What the claim speaks of: its own words, else the number before it (a share of it, or one school's part of it). */
    private Optional<Link> link(Claim claim, Set<String> conditions, Optional<SchoolNames.Mention> named, Optional<Link> previous,
                                Optional<RegisteredSchool> paragraphSchool) {
        Optional<Target> own = bySynonym(claim, conditions);
        if (own.isPresent()) {
            Target target = own.get();
            Optional<RegisteredSchool> school = Optional.empty();
            if (target.perSchool()) {
                school = named.map(SchoolNames.Mention::school).or(() -> previous.flatMap(Link::school))
                        .or(() -> target.figure().isPresent() ? paragraphSchool : Optional.empty());
            }
            return Optional.of(new Link(target, school, claim.unit()));
        }
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Target before = previous.get().target();
        if (claim.unit().equals("%") && claim.before().contains("占") && SHARE_OF.containsKey(before.id())) {
            return Optional.of(new Link(Target.of(SHARE_OF.get(before.id()), Target.Part.VALUE), previous.get().school(), claim.unit()));
        }
        // 其中 A 校 2 人、B 校 6 人: one school's part of the number before, in its unit, the school named in between
        boolean breakdown = !claim.unit().isEmpty() && claim.unit().equals(previous.get().unit()) && before.perSchool()
                && named.isPresent() && claim.before().contains(named.get().written());
        return breakdown ? Optional.of(new Link(before, named.map(SchoolNames.Mention::school), claim.unit())) : Optional.empty();
    }

    /** A synonym that names a claim's target, and how far before the number its words end (-1: right after the unit). */
    private record Candidate(Synonyms.Synonym synonym, int distance) {
    }

    /** A word the sentence must also have beats one without; words after the number beat words before; nearer, then longer, wins. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt((Candidate c) -> c.synonym().condition().isEmpty() ? 1 : 0)
            .thenComparingInt(Candidate::distance)
            .thenComparingInt(c -> -c.synonym().words().length());

    /** {@code conditions}: the words of the synonyms' conditions that the claim's sentence has. */
    private Optional<Target> bySynonym(Claim claim, Set<String> conditions) {
        List<Candidate> candidates = new ArrayList<>();
        for (Synonyms.Synonym synonym : synonyms.all()) {
            if (!synonym.units().contains(claim.unit()) || !synonym.condition().isEmpty() && !conditions.contains(synonym.condition())) {
                continue;
            }
            if (synonym.after()) {
                // a short word must be all that follows (58 个专业，…), not the start of another noun (3 个专业实训教室)
                String after = claim.after().strip();
                boolean specific = synonym.words().length() >= 4 || !synonym.condition().isEmpty();
                if (after.equals(synonym.words()) || specific && after.startsWith(synonym.words())) {
                    candidates.add(new Candidate(synonym, -1));
                }
                continue;
            }
            int at = claim.before().lastIndexOf(synonym.words());
            if (at < 0 || claim.before().substring(0, at).endsWith("专业")) {
                continue; // 某专业招生 46 人: a major's figure, which no indicator holds
            }
            int distance = claim.before().length() - (at + synonym.words().length());
            if (distance <= MAX_DISTANCE) {
                candidates.add(new Candidate(synonym, distance));
            }
        }
        return candidates.stream().min(BEST_FIRST).map(c -> c.synonym().target());
    }

    private static Optional<Link> priorOf(Link subject, String unit) {
        Target target = subject.target();
        if (target.indicator().isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = target.indicator().get();
        if (target.part() == Target.Part.NUMERATOR && indicator.isGrowth()) {
            return Optional.of(new Link(Target.of(indicator, Target.Part.DENOMINATOR), subject.school(), unit));
        }
        if (target.part() == Target.Part.VALUE && subject.school().isEmpty()) {
            return Optional.of(new Link(Target.of(indicator, Target.Part.PRIOR), Optional.empty(), unit));
        }
        return Optional.empty();
    }

    /** A stated figure against the data, at the claim's own rounding. */
    private Verdict figure(Claim claim, Link link) {
        Optional<ReportFigures.School> school = link.school().flatMap(s -> figures.school(s.code()));
        if (link.school().isPresent() && school.isEmpty()) {
            return uncheckable(claim, link, "", link.school().get().name() + " 不在本次汇总的学校中");
        }
        Optional<BigDecimal> natural = value(link.target(), school);
        if (natural.isEmpty()) {
            return uncheckable(claim, link, "", "数据中没有这个值");
        }
        Optional<BigDecimal> expected = inUnit(link.target(), natural.get(), claim.unit());
        String data = shown(link.target(), natural.get());
        if (expected.isEmpty()) {
            return uncheckable(claim, link, data, "单位“" + claim.unit() + "”与数据不符");
        }
        BigDecimal rounded = expected.get().setScale(claim.decimals(), RoundingMode.HALF_UP);
        if (rounded.compareTo(claim.value()) == 0) {
            return verdict(claim, link, data, Conclusion.CONSISTENT, claim.decimals() < expected.get().stripTrailingZeros().scale()
                    ? "四舍五入到所写的位数一致" : "");
        }
        String fix = rounded.toPlainString() + suffix(claim.unit());
        boolean rounding = claim.decimals() < expected.get().stripTrailingZeros().scale();
        return verdict(claim, link, data, Conclusion.CONTRADICTED, "数据为 " + data + (rounding
                ? "，四舍五入到所写的位数应为 " + fix + "（或写 " + data + "）" : "，应为 " + fix));
    }

    /** A change on the prior year: its size at the claim's rounding, its direction, and its unit (% for a growth, 个百分点 for a share). */
    private Verdict change(Claim claim, Link subject) {
        Target target = subject.target();
        if (target.indicator().isEmpty() || subject.school().isPresent()) {
            return uncheckable(claim, "只核对全市指标的变化");
        }
        Indicator indicator = target.indicator().get();
        Optional<IndicatorValue> found = figures.city(indicator);
        if (found.isEmpty() || found.get().value() == null) {
            return uncheckable(claim, "数据中没有这个值");
        }
        IndicatorValue value = found.get();
        Link link = new Link(target, Optional.empty(), claim.unit());
        BigDecimal size;
        String unitWanted;
        String shownChange;
        if (indicator.isGrowth()) {
            size = value.value().movePointRight(2);
            unitWanted = "%";
            shownChange = Wording.growth(value.value());
        } else if (value.prior() == null) {
            return uncheckable(claim, link, "", "没有上年数据");
        } else if (indicator.display() == Display.PERCENT) {
            size = value.change().movePointRight(2);
            unitWanted = "个百分点";
            shownChange = Wording.change(value);
        } else if (claim.unit().equals("%")) {
            size = value.changeRate() == null ? null : value.changeRate().movePointRight(2);
            unitWanted = "%";
            shownChange = size == null ? "" : Wording.growth(value.changeRate());
        } else {
            size = value.change();
            unitWanted = claim.unit();
            shownChange = Wording.change(value);
        }
        if (size == null) {
            return uncheckable(claim, link, "", "没有上年数据");
        }
        String data = shownChange.isEmpty() ? size.toPlainString() : shownChange;
        if (!claim.unit().equals(unitWanted)) {
            String why = indicator.isGrowth() || unitWanted.equals("%") ? "增长率以“%”表示，不是“" + claim.unit() + "”"
                    : unitWanted.equals("个百分点") ? "比例的变化以“个百分点”表示，不是“" + claim.unit() + "”" : "单位应为“" + unitWanted + "”";
            return verdict(claim, link, data, Conclusion.CONTRADICTED, why + "：应写作“" + data + "”");
        }
        boolean up = UP.contains(claim.direction());
        if (size.signum() != 0 && up != size.signum() > 0) {
            return verdict(claim, link, data, Conclusion.CONTRADICTED, "方向不对：数据是" + data);
        }
        BigDecimal rounded = size.abs().setScale(claim.decimals(), RoundingMode.HALF_UP);
        if (rounded.compareTo(claim.value()) == 0) {
            return verdict(claim, link, data, Conclusion.CONSISTENT, "");
        }
        return verdict(claim, link, data, Conclusion.CONTRADICTED, "数据为“" + data + "”");
    }

    /** The years a sentence may state: the report's, and the data years of the figures it cites. */
    private Set<Integer> yearsCited(List<Link> linked) {
        Set<Integer> allowed = new LinkedHashSet<>(List.of(figures.year()));
        for (Link link : linked) {
            link.target().indicator().flatMap(figures::city).ifPresent(value -> allowed.add(value.dataYear()));
        }
        return allowed;
    }

    private Verdict year(Claim claim, Set<Integer> allowed) {
        int year = claim.value().intValue();
        if (allowed.contains(year)) {
            return new Verdict(claim.location(), quoted(claim), claim.written(), "", "年份", String.valueOf(year), Conclusion.CONSISTENT,
                    year == figures.year() ? "报告年度" : "所引数据的年度");
        }
        return new Verdict(claim.location(), quoted(claim), claim.written(), "", "年份", String.valueOf(figures.year()), Conclusion.CONTRADICTED,
                "年份 " + year + " 既不是报告年度（" + figures.year() + "），也不是本句所引数据的年度；请核对是否应为 " + figures.year() + " 年");
    }

    private void table(DraftText.Table table, List<Verdict> verdicts) {
        if (table.rows().isEmpty()) {
            return;
        }
        List<String> header = table.rows().get(0);
        for (int r = 1; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String line = String.join(ROW_SEPARATOR, row);
            int at = 0;
            for (int c = 0; c < row.size() && c < header.size(); at += row.get(c).length() + ROW_SEPARATOR.length(), c++) {
                String cell = row.get(c);
                if (cell.isBlank() || !header.get(c).contains("学校")) {
                    continue;
                }
                String location = table.section() + " 表（第 " + table.number() + " 部分）第 " + (r + 1) + " 行“" + Rule.quoted(header.get(c)) + "”列";
                String quoted = Verdict.quote(line, at);
                List<SchoolNames.Mention> mentions = names.find(cell);
                if (mentions.isEmpty()) {
                    // a cell of several paragraphs is quoted on one line: the console lists it
                    String written = Rule.quoted(CONTROL_CHARACTERS.matcher(cell).replaceAll(" "));
                    Optional<RegisteredSchool> nearest = figures.registry().nearest(cell);
                    verdicts.add(new Verdict(location, quoted, written, "", "学校名称", nearest.map(RegisteredSchool::name).orElse(""),
                            Conclusion.CONTRADICTED, "“" + written + "”不在学校名录中" + nearest.map(s -> "；最接近的登记名称是“" + s.name() + "”").orElse("")));
                } else {
                    mentions.stream().filter(m -> !m.registeredName()).forEach(m -> verdicts.add(alias(location, quoted, m)));
                }
            }
        }
    }

    private static boolean isTableCount(Target target) {
        String id = target.id();
        return id.equals(Indicator.SCHOOLS.id()) || id.equals(Indicator.NEW_MAJORS.id()) || id.equals(Indicator.NEW_MAJOR_SCHOOLS.id());
    }

    /** What the table below a count lists of what it counts: its rows or its schools, and, for the schools of 图 1, which differ from the data's. */
    private record Listing(int listed, String description) {
    }

    /** A count stated above a table must be the table's rows: the schools of 图 1, the new majors of 图 4 and their schools. */
    private List<Verdict> tablesBelow(DraftText draft, List<StatedCount> counts) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Optional<Listing>> listings = new HashMap<>();
        for (StatedCount count : counts) {
            Claim claim = count.claim();
            listings.computeIfAbsent(count.part() + " " + count.target().id(), key -> listingBelow(draft, count.part(), count.target().id()))
                    .filter(listing -> listing.listed() != claim.value().intValue())
                    .ifPresent(listing -> verdicts.add(new Verdict(claim.location(), quoted(claim), claim.written(), count.target().id(),
                            count.target().name() + "（与表核对）", String.valueOf(listing.listed()), Conclusion.CONTRADICTED,
                            "文中说 " + claim.written() + "，" + listing.description())));
        }
        return verdicts;
    }

    /** The first of the two parts after the count's that is a table of what it counts, as listed there. */
    private Optional<Listing> listingBelow(DraftText draft, int part, String what) {
        for (int p = part + 1; p <= part + 2 && p < draft.parts().size(); p++) {
            if (!(draft.parts().get(p) instanceof DraftText.Table table) || table.rows().size() < 2) {
                continue;
            }
            List<String> header = table.rows().get(0);
            int schoolColumn = header.indexOf(header.stream().filter(h -> h.contains("学校")).findFirst().orElse(""));
            boolean listsMajors = header.stream().anyMatch(h -> h.contains("专业"));
            boolean schoolCount = what.equals(Indicator.SCHOOLS.id());
            boolean fits = schoolCount ? !listsMajors && schoolColumn >= 0
                    : what.equals(Indicator.NEW_MAJORS.id()) ? listsMajors : listsMajors && schoolColumn >= 0;
            if (!fits) {
                continue;
            }
            List<List<String>> rows = table.rows().subList(1, table.rows().size());
            Set<String> schools = new LinkedHashSet<>();
            String last = "";
            for (List<String> row : rows) {
                last = schoolColumn >= 0 && schoolColumn < row.size() && !row.get(schoolColumn).isBlank() ? row.get(schoolColumn) : last;
                schools.add(last);
            }
            int listed = what.equals(Indicator.NEW_MAJOR_SCHOOLS.id()) ? schools.size() : rows.size();
            StringBuilder description = new StringBuilder("紧随其后的表列了 " + listed + " " + (what.equals(Indicator.NEW_MAJORS.id()) ? "个专业" : "所学校"));
            if (schoolCount) {
                Set<String> counted = new HashSet<>(figures.registered().stream().map(RegisteredSchool::name).toList());
                Set<String> found = new HashSet<>();
                List<String> extra = new ArrayList<>();
                for (String name : schools) {
                    List<String> named = names.find(name).stream().map(m -> m.school().name()).toList();
                    found.addAll(named);
                    if (named.stream().noneMatch(counted::contains)) {
                        extra.add(Rule.quoted(name));
                    }
                }
                List<String> missing = figures.registered().stream().map(RegisteredSchool::name).filter(name -> !found.contains(name)).toList();
                if (!extra.isEmpty()) {
                    description.append("；其中 ").append(some(extra)).append(" 不在纳入统计的学校之内");
                }
                if (!missing.isEmpty()) {
                    description.append("；表中缺少 ").append(some(missing));
                }
            }
            return Optional.of(new Listing(listed, description.toString()));
        }
        return Optional.empty();
    }

    /** Names listed in an explanation: the first few, and how many in all when there are more. */
    private static String some(List<String> names) {
        return names.size() <= LISTED_NAMES ? String.join("、", names)
                : String.join("、", names.subList(0, LISTED_NAMES)) + " 等 " + names.size() + " 所";
    }

    /** The data's value of the target, for the city or the school, in its natural unit (a share as a fraction, 元 for a city statistic). */
    private Optional<BigDecimal> value(Target target, Optional<ReportFigures.School> school) {
        if (target.figure().isPresent()) {
            String column = target.figure().get().column();
            return school.isPresent() ? Optional.ofNullable(school.get().figures().get(column)) : figures.total(column);
        }
        Indicator indicator = target.indicator().orElseThrow();
        if (school.isPresent()) {
            return Optional.ofNullable(school.get().indicators().get(indicator));
        }
        Optional<IndicatorValue> city = figures.city(indicator);
        if (city.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (target.part()) {
            case VALUE -> city.get().value();
            case PRIOR -> city.get().prior();
            case NUMERATOR -> city.get().numerator();
            case DENOMINATOR -> city.get().denominator();
        });
    }

    /** The value in the claim's unit: per cent, 亿元 or 万元 of a statistic in 元, a count as it is. */
    private static Optional<BigDecimal> inUnit(Target target, BigDecimal natural, String unit) {
        Optional<Indicator> indicator = target.indicator();
        boolean statistic = indicator.map(Indicator::fromCityStatistics).orElse(false) && target.part() != Target.Part.VALUE
                && target.part() != Target.Part.PRIOR;
        if (statistic) {
            BigDecimal perUnit = CityStatistic.YUAN_PER_UNIT.get(unit);
            return perUnit == null ? Optional.empty() : Optional.of(natural.divide(perUnit));
        }
        Display display = indicator.filter(i -> target.part() == Target.Part.VALUE || target.part() == Target.Part.PRIOR)
                .map(Indicator::display).orElse(Display.COUNT);
        return switch (display) {
            case PERCENT -> unit.equals("%") ? Optional.of(natural.movePointRight(2)) : Optional.empty();
            case RATIO_TO_ONE -> unit.equals(":1") || unit.isEmpty() ? Optional.of(natural) : Optional.empty();
            case RATIO -> unit.isEmpty() || unit.equals("倍") ? Optional.of(natural) : Optional.empty();
            case AMOUNT -> switch (unit) {
                case "万元" -> Optional.of(natural);
                case "亿元" -> Optional.of(natural.movePointLeft(4));
                case "元" -> Optional.of(natural.movePointRight(4));
                default -> Optional.empty();
            };
            case COUNT -> unit.equals("%") || unit.equals(":1") || unit.endsWith("元") ? Optional.empty() : Optional.of(natural);
        };
    }

    /** The data's value as the report would write it: 12.67:1, 77.51%, 33.29 亿元. */
    private String shown(Target target, BigDecimal natural) {
        Optional<Indicator> indicator = target.indicator();
        if (indicator.isPresent() && indicator.get().fromCityStatistics() && target.part() != Target.Part.VALUE && target.part() != Target.Part.PRIOR) {
            boolean numerator = target.part() == Target.Part.NUMERATOR;
            return figures.city(indicator.get()).flatMap(value -> figures.statistic(value, numerator)).map(Wording::statistic)
                    .orElse(natural.toPlainString() + " 元");
        }
        if (indicator.isPresent() && (target.part() == Target.Part.VALUE || target.part() == Target.Part.PRIOR)) {
            return Wording.value(indicator.get(), natural) + (indicator.get().display() == Display.COUNT ? " " + indicator.get().unit() : "");
        }
        return Wording.count(natural);
    }

    private static String suffix(String unit) {
        return unit.isEmpty() || unit.equals("%") || unit.equals(":1") ? unit : " " + unit;
    }

    private static Verdict alias(String location, String quoted, SchoolNames.Mention mention) {
        return new Verdict(location, quoted, mention.written(), mention.school().code(), "学校名称", mention.school().name(),
                Conclusion.CONTRADICTED, "“" + mention.written() + "”不是学校名录中的登记名称，应写作“" + mention.school().name() + "”");
    }

    private static Verdict verdict(Claim claim, Link link, String data, Conclusion conclusion, String explanation) {
        String name = link.target().name() + link.school().map(s -> "（" + s.name() + "）").orElse("");
        return new Verdict(claim.location(), quoted(claim), claim.written(), link.target().id(), name, data, conclusion, explanation);
    }

    private static Verdict uncheckable(Claim claim, Link link, String data, String why) {
        return verdict(claim, link, data, Conclusion.UNCHECKABLE, why);
    }

    private static Verdict uncheckable(Claim claim, String why) {
        return new Verdict(claim.location(), quoted(claim), claim.written(), "", "", "", Conclusion.UNCHECKABLE, why);
    }

    private static String quoted(Claim claim) {
        return Verdict.quote(claim.sentence(), claim.start());
    }
}
