package cn.vocstat.verify;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.model.SchoolFigure;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
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
import java.util.OptionalInt;
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

    /** A first line this short is a title; a longer one is the text. */
    private static final int TITLE_CHARS = 60;
    /** What a report's title, or its file's name, says it is; a title is no sentence. */
    private static final Pattern TITLE = Pattern.compile("[^。；;]*(报告|年报|报表|数据|概况|汇编|总结|讲话|发言|致辞|申报书|申报表|汇报|访谈|专访|——访)[^。；;]*");
    /** A line of a form's head that names whose the document is: 申报单位：阳泉市体育运动学校（盖章）. */
    private static final Pattern AUTHOR_LINE = Pattern.compile("^\\s*(申报单位|填报单位|报送单位|单位名称|学校名称|学校)\\s*[：:].*"
            // a speaker's byline: 平定县高级职业中学校校长, 阳泉市职业中专学校党委书记 王某
            + "|^\\s*\\S{2,30}(学校|中学|中专|职校|职中|职高|体校)\\s*(党委书记|党委副书记|书记|校长|副校长|主任)(\\s*\\S{1,4})?\\s*$");
    /** How many lines at the head of a draft may title it or name its author (a title, a subtitle, a byline, 申报单位). */
    private static final int HEAD_LINES = 6;

    /** The share a "占 x%" right after a count speaks of, and the whole that share is of. */
    private record Share(Indicator share, String wholeId) {
    }

    private static final Map<String, Share> SHARE_OF = Map.of(
            Indicator.DIRECT_EMPLOYED.id(), new Share(Indicator.DIRECT_EMPLOYMENT_SHARE, Indicator.EMPLOYED.id()),
            Indicator.FURTHER_STUDY.id(), new Share(Indicator.FURTHER_STUDY_SHARE, Indicator.EMPLOYED.id()),
            Indicator.MID_SENIOR_TEACHERS.id(), new Share(Indicator.MID_SENIOR_TITLE_RATIO, Indicator.FULL_TIME_TEACHERS.id()),
            Indicator.EMPLOYED.id(), new Share(Indicator.EMPLOYMENT_RATE, Indicator.GRADUATES.id()),
            SchoolFigure.column(ServiceField.PARTNER_HIRES), new Share(Indicator.PARTNER_HIRE_SHARE, Indicator.DIRECT_EMPLOYED.id()),
            Indicator.FULL_TIME_TEACHERS.id(), new Share(Indicator.FULL_TIME_TEACHER_SHARE, Indicator.STAFF.id()),
            SchoolFigure.column(StaffField.DUAL_QUALIFIED), new Share(Indicator.DUAL_QUALIFIED_RATIO, Indicator.FULL_TIME_TEACHERS.id()),
            SchoolFigure.column(StaffField.SENIOR), new Share(Indicator.SENIOR_TITLE_RATIO, Indicator.FULL_TIME_TEACHERS.id()));
    /** A sentence over several years (累计, 近三年, 五年来): none of its figures is one year's. */
    private static final Pattern SEVERAL_YEARS = Pattern.compile("累计|历年|多年来|先后|近[一二三四五六七八九十两几0-9]+年|[一二三四五六七八九十两几0-9]+年来|(?<!今年|本年|年初)以来");
    private static final Set<String> UP = Set.of("增长", "增加", "提高", "上升", "增幅", "涨幅");
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
    private final LineFigures lines;
    /** Every school of the registry that counts, as candidates for a school the text does not name. */
    private final List<Optional<RegisteredSchool>> anySchool;

    /**
     * A claim linked to what it speaks of, for whom (the city: empty; more than one when the text leaves
     * it open, likeliest first), the unit it was written in, and whether it is only a part of the figure
     * (在校生中女生 2980 人, 学生组获二等奖 21 项), which is never compared with the whole.
     */
    private record Link(Target target, List<Optional<RegisteredSchool>> subjects, String unit, boolean part) {
        Link {
            subjects = List.copyOf(subjects);
        }

        Optional<RegisteredSchool> school() {
            return subjects.get(0);
        }

        boolean sure() {
            return subjects.size() == 1;
        }

        Link asPart() {
            return new Link(target, subjects, unit, true);
        }

        /** The same link, left open between the school and the city: a list the text pairs with its numbers unclearly. */
        Link unsure() {
            List<Optional<RegisteredSchool>> open = new ArrayList<>(subjects);
            if (!open.contains(Optional.<RegisteredSchool>empty())) {
                open.add(Optional.empty());
            }
            if (open.size() == 1) {
                open.add(open.get(0));
            }
            return new Link(target, open, unit, part);
        }
    }

    /** A number of the sentence linked to what it speaks of, for a share of it further on (7650 万元，占全市合计的 32.83%). */
    private record Stated(Claim claim, Link link) {
    }

    /** A count stated just above a table that lists what it counts: 6 所 above 图 1. */
    private record StatedCount(int part, Claim claim, Target target) {
    }

    public ClaimChecker(ReportFigures figures, Synonyms synonyms) {
        this(figures, synonyms, new SchoolNames(figures.registry()));
    }

    private ClaimChecker(ReportFigures figures, Synonyms synonyms, SchoolNames names) {
        this.figures = figures;
        this.synonyms = synonyms;
        this.names = names;
        this.lines = new LineFigures(figures, synonyms);
        this.anySchool = figures.registry().counted().stream().map(Optional::of).toList();
    }

    public List<Verdict> check(DraftText draft) {
        String text = draft.parts().stream().filter(DraftText.Paragraph.class::isInstance).map(p -> ((DraftText.Paragraph) p).text())
                .collect(Collectors.joining("\n"));
        SchoolNames defined = names.withAbbreviationsIn(text);
        return defined == names ? checkWithNames(draft) : new ClaimChecker(figures, synonyms, defined).checkWithNames(draft);
    }

    /** The draft checked with these names, the short names it defines among them. */
    private List<Verdict> checkWithNames(DraftText draft) {
        List<Verdict> verdicts = new ArrayList<>();
        List<StatedCount> counts = new ArrayList<>();
        Set<String> aliasesSeen = new HashSet<>();
        Scope own = ownSchool(draft).map(school -> new Scope(Optional.of(school), true, Optional.of(school))).orElse(Scope.NONE);
        Scope scope = own;
        String section = null;
        Optional<RegisteredSchool> sectionOf = Optional.empty();
        for (int p = 0; p < draft.parts().size(); p++) {
            DraftText.Part part = draft.parts().get(p);
            if (!part.section().equals(section)) {
                section = part.section();
                // a heading of any style ends what an earlier section said about a school, unless it names one itself;
                // a school's own report goes on about the school
                List<SchoolNames.Mention> named = names.find(section);
                sectionOf = named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1).school());
                scope = sectionOf.map(school -> new Scope(Optional.of(school), true, Optional.of(school))).orElse(own);
            }
            if (part instanceof DraftText.Paragraph paragraph) {
                scope = paragraph(p, paragraph, scope, own, aliasesSeen, verdicts, counts);
                if (own.school().isPresent()) {
                    // a school's own report compares itself with the city or another school in a paragraph and goes on about itself in the next
                    scope = new Scope(own.school(), true, scope.lastSchool());
                }
                if (sectionOf.isPresent() && (scope.school().isEmpty() || scope.school().equals(sectionOf))) {
                    // 第二篇 阳泉市郊区职业高级中学校 … 全市中职学校共有省级品牌专业 2 个 …: the next paragraph is surely about the school again
                    scope = new Scope(sectionOf, true, scope.lastSchool());
                }
            } else if (part instanceof DraftText.Table table) {
                table(table, own.school(), verdicts);
            }
        }
        verdicts.addAll(tablesBelow(draft, counts));
        return verdicts;
    }

    /**
     * The school a draft is the report of (盂县职业技术学校2025年度质量报告), named alone in its title (its
     * first line, or its first heading) or else in its file name: its sentences speak of that school
     * when they name no one, and 我校 is it. A city's report names no one school there.
     */
    private Optional<RegisteredSchool> ownSchool(DraftText draft) {
        List<String> head = new ArrayList<>();
        if (!draft.parts().isEmpty()) {
            head.add(draft.parts().get(0).section());
        }
        // the title and what follows it: ——在平定县高级职业中学校…大会上的讲话, 申报单位：阳泉市体育运动学校（盖章）
        draft.parts().stream().limit(HEAD_LINES).filter(part -> part instanceof DraftText.Paragraph)
                .map(part -> ((DraftText.Paragraph) part).text()).filter(text -> text.length() <= TITLE_CHARS).forEach(head::add);
        boolean titled = false;
        for (String line : head) {
            // after a title that names no school (山西省优质中等职业学校认定申报书) only an author's line says whose the draft is
            Optional<Optional<RegisteredSchool>> whose = titled && !AUTHOR_LINE.matcher(line).matches() ? Optional.empty() : whoseTitle(line);
            if (whose.isPresent() && whose.get().isPresent()) {
                return whose.get();
            }
            titled |= whose.isPresent();
        }
        return whoseTitle(draft.fileName()).flatMap(school -> school);
    }

    /** Whose a line of a draft's head says the draft is, when it is a title or an author's line: one school's, or none (a city's). */
    private Optional<Optional<RegisteredSchool>> whoseTitle(String line) {
        boolean authorLine = AUTHOR_LINE.matcher(line).matches();
        if (!authorLine && (!TITLE.matcher(line).matches() || Subjects.CITY.matcher(line).find())) {
            return Optional.empty();
        }
        List<RegisteredSchool> schools = names.find(line).stream().map(SchoolNames.Mention::school).distinct().toList();
        if (schools.size() == 1) {
            return Optional.of(Optional.of(schools.get(0)));
        }
        // 盂县教育局 2025 年度工作总结: the bureau of one school writes of that school
        List<RegisteredSchool> governed = figures.registry().counted().stream()
                .filter(school -> !school.authority().isEmpty() && line.contains(school.authority())).toList();
        if (schools.isEmpty() && governed.size() == 1) {
            return Optional.of(Optional.of(governed.get(0)));
        }
        return schools.isEmpty() ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /** Whom the sentences go on about when they name no one: a school or the city (empty), and whether surely (said in this paragraph or its heading). */
    private record Scope(Optional<RegisteredSchool> school, boolean sure, Optional<RegisteredSchool> lastSchool) {
        static final Scope NONE = new Scope(Optional.empty(), true, Optional.empty());
    }

    private static String location(String section, String where) {
        return (section.isEmpty() ? "正文开头" : section) + "，" + where;
    }

    /**
     * Checks a paragraph's sentences; returns whom it spoke of last, which the next paragraph of the same
     * section may go on about, though less surely.
     */
    private Scope paragraph(int index, DraftText.Paragraph paragraph, Scope scope, Scope own, Set<String> aliasesSeen, List<Verdict> verdicts,
                            List<StatedCount> counts) {
        String location = location(paragraph.section(), "第 " + paragraph.number() + " 段");
        Scope current = scope;
        // 各校经费总支出合计 23,300 万元。职业中专以 7,650 万元居首。综合中专为 4,200.50 万元: a list of schools goes on from sentence to sentence
        Optional<Link> sentenceBefore = Optional.empty();
        for (ClaimFinder.Sentence sentence : ClaimFinder.sentences(paragraph.text())) {
            String text = sentence.text();
            List<SchoolNames.Mention> mentions = names.find(text);
            mentions.stream().filter(m -> !m.registeredName() && aliasesSeen.add(m.written()))
                    .forEach(m -> verdicts.add(alias(location, Verdict.snippet(text, m.start(), m.end()), m)));
            Set<String> conditions = synonyms.all().stream().map(Synonyms.Synonym::condition).filter(c -> !c.isEmpty() && text.contains(c))
                    .collect(Collectors.toSet());
            List<Claim> claims = ClaimFinder.find(location, text, figures.year());
            Subjects subjects = new Subjects(text, mentions, current, anySchool, own.school());
            Map<Claim, Pairing> paired = pairings(text, claims, mentions);
            List<Link> linked = new ArrayList<>();
            List<Stated> stated = new ArrayList<>();
            List<Claim> years = new ArrayList<>();
            Optional<Link> previous = Optional.empty();
            Optional<Link> beforeSemicolon = sentenceBefore;
            java.util.regex.Matcher topicOf = TOPIC.matcher(text);
            String topic = topicOf.find() ? topicOf.group(1) : "";
            int previousEnd = 0;
            Set<Integer> placesChecked = new HashSet<>();
            boolean spendingListed = false;
            for (int c = 0; c < claims.size(); c++) {
                Claim claim = claims.get(c);
                if (text.substring(previousEnd, claim.start()).matches("(?s).*[；;].*")) {
                    // a semicolon ends what a number may go on about, but for a list of schools: A 2200 人；B 1020 人
                    beforeSemicolon = previous.isPresent() ? previous : beforeSemicolon;
                    previous = Optional.empty();
                }
                int wordsFrom = previousEnd;
                previousEnd = claim.end();
                Optional<Link> bookmarked = bookmarked(paragraph, sentence.offset(), claim, subjects);
                if (bookmarked.isPresent()) {
                    verdicts.add(figure(claim, bookmarked.get()));
                    linked.add(bookmarked.get());
                    previous = bookmarked;
                    continue;
                }
                Optional<Link> earlier = previous;
                Optional<Link> listed = beforeSemicolon;
                Pairing pairing = paired.get(claim);
                List<Optional<RegisteredSchool>> who = pairing != null && pairing.school().isPresent()
                        ? List.of(pairing.school()) : subjects.at(claim.start());
                boolean uncertainPair = pairing != null && pairing.school().isEmpty() && pairing.target().isEmpty() && !pairing.each();
                switch (claim.kind()) {
                    case YEAR -> years.add(claim);
                    case CHANGE -> {
                        Optional<Link> subject = pairing != null && pairing.target().isPresent()
                                ? Optional.of(new Link(pairing.target().get(), who, claim.unit(), false))
                                // A 和 B 在校生略有增长，分别增加 3 人和 10 人: each school's change of the figure the sentence named
                                : pairing != null && pairing.school().isPresent()
                                ? own(claim, conditions, who, true).or(() -> earlier.filter(e -> onlyRoleWords(claim)).map(e -> new Link(e.target(), who, e.unit(), false)))
                                        .or(() -> own(claim.withWordsBefore(text.substring(0, claim.start())), conditions, who, true))
                                : own(claim, conditions, who, true).or(() -> onlyRoleWords(claim) ? earlier : Optional.empty());
                        verdicts.add(subject.map(s -> change(claim, s)).orElseGet(() -> uncheckable(claim, "看不出是哪个数字的变化")));
                        // 在校生较上年减少 233 人、下降 3.56%: the next change is of the same figure, this year's (比上年的 21669.01 万元增长 7.53%。
                        // 其中职业中专 7650 万元 is this year's)
                        previous = subject.map(s -> currentOf(s, s.unit())).or(() -> earlier);
                    }
                    case PRIOR -> {
                        // 增至 2024 年的 18347.88 元: a statistic's "last year" may be the year of its data
                        Optional<Link> prior = own(claim, conditions, who, true).or(() -> onlyRoleWords(claim) ? earlier : Optional.empty())
                                .flatMap(s -> claim.statedYear().isPresent() && claim.before().matches("(?s).*(19|20)\\d{2}\\s*年度?的?\\s*$")
                                && claim.statedYear().getAsInt() == dataYear(s.target()) ? Optional.of(currentOf(s, claim.unit())) : priorOf(s, claim.unit()));
                        prior.ifPresent(linked::add);
                        verdicts.add(prior.map(link -> figure(claim, link)).orElseGet(() -> uncheckable(claim, "看不出是哪个数字的上年值")));
                        previous = prior.isPresent() || onlyRoleWords(claim) ? prior.or(() -> earlier) : Optional.empty();
                    }
                    case RANGE -> {
                        Claim other = c + 1 < claims.size() && claims.get(c + 1).kind() == Claim.Kind.RANGE ? claims.get(c + 1) : null;
                        if (other == null) {
                            verdicts.add(uncheckable(claim, "范围的另一端不明，不核对"));
                            continue;
                        }
                        Claim low = claim.unit().isEmpty() ? claim.withUnit(other.unit()) : claim;
                        // 各校生师比在 8.4 至 14.67 之间: a range of ratios may leave out their :1
                        Claim lowAsRatio = low.unit().isEmpty() ? low.withUnit(":1") : low;
                        Optional<Link> link = own(low, conditions, who, false).or(() -> own(other, conditions, who, false))
                                .or(() -> own(lowAsRatio, conditions, who, false)).or(() -> earlier);
                        String clauses = text.substring(Math.max(0, text.lastIndexOf('，', low.start()) + 1), other.end());
                        Verdict range = link.map(l -> range(low, other, l, clauseOf(low) + clauses)).orElseGet(() -> uncheckable(low, "无法确定所指的指标"));
                        verdicts.add(range);
                        verdicts.add(new Verdict(other.location(), snippet(other), other.written(), range.targetId(), range.targetName(),
                                range.dataValue(), range.conclusion(), range.explanation()));
                        c++;
                        previousEnd = other.end();
                        previous = link.or(() -> earlier);
                    }
                    case BOUND, FRACTION, FIGURE -> {
                        if (PER_UNIT.matcher(clauseBefore(claim)).find()) {
                            verdicts.add(uncheckable(claim, "是平均数，数据中没有这一项")); // 平均每支队伍近 20 次: not the 156 次 of all teams
                            continue;
                        }
                        if (PLAN.matcher(paragraph.section()).find() || PLAN.matcher(clauseBefore(claim)).find() || TARGET_AFTER.matcher(claim.after()).find()
                                || aYearToCome(paragraph.section())) {
                            verdicts.add(uncheckable(claim, "是计划或目标，不是本年度的数据")); // 力争全年招生不低于 150 人
                            continue;
                        }
                        if (STANDARD.matcher(clauseBefore(claim)).find()) {
                            verdicts.add(uncheckable(claim, "是标准或规定，不是本年度的数据"));
                            continue;
                        }
                        // 体校生均支出约 5.0 万元，职业中专约 3.48 万元: a school listed after a school's spending per student is its spending too
                        boolean spendingGoesOn = spendingListed && subjects.namesInClause(claim.start());
                        Optional<Verdict> derived = lines.ofMajor(claim, who, ClaimFinder.normalise(text.substring(0, claim.start())), true)
                                .or(() -> lines.prizesInAll(claim, who)).or(() -> lines.spendingPerStudent(claim, who, spendingGoesOn));
                        if (derived.isPresent()) {
                            verdicts.add(derived.get());
                            spendingListed = Indicator.SCHOOL_EXPENDITURE.id().equals(derived.get().targetId()) && derived.get().targetName().startsWith("生均");
                            previous = Optional.empty(); // 获奖总数 39 项、比上届增加 13 项: no figure whose change the data holds
                            beforeSemicolon = Optional.empty();
                            continue;
                        }
                        // 职业中专在校生 2200 人，在校生占全市的 34.87%: the part is of whom the words before 占 speak, the whole of 全市
                        int shareWord = claim.sentence().lastIndexOf('占', claim.start());
                        List<Optional<RegisteredSchool>> partOf = shareWord >= 0 ? subjects.at(shareWord) : who;
                        Optional<ShareReading> share = pairing == null ? shareOfWhole(claim, conditions, partOf, stated)
                                .or(() -> shareOfStatedWhole(claim, stated)) : Optional.empty();
                        if (share.isPresent()) {
                            verdicts.add(share.get().verdict());
                            // an indicator's change may follow; another share is an aside: what follows goes on about the part
                            // (…，占全市的 34.9%。综合中专以 1150 人居第二)
                            share.get().indicator().ifPresent(linked::add);
                            share.get().ranked().flatMap(ranked -> placeAfter(claim, ranked, placesChecked)).ifPresent(verdicts::add);
                            previous = share.get().indicator().or(() -> earlier);
                            continue;
                        }
                        if (pairing == null && earlier.isPresent() && !earlier.get().part() && RESTATED.matcher(text.substring(wordsFrom, claim.start())).matches()) {
                            // 在校生 6310 人（约 0.63 万人）, 23300 万元（2.33 亿元）: the same figure again in another unit; what follows goes on about it
                            Link same = currentOf(earlier.get(), claim.unit());
                            verdicts.add(claim.kind() == Claim.Kind.BOUND ? bound(claim, same, clauseOf(claim)) : figure(claim, same));
                            continue;
                        }
                        Optional<Verdict> fromCity = pairing == null ? fromCity(claim, earlier, linked) : Optional.empty();
                        if (fromCity.isPresent()) {
                            verdicts.add(fromCity.get());
                            continue;
                        }
                        Optional<Link> link = pairing != null && pairing.target().isPresent()
                                ? Optional.of(new Link(pairing.target().get(), who, claim.unit(), false))
                                : link(claim, conditions, who, previous, subjects, linked)
                                // 平定职中直接就业占比最高，职业中专以 38.66% 居第二位: the figure ranked just before, not the one before the semicolon
                                .or(() -> namedEarlier(claim, topic, text.substring(wordsFrom, claim.start()), conditions,
                                        pairing != null ? who : subjects.schoolBetween(wordsFrom, claim.start()).map(school -> List.of(Optional.of(school)))
                                                .orElse(who), listed, earlier))
                                .or(() -> schoolsPart(claim, listed, subjects))
                                .or(() -> pairing != null && pairing.school().isPresent()
                                ? earlier.filter(e -> e.unit().equals(claim.unit())).map(e -> new Link(e.target(), who, claim.unit(), false))
                                : Optional.empty());
                        if (link.isEmpty() && (claim.unit().isEmpty() || isWordNumber(claim))) {
                            continue; // a bare number (a time, a code) or 一个 in words is a claim only when its words name a figure
                        }
                        if (link.isEmpty()) {
                            verdicts.add(uncheckable(claim, "无法确定所指的指标（可在 " + Synonyms.FILE + " 中补充说法）"));
                            if (DIFFERENCE.matcher(clauseBefore(claim)).find()) {
                                continue; // …最低的体校为 36.00%，两者相差 18.67 个百分点；郊区职高为 46.15%: the list goes on past the difference
                            }
                            previous = Optional.empty(); // 中高级职称 386 人，占 77.51%: the share is of the number not understood, not of one before it
                            if (!POINTS_BACK.matcher(clauseBefore(claim)).find()) {
                                beforeSemicolon = Optional.empty(); // 体校生均支出约 5.0 万元，职业中专约 3.48 万元: nor the schools listed after it
                            }
                            continue;
                        }
                        if (SEVERAL_YEARS.matcher(text).find()) {
                            verdicts.add(uncheckable(claim, link.get(), "", "多年累计的数，不与本年度数据比较"));
                            continue;
                        }
                        Link found = uncertainPair ? link.get().unsure() : pairing != null && pairing.each() ? link.get().asPart() : link.get();
                        int statedYear = claim.statedYear().orElse(dataYear(found.target()));
                        if (statedYear == dataYear(found.target()) - 1 && priorOf(found, claim.unit()).isPresent()) {
                            found = priorOf(found, claim.unit()).get(); // 2024 年在校生 6543 人: last year's value
                        } else if (statedYear != dataYear(found.target()) && figure(claim, found).conclusion() != Conclusion.CONSISTENT) {
                            // another year's figure is not in the data; one that is this year's has its year wrong, which the year's check says
                            verdicts.add(uncheckable(claim, found, "", statedYear + " 年的这个数不在所核对的数据中"));
                            previous = Optional.empty();
                            continue;
                        }
                        linked.add(found);
                        stated.add(new Stated(claim, found));
                        // 是全市六所中职学校中最低的，远低于全市 12.67∶1: the schools counted in passing are not what goes on
                        previous = found.target().indicator().filter(Indicator.SCHOOLS::equals).isPresent() && earlier.isPresent() ? earlier : Optional.of(found);
                        verdicts.add(switch (claim.kind()) {
                            case BOUND -> bound(claim, found, clauseOf(claim));
                            case FRACTION -> fraction(claim, found);
                            default -> figure(claim, found);
                        });
                        if (claim.kind() == Claim.Kind.FIGURE) {
                            // 就业率 98.89%，排全市第二; 占比 78.57%，高于全市 77.51% 的水平，在全市中职学校中居第二位: the school's place
                            Link ranked = found;
                            Link ofSchool = found.school().isPresent() ? found : linked.stream()
                                    .filter(l -> l.school().isPresent() && l.target().equals(ranked.target())).reduce((a, b) -> b).orElse(found);
                            placeAfter(claim, ofSchool, placesChecked).ifPresent(verdicts::add);
                        }
                        if (claim.kind() == Claim.Kind.FIGURE && isTableCount(found.target()) && !found.part()) {
                            counts.add(new StatedCount(index, claim, found.target()));
                        }
                    }
                }
            }
            // 获奖数居全市第一: a place no figure of the sentence holds is listed, not passed over
            for (RankPhrase.Span span : RankPhrase.all(text)) {
                if (placesChecked.stream().noneMatch(span::holds)) {
                    verdicts.add(placeOfNamedFigure(location, text, span, subjects, conditions)
                            .orElseGet(() -> new Verdict(location, Verdict.snippet(text, span.start(), span.end()), text.substring(span.start(), span.end()),
                                    "", "", "", Conclusion.UNCHECKABLE, "看不出是哪个数的位次")));
                }
            }
            Set<Integer> allowedYears = yearsCited(linked);
            boolean comparing = claims.stream().anyMatch(c -> c.kind() == Claim.Kind.PRIOR || c.kind() == Claim.Kind.CHANGE);
            if (comparing || text.matches("(?s).*(比|较|相比|同比|上年|去年|由|从|增|降|减少|提高|回落).*")) {
                // a comparison names the year before each year it cites: 由 2023 年的 11123.67 元增至（2024 年）18347.88 元
                new ArrayList<>(allowedYears).forEach(year -> allowedYears.add(year - 1));
            }
            // a year is wrong only where every figure of its sentence is known: else the data it speaks of is not
            boolean citesKnown = linked.size() >= claims.stream().filter(c -> c.kind() != Claim.Kind.YEAR).count();
            // a year in a sentence that states no figure dates no data of ours (六、经费保障（2024 年度）, 学校始建于 1958 年),
            // unless it opens the sentence and so dates what the paragraph goes on to say (2024 年，阳泉市全面提升教师队伍…。目前…)
            boolean statesFigures = claims.stream().anyMatch(c -> c.kind() != Claim.Kind.YEAR);
            int opening = text.length() - text.stripLeading().length();
            // a year after the report's (2026 年，我们将…) is a plan's, never a figure's wrong year
            years.stream().filter(year -> year.value().intValue() <= figures.year())
                    .filter(year -> statesFigures || year.start() == opening || allowedYears.contains(year.value().intValue()))
                    .forEach(year -> verdicts.add(year(year, allowedYears, citesKnown)));
            sentenceBefore = previous;
            // 2.阳泉市综合中专学校。: an item's number is no claim, the school it names is whom the next sentences speak of
            current = subjects.after(claims.stream().filter(c -> !c.unit().isEmpty()).mapToInt(Claim::start).max().orElse(-1));
            if (own.school().isPresent() && !current.school().equals(own.school())) {
                // a school's report compares itself with the city (约占全市的 18.2%) or another school (与职业中专 54.67% 的水平差距明显)
                // and goes on about itself, or maybe the city
                current = new Scope(own.school(), false, current.lastSchool());
            }
        }
        return new Scope(current.school(), false, current.lastSchool());
    }

    private static boolean isWordNumber(Claim claim) {
        return !claim.written().matches(".*\\d.*") && claim.value().compareTo(BigDecimal.TEN) < 0 && claim.kind() != Claim.Kind.FRACTION
                && !claim.unit().equals("%");
    }

    /**
     * Whom each number of a sentence speaks of: the school or the city named last in its own clause; else
     * the sentence's first (its topic) when the sentence names only one; else whom the text spoke of before.
     */
    private static final class Subjects {
        private static final Pattern ASIDE = Pattern.compile("(占|与|比|高于|低于|较|同|超过|优于|不及)$");
        /** A sentence that sets a school against the rest: 仅职业中专超过 50%，其余学校均在 50% 以下 speaks of the city's schools. */
        private static final Pattern OTHER_SCHOOLS = Pattern.compile("其余学校|其他学校|其它学校|其余各校|其他各校|其余\\d所|其余[二三四五]所");
        /** What joins a school to one named aside before it: 和, 、, （以下简称. */
        private static final Pattern ASIDE_LIST = Pattern.compile("[\\s、和与及（(“\"”]*(以下简称|简称)?[\\s“\"]*");
        /** Schools counted after they are named: 三所学校, 两所中职学校. */
        private static final Pattern COUNTED_SCHOOLS = Pattern.compile("^[）)”\"\\s]*[两二三四五六七八九0-9]\\s*所");
        private static final Pattern SCHOOL_ASIDE = Pattern.compile("(仅次于|次于|高于|低于|超过|优于|不及|领先于|落后于)$");
        /** The city and its schools together; not 全县 or 全区, a county's or district's schools, whose figures the city's are not. */
        private static final Pattern CITY = Pattern.compile("全市各校|全市各学校|全市各中职学校|全市|我市|本市|市属|各校|各学校|各中职学校|[0-9６六五]\\s*所(中职)?学校");
        /** What follows the city where it only places a school among the city's: 最低, 首位, 增幅最大, 唯一的一等奖. */
        private static final Pattern RANKED_IN = Pattern.compile("^[^，,。；;：:\\d]{0,12}?(最|首位|之首|前列|唯一|第[一二三四五六七八九十])");
        /** Who writes, in a school's own draft: 我们 (not 我们学校, a 我校 already). */
        private static final Pattern WE = Pattern.compile("我们(?!学校)");
        /** The school that writes: 我校, 本校, 全校. */
        private static final Pattern FIRST_PERSON = Pattern.compile("我校|我们学校|本校|全校");
        /** Words that point back to the school last named: 该校专任教师 150 人. */
        private static final Pattern THAT_SCHOOL = Pattern.compile("我校|我们学校|该校|本校|全校|该学校|学校的|其(?=[\\p{IsHan}])");
        /** A place a sentence names whom it speaks of: a school, or the city (empty). */
        private record Mark(int start, int end, Optional<RegisteredSchool> school) {
        }

        private final String text;
        private final List<Mark> marks = new ArrayList<>();
        /** Where the city is named only to compare with it (约占全市的 18.2%, 高于全市): the text goes on about whom it did. */
        private final List<Integer> asides = new ArrayList<>();
        private final Scope before;
        /** Where the sentence says 我校 or 该校 of a school the text has not named: it may be any. */
        private final List<Integer> unnamedSchoolAt = new ArrayList<>();
        private final List<Optional<RegisteredSchool>> anySchool;

        Subjects(String text, List<SchoolNames.Mention> mentions, Scope before, List<Optional<RegisteredSchool>> anySchool,
                 Optional<RegisteredSchool> ownSchool) {
            this.text = text;
            this.before = before;
            this.anySchool = anySchool;
            mentions.forEach(m -> marks.add(new Mark(m.start(), m.end(), Optional.of(m.school()))));
            // 占比 46.43%，仅次于阳泉市职业中专学校: a school named to compare with is not whom the text goes on about
            SchoolNames.Mention asideBefore = null;
            for (SchoolNames.Mention m : mentions) {
                // 仅次于郊区职高和职业中专, 仅次于盂县职业技术学校（以下简称盂县职校）: the list and the short name are asides too
                boolean listedAfterAside = asideBefore != null && ASIDE_LIST.matcher(text.substring(asideBefore.end(), m.start())).matches();
                if (SCHOOL_ASIDE.matcher(text.substring(0, m.start())).find() || listedAfterAside) {
                    asides.add(m.start());
                    asideBefore = m;
                } else {
                    asideBefore = null;
                }
            }
            java.util.regex.Matcher city = CITY.matcher(text);
            while (city.find()) {
                if (RANKED_IN.matcher(text.substring(city.end())).find()) {
                    continue; // 生师比为全市最低, 居全市首位, 在全市六所中职学校中增幅最大: a rank among the city's schools, not the city's figure
                }
                marks.add(new Mark(city.start(), city.end(), Optional.empty()));
                if (ASIDE.matcher(text.substring(0, city.start())).find()) {
                    asides.add(city.start());
                }
            }
            marks.sort(Comparator.comparingInt(Mark::start));
            java.util.regex.Matcher that = THAT_SCHOOL.matcher(text);
            List<Mark> pointing = new ArrayList<>();
            while (that.find()) {
                int at = that.start();
                Optional<RegisteredSchool> named = before.lastSchool();
                for (Mark mark : marks) {
                    named = mark.end() <= at && mark.school().isPresent() ? mark.school() : named;
                }
                if (FIRST_PERSON.matcher(that.group()).matches() && ownSchool.isPresent()) {
                    named = ownSchool; // 我校 in a school's own speech is that school, whichever school it named last (和体校的 8.4∶1 比)
                }
                boolean pointsBack = !that.group().equals("学校的") && !that.group().equals("其");
                // “全校 150 名专任教师里…”张建国说: a head quoted before the sentence names the school speaks of an unnamed one
                boolean quotedUnnamed = isQuoted(text, at) && marks.stream().noneMatch(m -> m.end() <= at && m.school().isPresent());
                if (named.isPresent() && pointsBack && !quotedUnnamed) {
                    pointing.add(new Mark(that.start(), that.end(), named));
                } else if (pointsBack) {
                    unnamedSchoolAt.add(that.start());
                }
            }
            if (ownSchool.isPresent()) {
                // 我们的生师比是 12.88∶1，…低于郊区职高的 13.08∶1: in a school's own speech 我们 is the school
                java.util.regex.Matcher we = WE.matcher(text);
                while (we.find()) {
                    pointing.add(new Mark(we.start(), we.end(), ownSchool));
                }
            }
            marks.addAll(pointing);
            marks.sort(Comparator.comparingInt(Mark::start));
        }

        /** Whether the text at {@code at} stands inside a quotation opened in this sentence: “…. */
        private static boolean isQuoted(String text, int at) {
            int open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('「', at));
            return open >= 0 && Math.max(text.lastIndexOf('”', at), text.lastIndexOf('」', at)) < open;
        }

        /** The candidates for a number at {@code at}, the likeliest first; one when sure. */
        List<Optional<RegisteredSchool>> at(int at) {
            int clause = clauseStart(text, at, CLAUSE_ENDS);
            Optional<RegisteredSchool> inClause = null;
            Set<Optional<RegisteredSchool>> earlier = new LinkedHashSet<>();
            for (Mark mark : marks) {
                if (mark.end() > at) {
                    break;
                }
                if (mark.start() >= clause) {
                    inClause = mark.school();
                } else if (!asides.contains(mark.start())) {
                    earlier.add(mark.school()); // not the city named before only to compare with it (略低于全市 99.07%；直接就业 38 人)
                }
            }
            if (inClause != null && inClause.isPresent() && COUNTED_SCHOOLS.matcher(text.substring(lastMarkEnd(at), at)).find()) {
                return List.of(inClause, Optional.empty()); // A（简称…）、B 和 C 三所学校新增招生专业 5 个: the schools together, maybe the city's all
            }
            if (inClause != null) {
                return List.of(inClause);
            }
            int lastMark = marks.stream().filter(m -> m.end() <= at).mapToInt(Mark::start).max().orElse(-1);
            if (unnamedSchoolAt.stream().anyMatch(s -> s < at && s > lastMark)) {
                return anySchool; // 我校 in a report that does not say which school: true for one of them is not wrong
            }
            // 职业中专毕业生 920 人，就业率 98.51%；盂县职校毕业生 268 人，就业率 99.24%: an item of a list speaks of the school it names
            int item = Math.max(text.lastIndexOf('；', at), text.lastIndexOf(';', at));
            boolean aList = text.indexOf('；') >= 0 || text.indexOf(';') >= 0;
            List<Mark> inItem = marks.stream().filter(m -> m.start() > item && m.end() <= at).toList();
            // 盂县职业技术学校（盂县职校）升学占比高达 85.61%，直接就业仅 38 人: a name and its short name are one school
            List<Optional<RegisteredSchool>> itemSchools = inItem.stream().map(Mark::school).distinct().toList();
            if (aList && itemSchools.size() == 1 && itemSchools.get(0).isPresent()) {
                return itemSchools;
            }
            if (!marks.isEmpty() && marks.get(0).end() <= at && text.substring(0, marks.get(0).start()).matches("[\\s\\d年，,、]*")) {
                return List.of(marks.get(0).school()); // the sentence's topic: 阳泉市职业中专学校是全市规模最大的学校，在校生 2200 人
            }
            if (earlier.size() == 1) {
                return List.of(earlier.iterator().next());
            }
            if (!earlier.isEmpty()) {
                return List.copyOf(earlier);
            }
            // 企业兼职教师共 78 人，其中职业中专 42 人: a sentence that names schools after its number may total them
            boolean othersLater = marks.stream().anyMatch(m -> m.start() > at && m.school().isPresent() && !m.school().equals(before.school()));
            if ((before.sure() || before.school().isEmpty()) && !(othersLater && before.school().isPresent())) {
                return List.of(before.school());
            }
            return List.of(before.school(), Optional.empty());
        }

        /** Where the last place naming whom the text speaks of ends before {@code at}. */
        private int lastMarkEnd(int at) {
            return marks.stream().filter(m -> m.end() <= at).mapToInt(Mark::end).max().orElse(0);
        }

        /** Whether the clause of a number at {@code at} names a school before it (综合中专 1150 人). */
        boolean namesInClause(int at) {
            int from = clauseStart(text, at, CLAUSE_ENDS + "、");
            return marks.stream().anyMatch(m -> m.school().isPresent() && m.start() >= from && m.end() <= at);
        }

        /** The school named last between two places of the sentence: 在校生最多的是阳泉市职业中专学校，达 2200 人. */
        Optional<RegisteredSchool> schoolBetween(int from, int to) {
            return marks.stream().filter(m -> m.school().isPresent() && m.start() >= from && m.end() <= to).reduce((a, b) -> b).flatMap(Mark::school);
        }

        /** Whether only a verb stands between the school its clause names and the number (综合中专为 4,200.50; not 职业中专获奖总数达 12). */
        boolean onlyVerbAfterSchool(int at) {
            int end = marks.stream().filter(m -> m.school().isPresent() && m.end() <= at).mapToInt(Mark::end).max().orElse(at);
            // 平定县高级职业中学校（以下简称平定职中）为 40.82%: an aside in brackets is no word of the figure
            return text.substring(end, at).replaceAll("[（(][^）)]*[）)]", "").matches("[为以有达到共计约近是仅只：:，,）)\\s]*|.*这一?(比例|比重|比值)(为|达|达到|是)?\\s*");
        }

        /** Whether the school a number at {@code at} speaks of is one the sentence gives as an example of the city's (全市…，其中职业中专…). */
        private boolean aCitysExample(int at) {
            Optional<Mark> school = marks.stream().filter(m -> m.end() <= at && m.school().isPresent() && !asides.contains(m.start())).reduce((a, b) -> b);
            boolean cityFirst = !marks.isEmpty() && marks.get(0).school().isEmpty() && !asides.contains(marks.get(0).start())
                    || before.school().isEmpty();
            return school.isPresent() && cityFirst && text.substring(Math.max(0, school.get().start() - 3), school.get().start()).contains("其中");
        }

        /** Whom the next sentence goes on about: whom its last number spoke of, else whom it named last, else whom the text spoke of before. */
        Scope after(int lastClaim) {
            Optional<RegisteredSchool> lastSchool = before.lastSchool();
            for (Mark mark : marks) {
                lastSchool = mark.school().isPresent() && !asides.contains(mark.start()) ? mark.school() : lastSchool;
            }
            int from = clauseStart(text, lastClaim, CLAUSE_ENDS);
            if (lastClaim >= 0 && asides.stream().anyMatch(a -> a >= from && a < lastClaim)) {
                return new Scope(before.school(), before.sure(), lastSchool); // 约占全市在校生的 18.2%: a comparison, not a new topic
            }
            if (lastClaim >= 0) {
                List<Optional<RegisteredSchool>> last = at(lastClaim);
                long schoolsNamed = marks.stream().map(Mark::school).filter(Optional::isPresent).distinct().count();
                if (last.size() == 1 && last.get(0).isPresent() && (aCitysExample(lastClaim) || OTHER_SCHOOLS.matcher(text).find())) {
                    return new Scope(Optional.empty(), true, lastSchool); // 全市…，其中盂县职校这一比例达到 42.11%。全年开展社会培训…: the city again
                }
                if (last.size() == 1) {
                    // after a sentence comparing schools (A 2200 人，B 1020 人) the next may go on about the last or return to the city
                    boolean sure = last.get(0).isEmpty() || schoolsNamed < 2 && (!marks.isEmpty() || before.sure());
                    return new Scope(last.get(0), sure, lastSchool);
                }
            }
            List<Mark> topics = marks.stream().filter(m -> !asides.contains(m.start())).toList();
            return topics.isEmpty() ? new Scope(before.school(), before.sure(), lastSchool)
                    : new Scope(topics.get(topics.size() - 1).school(), true, lastSchool);
        }
    }

    /**
     * What a "分别" list pairs with a number: the school or the figure in the same place of the list before
     * it; neither when the lists differ in length; {@code each} when the list names neither (音乐表演、舞蹈
     * 表演两个专业，分别招生 30 人和 25 人): each number is one item's, a part of a figure.
     */
    private record Pairing(Optional<RegisteredSchool> school, Optional<Target> target, boolean each) {
    }

    private Map<Claim, Pairing> pairings(String text, List<Claim> claims, List<SchoolNames.Mention> mentions) {
        Map<Claim, Pairing> pairs = new HashMap<>();
        int from = 0;
        for (int at = text.indexOf("分别"); at >= 0; at = text.indexOf("分别", at + 2)) {
            int listStart = from;
            int listEnd = at;
            int stop = listEnd(text, at);
            List<Claim> listed = claims.stream().filter(c -> c.start() > listEnd && c.start() < stop
                    && (c.kind() == Claim.Kind.FIGURE || c.kind() == Claim.Kind.CHANGE)).toList();
            // 二等奖、三等奖分别比上年增加 7 项和 6 项: a list of changes pairs as a list of figures does
            List<Claim> after = listed.stream().map(Claim::kind).distinct().count() == 1 ? listed
                    : listed.stream().filter(c -> c.kind() == Claim.Kind.FIGURE).toList();
            List<Claim> earlierClaims = claims.stream().filter(c -> c.start() >= listStart && c.start() < listEnd).toList();
            int spanStart = earlierClaims.isEmpty() ? listStart : earlierClaims.get(earlierClaims.size() - 1).end();
            List<SchoolNames.Mention> schools = mentions.stream().filter(m -> m.start() >= spanStart && m.end() <= listEnd).toList();
            // the figures listed are those of the clause before 分别 (已落实去向的毕业生中，直接就业和升学的比例分别为…)
            int listClause = Math.max(spanStart, clauseStart(text, listEnd, CLAUSE_ENDS));
            List<Target> targets = targetsIn(text.substring(listClause, listEnd));
            for (int i = 0; i < after.size(); i++) {
                Optional<RegisteredSchool> school = schools.size() == after.size() && after.size() > 1
                        ? Optional.of(schools.get(i).school()) : Optional.empty();
                Optional<Target> target = targets.size() == after.size() && after.size() > 1
                        ? Optional.of(shareIfSaid(targets.get(i), after.get(i), text.substring(listClause, listEnd))) : Optional.empty();
                boolean listOfOne = schools.size() <= 1 && targets.size() <= 1;
                boolean each = schools.isEmpty() && targets.isEmpty() && after.size() > 1
                        && after.stream().map(Claim::unit).distinct().count() == 1;
                if (!listOfOne || school.isPresent() || target.isPresent() || each) {
                    pairs.put(after.get(i), new Pairing(school, target, each));
                }
            }
            from = stop;
        }
        return pairs;
    }

    /** Where the numbers a 分别 at {@code at} pairs end: at the clause's end (…增加 7 项和 6 项，另有 65 人次…), a thousands separator aside. */
    private static int listEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '；' || c == ';' || c == '，' || c == ',' && !isThousandsSeparator(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** 直接就业和升学的比例分别为 33.05% 和 66.95%: a count's share where the list says 比例 and the number is a per cent. */
    private static Target shareIfSaid(Target count, Claim claim, String list) {
        Share share = SHARE_OF.get(count.id());
        return share != null && claim.unit().equals("%") && list.matches("(?s).*(比例|占比|比重).*") ? Target.of(share.share(), Target.Part.VALUE) : count;
    }

    /** The figures a list names, in its order: 在校生和招生 → students, enrolment (the longest words where they overlap). */
    private List<Target> targetsIn(String span) {
        boolean[] taken = new boolean[span.length()];
        Map<Integer, Target> found = new java.util.TreeMap<>();
        synonyms.all().stream().filter(s -> !s.after() && s.condition().isEmpty()).sorted(Comparator.comparingInt(s -> -s.words().length()))
                .forEach(s -> {
                    for (int at = span.indexOf(s.words()); at >= 0; at = span.indexOf(s.words(), at + 1)) {
                        boolean free = true;
                        for (int i = at; i < at + s.words().length(); i++) {
                            free &= !taken[i];
                        }
                        if (free) {
                            for (int i = at; i < at + s.words().length(); i++) {
                                taken[i] = true;
                            }
                            found.put(at, s.target());
                        }
                    }
                });
        return List.copyOf(found.values());
    }

    /** A claim's own words in its clause (its unit ignored for a change, whose unit is % or points), with whom it speaks of. */
    private Optional<Link> own(Claim claim, Set<String> conditions, List<Optional<RegisteredSchool>> who, boolean anyUnit) {
        return bySynonym(claim, conditions, anyUnit).map(found -> new Link(found.target(), found.target().perSchool() ? who : List.of(Optional.empty()),
                claim.unit(), found.part()));
    }

    /**
     * A number whose clause names no figure, named earlier in its sentence since the number before it
     * (体校就业率最高，达到 99.39%) or by the sentence's topic (生师比方面，全市平均为 12.67:1; 从在校生规模看，职业中专以 2200 人居首).
     */
    private Optional<Link> namedEarlier(Claim claim, String topic, String since, Set<String> conditions, List<Optional<RegisteredSchool>> who,
                                        Optional<Link> listed, Optional<Link> earlier) {
        int lastMark = Math.max(Math.max(since.lastIndexOf('，'), since.lastIndexOf(',')), Math.max(since.lastIndexOf('；'), since.lastIndexOf('：')));
        String ownClause = since.substring(lastMark + 1);
        Optional<Link> byTopic = topic.isEmpty() ? Optional.empty() : own(claim.withWordsBefore(topic + ownClause), conditions, who, false);
        java.util.regex.Matcher ranked = RANKED.matcher(lastMark >= 0 ? since.substring(0, lastMark) : "");
        // 平定职中直接就业占比最高，职业中专以 38.66% 居第二位: the school it names aside, only a verb stands before the number
        StringBuilder verbOnly = new StringBuilder(ownClause);
        List<SchoolNames.Mention> named = names.find(ownClause);
        for (int n = named.size() - 1; n >= 0; n--) {
            verbOnly.delete(named.get(n).start(), named.get(n).end());
        }
        if (byTopic.isEmpty() && named.isEmpty() && lastMark >= 0 && ONLY_VERB.matcher(ownClause.strip()).matches()) {
            // “双师型”教师占专任教师的比例，已经接近一半: the clause before names the figure its number is said after
            Optional<Link> before = own(claim.withWordsBefore(since.substring(0, lastMark)), conditions, who, false);
            if (before.isPresent()) {
                return before;
            }
        }
        java.util.regex.Matcher rankedHere = RANKED_BEFORE_SCHOOL.matcher(verbOnly.toString().strip());
        if (byTopic.isEmpty() && !named.isEmpty() && rankedHere.matches()) {
            // 各校就业率均在 98% 以上，最高的是体校（99.39%）: the figure named before its place, else the one before
            return own(claim.withWordsBefore(rankedHere.group("figure")), conditions, who, false)
                    .or(() -> earlier.or(() -> listed).filter(l -> l.unit().equals(claim.unit()) && !l.part()).map(l -> new Link(l.target(), who, claim.unit(), false)));
        }
        if (byTopic.isPresent() || !verbOnly.toString().strip().matches(BARE_VERB) || !ranked.find()) {
            return byTopic;
        }
        // 体校就业率最高，达到 99.39%; 在校生规模最大的是职业中专，为 2200 人; …；盂县职校相对最低，为 98.51%: the figure ranked before
        return own(claim.withWordsBefore(since.substring(0, ranked.start())), conditions, who, false)
                .or(() -> listed.filter(l -> l.unit().equals(claim.unit()) && !l.part()).map(l -> new Link(l.target(), who, claim.unit(), false)));
    }

    /** Words that say whom a share's part or whole is of, before the words that name the figure: 全市, 我校, 各校 (not 全县, no figure of ours). */
    private static final Pattern WHOSE = Pattern.compile("^(其中|全市|我市|本市|我校|本校|该校|其|各校|各学校|全部|所有|年度|本年度|当年|全年|本届|中等职业学校|中职学校"
            + "|中职(?=在校生|毕业生|学生|专任教师|招生)|学校|的|\\s)+");
    /** Words after a figure's name that only say they are people: 直接就业的学生, 升学的同学. */
    private static final Pattern PEOPLE_WORDS = Pattern.compile("的(学生|同学|孩子)$");
    /** Words a figure's name may end with that add nothing: 专任教师总数, 在校生人数, 全市合计. */
    private static final Pattern TOTAL_WORDS = Pattern.compile("(总人数|总数|总量|总额|合计|总计|人数|数量|数)$");
    /** What may stand between a number and the 占 of its share: its unit, a few words or its change and a comma or two (2200 人，居全市首位，占…; 1,105 人，较上年减少 10 人，约占…). */
    private static final Pattern UNIT_AND_COMMA = Pattern.compile("\\s*(人次|万元|亿元|元|人|名|个|所|项|家|次)?"
            + "(([^\\d，,；;。：:]{0,8}|(较|比)(上年|去年|上一年|上年度)[^\\d，,；;。]{0,6}\\d+(\\.\\d+)?\\s*(人次|万元|亿元|元|人|名|个|所|项|家|次|%|个百分点))[，,]\\s*){1,2}");

    /**
     * What words of a share name: the figure (empty: the words name only whom, 全市合计 is the part's own
     * figure) and whom (empty: no one, the part's subject holds; the city: empty inside). Empty when the
     * words are more than whom and a figure's name: 已落实去向毕业生 is no figure the synonyms hold exactly.
     */
    private record ShareSide(Optional<Target> figure, Optional<Optional<RegisteredSchool>> whose) {
    }

    private Optional<ShareSide> shareSide(String words) {
        String rest = words.strip();
        Optional<Optional<RegisteredSchool>> whose = Optional.empty();
        for (boolean stripped = true; stripped; ) {
            java.util.regex.Matcher who = WHOSE.matcher(rest);
            String leading = who.find() ? who.group() : "";
            whose = Subjects.CITY.matcher(leading).find() ? Optional.of(Optional.empty()) : whose;
            rest = rest.substring(leading.length());
            Optional<SchoolNames.Mention> school = names.find(rest).stream().filter(m -> m.start() == 0).findFirst();
            if (school.isPresent()) {
                whose = Optional.of(Optional.of(school.get().school()));
                rest = rest.substring(school.get().end());
            }
            stripped = !leading.isEmpty() || school.isPresent();
        }
        String name = PEOPLE_WORDS.matcher(rest).replaceFirst("").isEmpty() ? rest : PEOPLE_WORDS.matcher(rest).replaceFirst("");
        String shortName = TOTAL_WORDS.matcher(name).replaceFirst("");
        if (shortName.isEmpty()) {
            return Optional.of(new ShareSide(Optional.empty(), whose));
        }
        Optional<Target> figure = synonyms.all().stream()
                .filter(s -> s.condition().isEmpty() && (s.words().equals(name) || s.words().equals(shortName))
                        && (isCountOrAmount(s.target()) || s.target().part() == Target.Part.NUMERATOR || s.target().part() == Target.Part.DENOMINATOR))
                .map(Synonyms.Synonym::target).findFirst();
        Optional<Optional<RegisteredSchool>> of = whose;
        return figure.map(f -> new ShareSide(Optional.of(f), of));
    }

    private static boolean isCountOrAmount(Target target) {
        return target.part() == Target.Part.VALUE && (target.figure().isPresent()
                || target.indicator().map(i -> i.display() == Display.COUNT || i.display() == Display.AMOUNT).orElse(false));
    }

    private static boolean isAmount(Target target) {
        return target.figure().map(f -> f.field().units().contains("万元"))
                .orElseGet(() -> target.indicator().map(i -> i.display() == Display.AMOUNT).orElse(false));
    }

    /**
     * A share's verdict, the indicator it was read as when there is one (a change may follow it), and the school figure
     * whose place among the schools a place said after it is (a school's share of the city's total ranks as its figure).
     */
    private record ShareReading(Verdict verdict, Optional<Link> indicator, Optional<Link> ranked) {
        ShareReading(Verdict verdict, Optional<Link> indicator) {
            this(verdict, indicator, Optional.empty());
        }
    }

    /**
     * A share whose whole the text names (高级职称教师占专任教师的 33.30%, 7650 万元，占全市合计的 32.83%):
     * the part over the whole from the data, for whom each is of. Empty where the clause names no whole
     * or names a share the synonyms know (专任教师占教职工比例); a whole or part not understood is 无法核对,
     * never the share the part has of another whole (直接就业占毕业生总数的 32.74% is no 直接就业占比).
     */
    private Optional<ShareReading> shareOfWhole(Claim claim, Set<String> conditions, List<Optional<RegisteredSchool>> who, List<Stated> stated) {
        if (!claim.unit().equals("%") || own(claim, conditions, who, false).isPresent() && claim.kind() != Claim.Kind.FRACTION) {
            return Optional.empty();
        }
        String clause = clauseBefore(claim);
        Optional<SharePhrase> phrase = SharePhrase.in(clause);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> part;
        if (phrase.get().partIsNumberBefore()) {
            int clauseStart = claim.start() - clause.length();
            part = stated.stream().filter(s -> s.claim().end() <= clauseStart && !s.link().part()
                            && UNIT_AND_COMMA.matcher(claim.sentence().substring(s.claim().end(), clauseStart)).matches())
                    .reduce((a, b) -> b).map(Stated::link);
        } else {
            part = shareSide(phrase.get().part()).filter(side -> side.figure().isPresent())
                    .map(side -> new Link(side.figure().get(), side.whose().map(List::of).orElse(side.figure().get().perSchool() ? who : List.of(Optional.empty())),
                            claim.unit(), false));
        }
        Optional<ShareSide> whole = shareSide(phrase.get().whole());
        if (part.isEmpty() || whole.isEmpty()) {
            return Optional.of(new ShareReading(uncheckable(claim, "看不出是哪个数占哪个数的比例"), Optional.empty()));
        }
        Target partFigure = part.get().target();
        Target wholeFigure = whole.get().figure().orElse(partFigure);
        Optional<Indicator> known = partFigure.indicator().filter(i -> partFigure.part() == Target.Part.NUMERATOR
                && wholeFigure.part() == Target.Part.DENOMINATOR && partFigure.indicator().equals(wholeFigure.indicator()));
        if (known.isPresent()) {
            // 中职教育经费支出 2.33 亿元，占全市教育经费总支出 33.29 亿元的 7%: the indicator itself
            Link link = new Link(Target.of(known.get(), Target.Part.VALUE), List.of(Optional.empty()), claim.unit(), false);
            return Optional.of(new ShareReading(claim.kind() == Claim.Kind.FRACTION ? fraction(claim, link) : figure(claim, link), Optional.of(link)));
        }
        Share share = SHARE_OF.get(partFigure.id());
        if (share != null && share.wholeId().equals(wholeFigure.id()) && whole.get().whose().map(w -> part.get().subjects().equals(List.of(w))).orElse(true)) {
            // 中高级职称专任教师占专任教师总数的 77.51%: the indicator, whose change may follow (同比提高 1.49 个百分点)
            Link link = new Link(Target.of(share.share(), Target.Part.VALUE), part.get().subjects(), claim.unit(), false);
            return Optional.of(new ShareReading(claim.kind() == Claim.Kind.FRACTION ? fraction(claim, link) : figure(claim, link), Optional.of(link)));
        }
        if (!isCountOrAmount(partFigure) || isAmount(partFigure) != isAmount(wholeFigure)) {
            return Optional.of(new ShareReading(uncheckable(claim, "看不出是哪个数占哪个数的比例"), Optional.empty()));
        }
        String name = shareName(partFigure, Optional.empty(), wholeFigure, Optional.empty());
        String id = partFigure.id() + "/" + wholeFigure.id();
        List<String> computed = new ArrayList<>();
        for (Optional<RegisteredSchool> partOf : part.get().subjects().stream().distinct().toList()) {
            Optional<RegisteredSchool> wholeOf = whole.get().whose().orElse(partOf);
            Optional<BigDecimal> numerator = partOf.flatMap(s -> figures.school(s.code())).isPresent() || partOf.isEmpty()
                    ? value(partFigure, partOf.flatMap(s -> figures.school(s.code()))) : Optional.empty();
            Optional<BigDecimal> denominator = wholeOf.flatMap(s -> figures.school(s.code())).isPresent() || wholeOf.isEmpty()
                    ? value(wholeFigure, wholeOf.flatMap(s -> figures.school(s.code()))) : Optional.empty();
            if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() == 0
                    || partOf.isPresent() && !partFigure.perSchool() || wholeOf.isPresent() && !wholeFigure.perSchool()) {
                continue;
            }
            BigDecimal percent = numerator.get().movePointRight(2).divide(denominator.get(), 10, RoundingMode.HALF_UP);
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue; // no part is more than its whole: the words were misread
            }
            String named = shareName(partFigure, partOf, wholeFigure, wholeOf);
            String data = percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            String how = shown(partFigure, numerator.get()) + " ÷ " + shown(wholeFigure, denominator.get());
            boolean fits = shareFits(claim, percent);
            // 我校在校生占全市的 16.16%，在全市 6 所中职学校中排第三位: the school's place by its figure
            Optional<Link> ranked = partFigure.equals(wholeFigure) && partOf.isPresent() && wholeOf.isEmpty() && part.get().sure()
                    ? Optional.of(new Link(partFigure, List.of(partOf), "", false)) : Optional.empty();
            if (fits) {
                return Optional.of(new ShareReading(new Verdict(claim.location(), snippet(claim), claim.written(), id, named, data, Conclusion.CONSISTENT, how),
                        Optional.empty(), ranked));
            }
            computed.add(partOf.map(RegisteredSchool::name).orElse("全市") + " " + data + "（" + how + "）");
            if (part.get().sure() && claim.kind() == Claim.Kind.FRACTION) {
                return Optional.of(new ShareReading(new Verdict(claim.location(), snippet(claim), claim.written(), id, named, data, Conclusion.CONTRADICTED,
                        "应为 " + data + "（" + how + "）"), Optional.empty()));
            }
            if (part.get().sure() && claim.kind() == Claim.Kind.FIGURE) {
                String fix = percent.setScale(Math.max(claim.decimals(), 0), RoundingMode.HALF_UP).toPlainString() + "%";
                return Optional.of(new ShareReading(new Verdict(claim.location(), snippet(claim), claim.written(), id, named, data, Conclusion.CONTRADICTED,
                        "应为 " + (fix.equals(data) ? data : data + "（或 " + fix + "）") + "（" + how + "）"), Optional.empty(), ranked));
            }
        }
        return Optional.of(new ShareReading(new Verdict(claim.location(), snippet(claim), claim.written(), id, name, "", Conclusion.UNCHECKABLE,
                computed.isEmpty() ? "数据中没有这两个数" : claim.kind() == Claim.Kind.BOUND ? "约数，不核对：" + String.join("，", computed)
                        : "看不出说的是全市还是哪所学校：" + String.join("，", computed)), Optional.empty()));
    }

    /**
     * A share of the whole the sentence stated before its part (合作企业 68 家，其中职业中专 25 家，占 36.8%; 经费总收入 23740.50 万元，
     * 其中财政拨款收入 21750.00 万元，占 91.62%): the part over the whole from the data. Empty where the number before 占 is no
     * such part, or the part's share is an indicator's (其中高级职称 152 人，占 30.52% is of all full-time teachers, whatever
     * whole the sentence named last).
     */
    private Optional<ShareReading> shareOfStatedWhole(Claim claim, List<Stated> stated) {
        if (!claim.unit().equals("%") && claim.kind() != Claim.Kind.FRACTION || !SHARE_ONLY.matcher(clauseBefore(claim)).matches() || stated.size() < 2) {
            return Optional.empty();
        }
        Stated part = stated.get(stated.size() - 1);
        String sentence = claim.sentence();
        if (!UNIT_AND_COMMA.matcher(sentence.substring(part.claim().end(), claim.start() - clauseBefore(claim).length())).matches()) {
            return Optional.empty();
        }
        Optional<Stated> whole = stated.stream().limit(stated.size() - 1)
                .filter(w -> sentence.substring(w.claim().end(), part.claim().start()).contains("其中")).reduce((a, b) -> b);
        if (whole.isEmpty() || !whole.get().link().sure() || !part.link().sure() || part.link().part()
                || SHARE_OF.containsKey(part.link().target().id())) {
            return Optional.empty();
        }
        Target partFigure = part.link().target();
        Target wholeFigure = whole.get().link().target();
        Optional<RegisteredSchool> partOf = part.link().school();
        Optional<RegisteredSchool> wholeOf = whole.get().link().school();
        boolean schoolOfCity = partFigure.equals(wholeFigure) && partOf.isPresent() && wholeOf.isEmpty();
        boolean figureOfFigure = !partFigure.equals(wholeFigure) && partOf.equals(wholeOf) && isCountOrAmount(partFigure) && isCountOrAmount(wholeFigure)
                && isAmount(partFigure) == isAmount(wholeFigure);
        if (!schoolOfCity && !figureOfFigure) {
            return Optional.empty();
        }
        Optional<BigDecimal> numerator = value(partFigure, partOf.flatMap(s -> figures.school(s.code())));
        Optional<BigDecimal> denominator = value(wholeFigure, wholeOf.flatMap(s -> figures.school(s.code())));
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = numerator.get().movePointRight(2).divide(denominator.get(), 10, RoundingMode.HALF_UP);
        String named = shareName(partFigure, partOf, wholeFigure, wholeOf);
        String data = percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        String how = shown(partFigure, numerator.get()) + " ÷ " + shown(wholeFigure, denominator.get());
        boolean fits = shareFits(claim, percent);
        return Optional.of(new ShareReading(new Verdict(claim.location(), snippet(claim), claim.written(), partFigure.id() + "/" + wholeFigure.id(), named, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? how : "应为 " + data + "（" + how + "）"), Optional.empty()));
    }

    /** Whether a computed share (in per cent) is the one written: a fraction as fractions go (三成多), else at the claim's rounding. */
    private static boolean shareFits(Claim claim, BigDecimal percent) {
        return claim.kind() == Claim.Kind.FRACTION ? fractionFits(claim, percent.movePointLeft(2))
                : percent.setScale(Math.max(claim.decimals(), 0), RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
    }

    /** A clause that is only 占 and its number: 占 36.8%, 约占, 占到了. */
    private static final Pattern SHARE_ONLY = Pattern.compile("\\s*(约|仅|只|才)?占(了|到|到了|比)?(约|近)?\\s*");

    /** 阳泉市职业中专学校学校经费总支出占全市的比例, 直接就业人数占毕业生数的比例（全市）: the units of the figures' labels left out. */
    private static String shareName(Target part, Optional<RegisteredSchool> partOf, Target whole, Optional<RegisteredSchool> wholeOf) {
        String partName = part.name().replaceAll("（[^）]*）$", "");
        String wholeName = whole.name().replaceAll("（[^）]*）$", "");
        String partWhose = partOf.map(RegisteredSchool::name).orElse("全市");
        if (part.equals(whole)) {
            return partWhose + "的" + partName + "占" + (wholeOf.equals(partOf) ? "总数" : wholeOf.map(RegisteredSchool::name).orElse("全市")) + "的比例";
        }
        return partName + "占" + wholeName + "的比例（" + partWhose + (wholeOf.equals(partOf) ? "" : "占" + wholeOf.map(RegisteredSchool::name).orElse("全市")) + "）";
    }

    /** The words that say a number is last year's or a change, and nothing else: 较上年减少, 比上年的, 增幅达, 同比. */
    private static final Pattern ROLE_WORDS = Pattern.compile("(比|较|与|同|相比)?(上年|上一年|上一学年|去年|上学年|上一?届|同期|(19|20)\\d{2}\\s*[年届])(的|相比|同期|末)?"
            + "|同比|由|从|增加|减少|增长|下降|降低|提高|上升|回落|增幅|降幅|涨幅|减幅|下滑|(多|少)(招|收|录)?|有所|分别|为|是|了|达到|达|约|近|共|仅|只|其中|个百分点|"
            + "人次|万元|亿元|元|人|名|所|个|项|家|次|%|:1|↑|↓|[\\s，,、和及与（(+＋\\-−－]");

    /**
     * Whether the words before a change or last year's value are only such words, so that it is the
     * change or prior of the figure before it (在校生 6310 人，较上年减少 233 人), not of a figure named in
     * words not understood (专业数由上年的 9 个增至 11 个, whose 9 is no prior of 新增专业 5 个).
     */
    private static boolean onlyRoleWords(Claim claim) {
        return ROLE_WORDS.matcher(claim.before()).replaceAll("").isEmpty();
    }

    /** A clause that is only a verb before its number: 达到, 仅为. */
    private static final String BARE_VERB = "(为|达|达到|是|仅为|约为|只有|有|共|共计|以)?";
    /** What stands between a figure and the same figure again in brackets: （约, （即, （合. */
    private static final Pattern RESTATED = Pattern.compile("\\s*(万元|亿元|元|人次|人|名|个|所|项|家|次|支)?\\s*[（(]\\s*(约|约合|即|合|折合|大约)?\\s*");
    /** A clause that is only a verb and its bound: 已经接近, 目前达到, 约为. */
    private static final Pattern ONLY_VERB = Pattern.compile("(已经|已|目前|现在|今年)?(接近|将近|达到|超过|约为|约|为|是|近|达)");
    /** A clause that ranks the school it names, its figure after it in brackets: 最高的是体校（, 就业率最低的为盂县职校（ (the school's name taken out). */
    private static final Pattern RANKED_BEFORE_SCHOOL = Pattern.compile("(?<figure>[^，,；;]*?)(最高|最低|最多|最少|最大|最小)的?(是|为)\\s*[（(]");
    /** A clause that ranks what it names: 就业率最高, 在校生最多的是阳泉市职业中专学校. */
    private static final Pattern RANKED = Pattern.compile("(最高|最低|最多|最少|最大|最小|居首|居末)[^，,；;]{0,14}$");

    /** What the claim speaks of: its own words, else the number before it (a share of it, one school's part of it, its value after "降至"). */
    private Optional<Link> link(Claim claim, Set<String> conditions, List<Optional<RegisteredSchool>> who, Optional<Link> previous,
                                Subjects subjects, List<Link> linked) {
        Optional<Link> own = own(claim, conditions, who, false);
        if (own.isPresent()) {
            return own;
        }
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Link earlier = previous.get();
        Target before = earlier.target();
        if (claim.unit().equals(earlier.unit()) && !earlier.part() && COMPARED_WITH_CITY.matcher(clauseBefore(claim)).find()) {
            // 就业率 99.13%，高于全市 99.07%; 由上年的 13.86:1 下降，与全市 12.67:1 相当: the city's value this year
            Link current = currentOf(earlier, claim.unit());
            return Optional.of(new Link(current.target(), List.of(Optional.empty()), claim.unit(), false));
        }
        // (also after a school's part: 我们有 3 个专业…开展贯通培养，全市是 18 个)
        if ((claim.unit().equals(earlier.unit()) || earlier.unit().isEmpty()) && CITY_IS.matcher(clauseBefore(claim)).matches()
                && !clauseBefore(claim).isBlank() && earlier.target().perSchool()) {
            // 各校生师比在 8.4 至 14.67 之间，全市为 12.67:1: the city's value of the figure the schools' were
            return Optional.of(new Link(currentOf(earlier, claim.unit()).target(), List.of(Optional.empty()), claim.unit(), false));
        }
        if (ClaimFinder.reachedValue(claim.before()) && before.indicator().isPresent() && !subjects.namesInClause(claim.start())) {
            return Optional.of(currentOf(earlier, claim.unit())); // 由上年的 13.3:1 降至 12.67:1: the value the prior one moved to
        }
        if (claim.kind() == Claim.Kind.BOUND && claim.unit().equals(earlier.unit())) {
            return Optional.of(new Link(before, earlier.subjects(), claim.unit(), earlier.part())); // 生师比 12.67:1，控制在 20:1 以内
        }
        if (claim.unit().equals("%") && claim.before().contains("占") && SHARE_OF.containsKey(before.id()) && before.part() == Target.Part.VALUE) {
            Link share = new Link(Target.of(SHARE_OF.get(before.id()).share(), Target.Part.VALUE), earlier.subjects(), claim.unit(), false);
            // 共 144 人，其中职业中专 45 人，占 31.25%: a school's part of the city's total may be its share of that total
            boolean partOfTotal = earlier.school().isPresent() && linked.stream().anyMatch(l -> l.target().equals(before) && l.subjects().contains(Optional.empty()));
            return Optional.of(partOfTotal ? share.unsure() : share);
        }
        Optional<Indicator> shareOf = before.indicator().filter(i -> before.part() == Target.Part.NUMERATOR && i.display() == Display.PERCENT && !i.isGrowth());
        if (claim.unit().equals("%") && claim.before().contains("占") && shareOf.isPresent()) {
            // 中职教育经费支出 2.33 亿元，占比 7.00%: the share whose numerator it is
            return Optional.of(new Link(Target.of(shareOf.get(), Target.Part.VALUE), earlier.subjects(), claim.unit(), earlier.part()));
        }
        return schoolsPart(claim, previous, subjects);
    }

    /** 其中 A 校 2 人、B 校 6 人: one school's part of the number before, in its unit, the school named in its clause. */
    private static Optional<Link> schoolsPart(Claim claim, Optional<Link> previous, Subjects subjects) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Link earlier = previous.get();
        List<Optional<RegisteredSchool>> named = subjects.at(claim.start());
        boolean breakdown = !claim.unit().isEmpty() && claim.unit().equals(earlier.unit()) && earlier.target().perSchool() && named.size() == 1
                && named.get(0).isPresent() && subjects.namesInClause(claim.start()) && subjects.onlyVerbAfterSchool(claim.start());
        return breakdown ? Optional.of(new Link(earlier.target(), named, claim.unit(), false)) : Optional.empty();
    }

    /** A synonym that names a claim's target, how far before the number its words end (-1: right after the unit), and whether a part stands between. */
    private record Candidate(Synonyms.Synonym synonym, int distance, boolean part) {
    }

    /** What a claim's words name: the target, and whether the number is only a part of it. */
    private record Named(Target target, boolean part) {
    }

    /** A word the sentence must also have beats one without; words after the number beat words before; nearer, then longer, wins. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt((Candidate c) -> c.synonym().condition().isEmpty() ? 1 : 0)
            .thenComparingInt(Candidate::distance)
            .thenComparingInt(c -> -c.synonym().words().length());
    /** Words that make a number a part of the figure named before them: 在校生中女生, 专任教师中具有硕士学位的, 其中. */
    private static final Pattern PART_BETWEEN = Pattern.compile("其中|(?<![高初])中(?![等职高级专小学国文华心])|女|男|学历的|学位的");
    /**
     * Words right before a figure's name that make it another figure: 对口就业率, 平均在校生, 未落实去向, 首届招生, 普通高中教育事业性经费项目支出
     * (and 稳定就业, 灵活就业, though 稳定合作的企业 are the partners).
     */
    private static final Pattern QUALIFIED = Pattern.compile("(对口|初次|本地|省内|市内|平均|签约|满意|预计|计划|目标|自主|正|副|未|尚未|没有|首届|首批|(?<![与和同跟及])(普通高中|普高|高中|义务教育|小学|初中|学前|高等|高职)(教育)?(的)?)$");
    /** The figure a sentence is about, said before its first comma: 生师比方面，…; 从在校生规模看，…. */
    private static final Pattern TOPIC = Pattern.compile("^\\s*(?:从|就)?([^，,。；;\\d]{2,12}?)(?:方面|来看|上看|看|而言)[，,]");
    /** A clause that is only the city's value: 全市为, 全市平均水平是. */
    private static final Pattern CITY_IS = Pattern.compile("\\s*(而)?(全市|本市)(的)?(平均)?(水平)?(则|才|只有|仅)?(为|是)?\\s*");
    /** A number set beside the city's of the figure before it: 高于全市 99.07% 的平均水平, 低于全市平均水平 12.67:1. */
    private static final Pattern COMPARED_WITH_CITY = Pattern.compile("(高于|低于|超过|优于|好于|强于|差于|逊于|不及|不到|不足|领先于|落后于|接近|与|同|较|比)(全市|全省|本市)(的)?(平均)?(水平)?(的)?(为)?[（(]?$");
    /**
     * A school's figure set beside the city's by how far it stands from it: 高于全市平均水平（99.07%）0.16 个百分点,
     * 比全市平均水平高 8.48 个百分点, 低于全市 1.2 个百分点; {@code higher}: the words that say the school's is the higher.
     */
    private static final Pattern FROM_CITY = Pattern.compile("(?:(?<higher>高于|高出|超过|超出|优于|领先)|低于|低出|落后于?)(?:全市|本市)[^，,；;]{0,12}$"
            + "|(?:比|较)(?:全市|本市)[^，,；;]{0,10}(?:(?<higher2>高|高出|多|多出)|低|少)了?(近|约|将近|接近)?$");
    /** Words before a figure's name that make it what another hosts: 合作企业接纳我校毕业生就业 20 人 (but 企业接纳顶岗实习 is the school's). */
    private static final Pattern HOSTED = Pattern.compile("接纳\\p{IsHan}{0,6}$");
    /** Groups that make a number one group's share of the figure: 学生组获二等奖 21 项, 机电一体化赛项二等奖 3 项. */
    private static final Pattern GROUP = Pattern.compile("学生组|教师组|赛项|女生|男生|女教师|男教师|少数民族|(?<!学生[和与及、])(学生|教师)(共|还|另)?(荣获|获得|获)");
    /**
     * Words right before a figure's name that make the number some of it: 具有硕士学历的专任教师 (what
     * stands before 的 is no one's name: 全市的, 该校的 name whom it is of), 各招生 20 人 (each of several).
     */
    private static final Pattern QUALIFIED_BY = Pattern.compile("((?<![市校区县们]|填报|上报|报送|统计|汇总|合计)的|(?<![全])各)$");

    /** A section headed with a year after the report's (三、2026 年工作思路): what it says is to be done, not this year's data. */
    private boolean aYearToCome(String section) {
        java.util.regex.Matcher year = YEAR_IN_HEADING.matcher(section);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) > figures.year()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR_IN_HEADING = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** A number that is a target or a standard by the words right after it: 达到 50% 的目标, 20:1 的上限. */
    private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*(的)?(目标|要求|标准|上限|下限|任务)");
    /** Words that make a number a plan or a target, in its clause or its section's heading: 力争, 计划, 工作打算. */
    private static final Pattern PLAN = Pattern.compile("力争|争取|计划|预计|目标|打算|拟|下一步|展望|规划|建议|思路|工作安排|工作举措");
    /** Words that make a number a standard set for schools, not their data: 国家标准是不高于 20:1, 设置标准规定的 20∶1. */
    private static final Pattern STANDARD = Pattern.compile("标准|规定");

    /** 有 right before a count (not 共有, 现有, 拥有, 设有): the count of those of which the sentence goes on to say something. */
    private static final Pattern SOME_OF = Pattern.compile("(?<![共现拥设均另还尚又])有\\s*$");
    /** A difference between two figures said before: 两者相差 18.67 个百分点. */
    private static final Pattern DIFFERENCE = Pattern.compile("相差|差距|之差|高出|差了");
    /** Words that point back to the figure said before: 盂县职校这个比例达到 42.11%. */
    private static final Pattern POINTS_BACK = Pattern.compile("(这个|这一|该|此)(比例|比重|比值|指标|数字)");
    /** Words that make "N 所学校" or "N 个专业" all of them: 全市共有 6 所学校, 学校现有 18 个专业. */
    private static final Pattern ALL_OF = Pattern.compile("共|现有|全市|全部|合计|总计|拥有|设有|开设|所有|本市|我市|全校|该校|我校|本校");
    /** Words that make them some of them: 涉及 3 所学校, 仅职业中专一所学校达标, 两所学校之一. */
    private static final Pattern SOME_MARK = Pattern.compile("仅|只有|涉及|分布在|之一|其中");

    /** 学校 or 专业 after a count, with no condition: any schools or majors, all of them only where the clause says so. */
    private static boolean isBroadCount(Synonyms.Synonym synonym) {
        return synonym.after() && synonym.condition().isEmpty() && (synonym.words().length() <= 2 || synonym.words().endsWith("学校"));
    }

    /** An average over some unit the data holds no figure of: 平均每支队伍, 校均, 人均 (not 生均, whose figures the city statistics hold). */
    private static final Pattern PER_UNIT = Pattern.compile("平均每|人均|校均|每(所|个|支|名|位|校|班|家)");
    /** After a count of schools, what makes it the set among which or over which something is said: 中, 里, …合计. */
    private static final Pattern AMONG_OR_SUMMED = Pattern.compile("^(中|里|之中|当中)|^[^，,；;。]*(合计|总计|共计)");
    /** The rest of a count, after some of it was named: 其余 3 所学校 (not 另有, which adds another figure). */
    private static final Pattern REST_OF = Pattern.compile("(其余|其他|其它|余下|剩下|剩余)\\s*$");

    /** What ends a clause: the words of a number stand after the last of these before it. */
    private static final String CLAUSE_ENDS = "，,；;：:。";

    /** Where the clause of the text at {@code at} begins: after the last of {@code ends} before it. */
    private static int clauseStart(String text, int at, String ends) {
        int from = Math.max(at, 0);
        while (from > 0 && (ends.indexOf(text.charAt(from - 1)) < 0 || isThousandsSeparator(text, from - 1))) {
            from--;
        }
        return from;
    }

    /** 6,310: a comma between digits is part of the number, not the end of a clause. */
    private static boolean isThousandsSeparator(String text, int at) {
        return text.charAt(at) == ',' && at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** The words of the claim's clause before it, across the claims listed in it: 其中学生组获二等奖 21 项、三等奖 15 项. */
    static String clauseBefore(Claim claim) {
        return claim.sentence().substring(clauseStart(claim.sentence(), claim.start(), CLAUSE_ENDS), claim.start());
    }

    /** {@code conditions}: the words of the synonyms' conditions that the claim's sentence has; {@code anyUnit}: for a change, whose unit is its own. */
    private Optional<Named> bySynonym(Claim claim, Set<String> conditions, boolean anyUnit) {
        List<Candidate> candidates = new ArrayList<>();
        List<SchoolNames.Mention> schoolNames = names.find(ClaimFinder.normalise(claim.before()));
        for (Synonyms.Synonym synonym : synonyms.all()) {
            if (!anyUnit && !unitFits(synonym, claim.unit()) || !synonym.condition().isEmpty() && !conditions.contains(synonym.condition())) {
                continue;
            }
            if (synonym.after()) {
                // a word of two characters must be all that follows (58 个专业，…), not the start of another noun (3 个专业实训教室);
                // schools are schools whatever follows (六所学校经费总支出)
                String after = claim.after().strip();
                boolean specific = synonym.words().length() >= 3 || !synonym.condition().isEmpty() || claim.unit().equals("所");
                // a change may name its figure after its number too (比上年多了 2 个专业), in the figure's own unit
                boolean unitFits = !anyUnit || unitFits(synonym, claim.unit());
                // 合作企业接纳了该校 30 名毕业生就业: what another hosts, not the school's graduates
                boolean hosted = HOSTED.matcher(ClaimFinder.normalise(claim.before())).find() && !synonym.words().contains("实习");
                // 在六所学校中居第一位, 六所学校经费总支出合计: the schools among which, or over which, something is said are all of them
                // (not 在有新增专业的 3 所学校中: schools of a kind)
                boolean among = isBroadCount(synonym) && after.startsWith(synonym.words())
                        && AMONG_OR_SUMMED.matcher(after.substring(synonym.words().length())).find()
                        && ClaimFinder.normalise(clauseBefore(claim)).strip().matches("(在|从|于)?(全市|我市|本市|全部|所有)?(的)?");
                if (unitFits && !hosted && (after.equals(synonym.words()) || specific && after.startsWith(synonym.words()) || among)) {
                    // 全市有五所学校在校生较上年减少: the schools of which something is said, some of the schools;
                    // 矿井通风与安全、矿山机电等 5 个专业: the items listed, not all of them
                    boolean some = SOME_OF.matcher(claim.before()).find() && after.length() > synonym.words().length()
                            || claim.before().strip().endsWith("等") || REST_OF.matcher(claim.before()).find()
                            || !anyUnit && isBroadCount(synonym) && !among
                            && (!ALL_OF.matcher(clauseBefore(claim)).find() || SOME_MARK.matcher(clauseBefore(claim) + after).find());
                    candidates.add(new Candidate(synonym, -1, some || GROUP.matcher(clauseBefore(claim)).find()));
                }
                continue;
            }
            String before = ClaimFinder.normalise(claim.before());
            int at = before.lastIndexOf(synonym.words());
            if (at < 0 || before.substring(0, at).matches("(?s).*专业(年|每年|年均)?") && synonym.condition().isEmpty() || QUALIFIED.matcher(before.substring(0, at)).find()
                    || synonym.words().contains("就业") && before.substring(0, at).matches("(?s).*(稳定|灵活)$")) {
                continue; // 某专业招生 46 人, 对口就业率 85%: a figure no indicator holds (but 新增的 5 个专业分布在 3 所学校 is new majors')
            }
            if (HOSTED.matcher(before.substring(0, at)).find() && !synonym.words().contains("实习")) {
                continue; // 合作企业接纳我校毕业生就业 20 人: not the school's graduates nor its employed
            }
            if (before.substring(0, at).endsWith("其") && synonym.words().startsWith("中") && isSynonym(synonym.words().substring(1))) {
                continue; // 其中高级职称 152 人 reads 其中 + 高级职称, not 中高级职称
            }
            int end = at + synonym.words().length();
            if (schoolNames.stream().anyMatch(m -> m.start() < end && at < m.end())) {
                continue; // 平定职中高级职称: 中 ends the school's name, the figure is 高级职称
            }
            if (inBrackets(before, at)) {
                continue; // 就业（含升学）2569 人: the words in brackets qualify the figure before them, they do not name it
            }
            String between = before.substring(at + synonym.words().length());
            if (synonym.words().endsWith("占") && !between.strip().matches("(了|到|达|达到|约|近)?")) {
                continue; // 高级职称教师占 30.52% is the ratio; 占全市高级职称教师的 15% is a share of another whole
            }
            int distance = between.length();
            if (distance <= MAX_DISTANCE) {
                boolean part = PART_BETWEEN.matcher(between).find() || GROUP.matcher(clauseBefore(claim)).find()
                        || QUALIFIED_BY.matcher(before.substring(0, at)).find();
                candidates.add(new Candidate(synonym, distance, part));
            }
        }
        return candidates.stream().min(BEST_FIRST).map(c -> new Named(c.synonym().target(), c.part()));
    }

    /** Whether a number in the unit may be the synonym's figure: 人 and 名 count people alike (六千三百多名在校学生). */
    static boolean unitFits(Synonyms.Synonym synonym, String unit) {
        return synonym.units().contains(unit) || unit.equals("名") && synonym.units().contains("人") || unit.equals("人") && synonym.units().contains("名");
    }

    private boolean isSynonym(String words) {
        return synonyms.all().stream().anyMatch(s -> s.words().equals(words));
    }

    /** Whether the text at {@code at} stands inside brackets that close before the number. */
    private static boolean inBrackets(String text, int at) {
        int open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
        int closedBefore = Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at));
        int close = Math.max(text.indexOf('）', at), text.indexOf(')', at));
        return open >= 0 && open > closedBefore && close > at;
    }

    /** The year whose data a target's value is: a city statistic's year, else the report's. */
    private int dataYear(Target target) {
        return target.indicator().flatMap(figures::city).map(IndicatorValue::dataYear).orElse(figures.year());
    }

    /** The value of the year of the data where a link names the year before: 由上年的 … 增至 …. */
    private static Link currentOf(Link subject, String unit) {
        Target before = subject.target();
        if (before.indicator().isEmpty()) {
            return before.part() == Target.Part.PRIOR ? new Link(before.current(), subject.subjects(), unit, false) : subject;
        }
        Target.Part part = before.part() == Target.Part.PRIOR ? Target.Part.VALUE
                : before.part() == Target.Part.DENOMINATOR && before.indicator().get().isGrowth() ? Target.Part.NUMERATOR : before.part();
        return new Link(Target.of(before.indicator().get(), part), subject.subjects(), unit, false);
    }

    private static Optional<Link> priorOf(Link subject, String unit) {
        Target target = subject.target();
        if (subject.part()) {
            return Optional.empty();
        }
        if (target.indicator().isEmpty()) {
            // 合作企业 68 家，比上年的 64 家: a school figure the year before
            return subject.sure() ? Optional.of(new Link(target.prior(), subject.subjects(), unit, false)) : Optional.empty();
        }
        Indicator indicator = target.indicator().get();
        if (target.part() == Target.Part.NUMERATOR && indicator.isGrowth()) {
            return Optional.of(new Link(Target.of(indicator, Target.Part.DENOMINATOR), List.of(Optional.empty()), unit, false));
        }
        if ((target.part() == Target.Part.VALUE || target.part() == Target.Part.PRIOR) && subject.sure()
                && (subject.school().isEmpty() || indicator.perSchool())) {
            return Optional.of(new Link(Target.of(indicator, Target.Part.PRIOR), subject.subjects(), unit, false));
        }
        return Optional.empty();
    }

    /** What a number would have to be for one subject: its data, in the claim's unit, or why it cannot be said. */
    private record Reading(Optional<RegisteredSchool> school, Optional<BigDecimal> expected, String data, String why) {
    }

    private Reading reading(Target target, Optional<RegisteredSchool> subject, String unit) {
        if (subject.isPresent() && !target.perSchool()) {
            return new Reading(subject, Optional.empty(), "", "数据中没有各校的这个值");
        }
        Optional<ReportFigures.School> school = subject.flatMap(s -> figures.school(s.code()));
        if (subject.isPresent() && school.isEmpty()) {
            return new Reading(subject, Optional.empty(), "", subject.get().name() + " 不在本次汇总的学校中");
        }
        Optional<BigDecimal> natural = value(target, school);
        if (natural.isEmpty()) {
            return new Reading(subject, Optional.empty(), "", "数据中没有这个值");
        }
        Optional<BigDecimal> expected = inUnit(target, natural.get(), unit);
        String data = shown(target, natural.get());
        return new Reading(subject, expected, data, expected.isEmpty() ? "单位“" + unit + "”与数据不符" : "");
    }

    /**
     * How far a school's share stands from the city's, in percentage points (高于全市平均水平 0.16 个百分点): the
     * difference of the two, or of the two as rounded to the claim's digits, as writers subtract what they wrote.
     * Empty where the words are no such comparison or the figure before is no school's share.
     */
    private Optional<Verdict> fromCity(Claim claim, Optional<Link> earlier, List<Link> linked) {
        java.util.regex.Matcher words = FROM_CITY.matcher(clauseBefore(claim));
        if (!claim.unit().equals("个百分点") || earlier.isEmpty() || !words.find()) {
            return Optional.empty();
        }
        Target target = earlier.get().target();
        Optional<Link> ofSchool = earlier.get().school().isPresent() ? earlier
                : linked.stream().filter(l -> l.target().equals(target) && l.school().isPresent()).reduce((a, b) -> b);
        if (ofSchool.isEmpty() || target.indicator().map(i -> i.display() != Display.PERCENT || i.isGrowth()).orElse(true)) {
            return Optional.empty();
        }
        RegisteredSchool school = ofSchool.get().school().get();
        String name = target.name() + "与全市之差（" + school.name() + "）";
        boolean about = claim.kind() == Claim.Kind.BOUND && claim.before().matches("(?s).*(近|约|将近|接近)\\s*$");
        if (claim.kind() != Claim.Kind.FIGURE && !about || ofSchool.get().part() || !ofSchool.get().sure()) {
            return Optional.of(new Verdict(claim.location(), snippet(claim), claim.written(), target.id(), name, "", Conclusion.UNCHECKABLE,
                    claim.kind() == Claim.Kind.FIGURE ? "看不出说的是哪所学校" : "约数，不核对"));
        }
        Optional<BigDecimal> own = reading(target, Optional.of(school), "%").expected();
        Optional<BigDecimal> city = reading(target, Optional.empty(), "%").expected();
        if (own.isEmpty() || city.isEmpty()) {
            return Optional.empty();
        }
        int digits = Math.max(claim.decimals(), 0);
        BigDecimal difference = own.get().subtract(city.get());
        BigDecimal ofRounded = own.get().setScale(digits, RoundingMode.HALF_UP).subtract(city.get().setScale(digits, RoundingMode.HALF_UP));
        boolean higher = words.group("higher") != null || words.group("higher2") != null;
        boolean exact = difference.abs().setScale(digits, RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
        boolean fits = difference.signum() == (higher ? 1 : -1) && (exact || ofRounded.abs().compareTo(claim.value()) == 0);
        if (about && difference.signum() == (higher ? 1 : -1)) {
            // 高出近三个百分点: within half the last digit written, and under it where 近 says so
            BigDecimal half = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
            BigDecimal off = difference.abs().subtract(claim.value());
            fits = off.abs().compareTo(half) <= 0 && !(claim.before().matches("(?s).*(近|将近|接近)\\s*$") && off.signum() > 0);
        }
        String data = (difference.signum() >= 0 ? "高 " : "低 ") + difference.abs().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 个百分点";
        String how = shown(target, own.get().movePointLeft(2)) + " − " + shown(target, city.get().movePointLeft(2));
        return Optional.of(new Verdict(claim.location(), snippet(claim), claim.written(), target.id(), name, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? how + (exact ? "" : "，按所写的位数相减") : "应为比全市" + data + "（" + how + "）"));
    }

    /** A school's own total row in its report: 全校合计, 本校, 学校合计, and a bare 合计 (not 全市合计, the city's). */
    private static final Pattern OWN_TOTAL_ROW = Pattern.compile("(全校|本校|我校|学校)(合计|总计|小计)?|合\\s*计|总\\s*计|小\\s*计");
    /** Words after a count of schools that make it the registry's: 纳入统计, 在册, 应报. */
    private static final Pattern IN_REGISTRY = Pattern.compile("纳入统计|在册|应报");

    /** The place said after a school's figure, checked once in its sentence ({@code placesChecked}: where places checked start). */
    private Optional<Verdict> placeAfter(Claim claim, Link ofSchool, Set<Integer> placesChecked) {
        return RankPhrase.of(claim.sentence(), claim.end(), words -> !names.find(words).isEmpty())
                .filter(place -> !placesChecked.contains(place.start()))
                .flatMap(place -> rank(claim, ofSchool, place).map(verdict -> {
                    placesChecked.add(place.start());
                    return verdict;
                }));
    }

    /**
     * A place said of a figure its clause names with no number (我校招生数在全市排第五位, 招生规模在全市中职学校中位列第三):
     * the place of the school the clause is about, when it is one school surely.
     */
    private Optional<Verdict> placeOfNamedFigure(String location, String text, RankPhrase.Span span, Subjects subjects, Set<String> conditions) {
        String clause = ClaimFinder.normalise(text.substring(clauseStart(text, span.start(), "，,；;。"), span.start()));
        List<Optional<RegisteredSchool>> who = subjects.at(span.start());
        Optional<RankPhrase> said = RankPhrase.at(text, span);
        if (clause.matches("(?s).*\\d.*") || who.size() != 1 || who.get(0).isEmpty() || said.isEmpty()) {
            return Optional.empty();
        }
        Optional<Synonyms.Synonym> named = synonyms.all().stream()
                .filter(s -> !s.after() && (s.condition().isEmpty() || conditions.contains(s.condition())) && clause.contains(s.words())
                        && s.target().part() == Target.Part.VALUE && s.target().perSchool())
                .max(Comparator.comparingInt(s -> s.words().length()));
        if (named.isEmpty() || CHANGE_NAMED.matcher(clause.substring(clause.lastIndexOf(named.get().words()))).find()) {
            return Optional.empty(); // 招生增幅居全市第一 is the change's place
        }
        Claim place = new Claim(location, text, span.start(), span.end(), said.get().written(), BigDecimal.valueOf(said.get().place()), 0, "",
                clause, "", Claim.Kind.FIGURE, "", OptionalInt.empty());
        return rank(place, new Link(named.get().target(), who, named.get().units().get(0), false), said.get());
    }

    /** Words after a figure's name that make a place the place of its change: 增幅, 降幅, 增长. */
    private static final Pattern CHANGE_NAMED = Pattern.compile("增幅|降幅|增长|增加|减少|下降|提高|变化|涨幅");

    /** The place a school's figure is said to hold among the city's schools, against the data of every school. */
    private Optional<Verdict> rank(Claim claim, Link link, RankPhrase said) {
        Optional<ReportFigures.School> school = link.school().flatMap(s -> figures.school(s.code()));
        if (link.part() || !link.sure() || link.subjects().size() != 1 || school.isEmpty() || !link.target().perSchool()) {
            return Optional.empty();
        }
        Optional<BigDecimal> own = value(link.target(), school);
        List<ReportFigures.School> ranked = figures.schools().stream().filter(s -> value(link.target(), Optional.of(s)).isPresent()).toList();
        if (own.isEmpty() || ranked.size() < 2) {
            return Optional.empty();
        }
        int sign = said.fromBottom() ? -1 : 1;
        // schools with the same value share a place: 并列第一
        long place = 1 + ranked.stream().filter(s -> sign * value(link.target(), Optional.of(s)).get().compareTo(own.get()) > 0).count();
        ReportFigures.School first = ranked.stream().max(Comparator.comparing((ReportFigures.School s) -> value(link.target(), Optional.of(s)).get(),
                said.fromBottom() ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder())).get();
        String order = said.fromBottom() ? "从低到高" : "从高到低";
        String data = order + "第 " + place + " 位（共 " + ranked.size() + " 所）";
        String name = link.target().name() + "在全市的位次（" + school.get().name() + "）";
        String quoted = Verdict.snippet(claim.sentence(), said.start(), said.end());
        if (place == said.place()) {
            return Optional.of(new Verdict(claim.location(), quoted, said.written(), link.target().id(), name, data, Conclusion.CONSISTENT, ""));
        }
        return Optional.of(new Verdict(claim.location(), quoted, said.written(), link.target().id(), name, data, Conclusion.CONTRADICTED,
                "应为" + data + "；" + (said.fromBottom() ? "最低" : "最高") + "的是" + first.name() + "（"
                        + shown(link.target(), value(link.target(), Optional.of(first)).get()) + "）"));
    }

    /** A stated figure against the data, at the claim's own rounding, for each subject the text may mean: true for one of them is true. */
    private Verdict figure(Claim claim, Link link) {
        if (link.part()) {
            return lines.prizesOfGroup(claim, link.target(), link.subjects())
                    .orElseGet(() -> uncheckable(claim, link, "", "是总数中的一部分（如“其中”“…中”“学生组”），不与总数比较"));
        }
        if (link.target().indicator().filter(Indicator.SCHOOLS::equals).isPresent() && link.subjects().equals(List.of(Optional.empty()))
                && IN_REGISTRY.matcher(claim.after()).find()) {
            // 全市 6 所中等职业学校纳入统计，5 所学校报表: the schools the registry counts, not those whose returns came
            String data = figures.registered().size() + " 所";
            boolean fits = claim.value().compareTo(BigDecimal.valueOf(figures.registered().size())) == 0;
            return new Verdict(claim.location(), snippet(claim), claim.written(), link.target().id(), "纳入统计的学校数", data,
                    fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? "按学校名录" : "应为 " + data + "（学校名录）");
        }
        List<Reading> readings = link.subjects().stream().distinct().map(s -> reading(link.target(), s, claim.unit())).toList();
        for (Reading reading : readings) {
            if (reading.expected().isPresent()
                    && reading.expected().get().setScale(claim.decimals(), RoundingMode.HALF_UP).compareTo(claim.value()) == 0) {
                return verdict(claim, link, reading.school(), reading.data(), Conclusion.CONSISTENT,
                        claim.decimals() < reading.expected().get().stripTrailingZeros().scale() ? "四舍五入到所写的位数一致" : "");
            }
        }
        Reading first = readings.get(0);
        if (first.expected().isEmpty()) {
            return verdict(claim, link, first.school(), first.data(), Conclusion.UNCHECKABLE, first.why());
        }
        if (!link.sure()) {
            return verdict(claim, link, first.school(), first.data(), Conclusion.UNCHECKABLE, "看不出说的是全市还是哪所学校："
                    + readings.stream().filter(r -> r.expected().isPresent()).map(r -> r.school().map(RegisteredSchool::name).orElse("全市") + "为 " + r.data())
                    .collect(Collectors.joining("，")));
        }
        return verdict(claim, link, first.school(), first.data(), Conclusion.CONTRADICTED, fix(claim, first));
    }

    /** The fix, stated once: 应为 12.67:1（或 13:1）, the data as the report writes it and, if it differs, at the claim's rounding. */
    private static String fix(Claim claim, Reading reading) {
        BigDecimal rounded = reading.expected().orElseThrow().setScale(claim.decimals(), RoundingMode.HALF_UP);
        String atRounding = (claim.decimals() < 0 ? rounded.toBigInteger().toString() : rounded.toPlainString()) + Claim.suffix(claim.unit());
        boolean exact = claim.decimals() >= reading.expected().get().stripTrailingZeros().scale();
        return exact || reading.data().replace(" ", "").equals(atRounding.replace(" ", "")) ? "应为 " + atRounding
                : "应为 " + reading.data() + "（或 " + atRounding + "）";
    }

    /** A bound (20:1 以内, 98% 以上, 约 6300 人, 30 余人) against the data: for each school when the sentence says all of them (均, 各校). */
    private Verdict bound(Claim claim, Link link, String sentence) {
        if (link.part()) {
            return uncheckable(claim, link, "", "是总数中的一部分，不与总数比较");
        }
        String words = claim.before() + " " + claim.after();
        String after = claim.sentence().substring(claim.end());
        int sense = after.matches("(?s)^\\s*(以内|以下|之内|内).*") || claim.before().matches("(?s).*(不超过|不足|不到|不高于|不大于|不多于|(?<!不)低于|(?<!不)小于|最高)\\s*$") ? -1
                : after.matches("(?s)^\\s*(以上|余|多).*") || claim.before().matches("(?s).*((?<!不)超过|逾|不低于|不少于|(?<!不)高于|(?<!不)大于|至少|最低)\\s*$") ? 1
                : words.matches("(?s).*(约|左右|上下|近|接近|将近).*") ? 0 : 2;
        if (sense == 2) {
            return uncheckable(claim, link, "", "看不出是上限还是下限，不核对");
        }
        boolean nearUnder = claim.before().matches("(?s).*(?<![最附])(近|接近|将近)\\s*$"); // 近六千 is under 6000, not 6310
        // 各校…近 6000 人次 is their total; 各校…均在 98% 以上 speaks of each
        // 除职业中专达到 54.67% 外，其余 5 所学校均不足 50%: each school but those set apart
        Set<String> apart = schoolsSetApart(claim);
        List<Reading> readings = sense != 0 && everySchool(link, sentence) ? figures.schools().stream().filter(s -> !apart.contains(s.code()))
                .map(s -> reading(link.target(), figures.registry().all().stream().filter(r -> r.code().equals(s.code())).findFirst(), claim.unit()))
                .filter(r -> r.expected().isPresent()).toList()
                : link.subjects().stream().distinct().map(s -> reading(link.target(), s, claim.unit())).toList();
        if (readings.isEmpty() || readings.stream().anyMatch(r -> r.expected().isEmpty())) {
            return uncheckable(claim, link, "", readings.isEmpty() ? "数据中没有这个值" : readings.get(0).why());
        }
        BigDecimal bound = claim.value();
        List<Reading> outside = readings.stream().filter(r -> {
            BigDecimal value = r.expected().get();
            BigDecimal rounded = value.setScale(claim.decimals(), RoundingMode.HALF_UP);
            return switch (sense) {
                case -1 -> rounded.compareTo(bound) > 0;
                case 1 -> value.compareTo(bound) < 0 || after.matches("(?s)^\\s*(余|多).*") && value.compareTo(bound.multiply(BigDecimal.valueOf(2))) >= 0;
                default -> value.subtract(bound).abs().compareTo(nearness(bound)) > 0 || nearUnder && rounded.compareTo(bound) > 0;
            };
        }).toList();
        String data = readings.size() == 1 ? readings.get(0).data() : readings.stream().map(Reading::data).collect(Collectors.joining("、"));
        if (outside.isEmpty()) {
            return verdict(claim, link, readings.get(0).school(), data, Conclusion.CONSISTENT, "在所写的范围内");
        }
        if (!link.sure() && outside.size() < readings.size()) {
            return verdict(claim, link, readings.get(0).school(), data, Conclusion.UNCHECKABLE, "看不出说的是全市还是哪所学校");
        }
        return verdict(claim, link, outside.get(0).school(), data, Conclusion.CONTRADICTED, "数据为 " + outside.stream()
                .map(r -> r.school().map(s -> s.name() + " ").orElse("") + r.data()).collect(Collectors.joining("、"))
                + (nearUnder ? "，不是“近" + claim.written() + "”（略少于" + claim.written() + "）"
                        : "，不在“" + claim.written() + (sense == -1 ? "以内" : sense == 1 ? "以上" : "左右") + "”"));
    }

    /**
     * How far a value may stand from an approximate number (约 6300, 两千三百左右, 近 20): within about half a unit of
     * its last significant digit (2200 is not 两千三百左右, 6310 is 约 6000), and never a fifth of it.
     */
    private static BigDecimal nearness(BigDecimal approximate) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(approximate.stripTrailingZeros().scale());
        return unit.multiply(new BigDecimal("0.6")).min(approximate.abs().multiply(new BigDecimal("0.2")));
    }

    /** The schools a sentence sets apart from the rest it goes on about: named in 除…外, or before 其余/其他. */
    private Set<String> schoolsSetApart(Claim claim) {
        String sentence = claim.sentence();
        int clause = clauseStart(sentence, claim.start(), "，,；;。");
        Set<String> apart = new HashSet<>();
        java.util.regex.Matcher except = EXCEPT.matcher(sentence);
        while (except.find()) {
            names.find(except.group(2)).forEach(m -> apart.add(m.school().code()));
        }
        if (REST.matcher(sentence.substring(clause, claim.start())).find()) {
            names.find(sentence.substring(0, clause)).forEach(m -> apart.add(m.school().code()));
        }
        return apart;
    }

    private static final Pattern EXCEPT = Pattern.compile("除(了)?([^，,；;。]*?)(以)?外");
    private static final Pattern REST = Pattern.compile("其余|其他|其它|余下|剩下");

    private static boolean everySchool(Link link, String clause) {
        return link.target().perSchool() && clause.matches("(?s).*(各校|各学校|各中职学校|均|都|所有学校).*");
    }

    /** The clause a claim stands in: 各校…均 speaks of every school only there (全市在校生约 0.63 万人，各校就业率均超过 98%). */
    private static String clauseOf(Claim claim) {
        String sentence = claim.sentence();
        int from = clauseStart(sentence, claim.start(), "，,；;。");
        int to = claim.end();
        while (to < sentence.length() && "，,；;。".indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return sentence.substring(from, to);
    }

    /** A range (98.5% 至 99.4%) against the data: the city's value, or each school's when the sentence speaks of every school. */
    private Verdict range(Claim low, Claim high, Link link, String sentence) {
        if (link.part()) {
            return uncheckable(low, link, "", "是总数中的一部分，不与总数比较");
        }
        Optional<Reading> city = Optional.of(reading(link.target(), Optional.empty(), high.unit())).filter(r -> r.expected().isPresent());
        List<Reading> schools = link.target().perSchool() ? figures.schools().stream()
                .map(s -> reading(link.target(), figures.registry().all().stream().filter(r -> r.code().equals(s.code())).findFirst(), high.unit()))
                .filter(r -> r.expected().isPresent()).toList() : List.of();
        java.util.function.Predicate<Reading> inside = r -> {
            BigDecimal value = r.expected().get();
            return value.setScale(low.decimals(), RoundingMode.HALF_UP).compareTo(low.value()) >= 0
                    && value.setScale(high.decimals(), RoundingMode.HALF_UP).compareTo(high.value()) <= 0;
        };
        boolean each = everySchool(link, sentence) || sentence.contains("之间") && !schools.isEmpty() && link.school().isEmpty()
                && sentence.matches("(?s).*(学校|各).*");
        if (each && !schools.isEmpty()) {
            List<Reading> outside = schools.stream().filter(inside.negate()).toList();
            String data = schools.stream().map(Reading::data).collect(Collectors.joining("、"));
            if (outside.isEmpty()) {
                return verdict(low, link, Optional.empty(), data, Conclusion.CONSISTENT, "各校的值都在所写的范围内");
            }
            return verdict(low, link, Optional.empty(), data, everySchool(link, sentence) ? Conclusion.CONTRADICTED : Conclusion.UNCHECKABLE,
                    outside.stream().map(r -> r.school().map(RegisteredSchool::name).orElse("") + " " + r.data()).collect(Collectors.joining("、"))
                            + " 不在 " + low.written() + " 至 " + high.written() + " 之间");
        }
        if (city.isPresent() && inside.test(city.get())) {
            return verdict(low, link, Optional.empty(), city.get().data(), Conclusion.CONSISTENT, "在所写的范围内");
        }
        if (city.isPresent() && link.sure() && link.school().isEmpty() && (schools.isEmpty() || sentence.matches("(?s).*(全市|我市|本市).*"))) {
            return verdict(low, link, Optional.empty(), city.get().data(), Conclusion.CONTRADICTED,
                    "数据为 " + city.get().data() + "，不在 " + low.written() + " 至 " + high.written() + " 之间");
        }
        return uncheckable(low, link, city.map(Reading::data).orElse(""), "看不出范围说的是全市还是各校");
    }

    /** 三分之一 or 七成 of a share: true when the share is nearer that fraction than any other of the same denominator. */
    private Verdict fraction(Claim claim, Link link) {
        Reading reading = reading(link.target(), link.school(), "%");
        if (link.part() || reading.expected().isEmpty() || !link.sure()) {
            return uncheckable(claim, link, reading.data(), link.part() ? "是总数中的一部分，不与总数比较" : "分数不核对：" + reading.why());
        }
        if (fractionFits(claim, reading.expected().get().movePointLeft(2))) {
            return verdict(claim, link, link.school(), reading.data(), Conclusion.CONSISTENT, "约为所写的分数");
        }
        return verdict(claim, link, link.school(), reading.data(), Conclusion.CONTRADICTED, "应为 " + reading.data());
    }

    /** Whether a share (0.3305) is the fraction written: the nearest of its denominator, at least it (超过九成), or it and part of the next (六成多). */
    private static boolean fractionFits(Claim claim, BigDecimal share) {
        // a fraction's claim carries its numerator as the value and its denominator as the scale (see ClaimFinder)
        int denominator = claim.decimals();
        String after = claim.sentence().substring(claim.end());
        BigDecimal parts = share.multiply(BigDecimal.valueOf(denominator));
        if (claim.before().matches("(?s).*(超过|超|逾|高于|不低于|不少于|至少)\\s*$") || after.matches("(?s)^\\s*以上.*")) {
            return parts.compareTo(claim.value()) >= 0; // 就业率超过九成, 占比超四成五
        }
        if (claim.before().matches("(?s).*(不到|不足|低于|不超过)\\s*$") || after.matches("(?s)^\\s*以下.*")) {
            return parts.compareTo(claim.value()) <= 0;
        }
        if (claim.before().matches("(?s).*(?<![最附])(近|接近|将近)\\s*$")) {
            // 接近一半, 近七成: under the fraction, and nearer to it than to the one below
            return parts.compareTo(claim.value()) <= 0 && parts.compareTo(claim.value().subtract(new BigDecimal("0.5"))) >= 0;
        }
        // 六成多, 三分之一强: that fraction and part of the next; else the nearest fraction
        boolean more = claim.written().matches(".*[多余强]$") || after.matches("(?s)^\\s*(多|余|强).*");
        return parts.setScale(0, more ? RoundingMode.FLOOR : RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
    }

    /** A change on the prior year: its size at the claim's rounding, its direction, and its unit (% for a growth, 个百分点 for a share). */
    private Verdict change(Claim claim, Link subject) {
        if (subject.subjects().size() > 1 && !subject.part()) {
            // 招生 190 人，比上年少了 22 人, whether the school's or the city's: true of one of them is true, else not known
            for (Optional<RegisteredSchool> one : subject.subjects().stream().distinct().toList()) {
                Verdict each = change(claim, new Link(subject.target(), List.of(one), subject.unit(), false));
                if (each.conclusion() == Conclusion.CONSISTENT) {
                    return each;
                }
            }
            return uncheckable(claim, "看不出说的是全市还是哪所学校的变化");
        }
        Target target = subject.target();
        if (target.indicator().isEmpty() && target.figure().isPresent() && subject.sure() && !subject.part()) {
            return figureChange(claim, subject);
        }
        if (target.indicator().isEmpty() || !subject.sure() || subject.part()
                || subject.school().isPresent() && !target.indicator().get().perSchool()) {
            return uncheckable(claim, "看不出是哪个指标的变化");
        }
        Indicator indicator = target.indicator().get();
        Optional<RegisteredSchool> school = subject.school();
        Optional<IndicatorValue> found = school.isEmpty() ? figures.city(indicator) : figures.school(school.get().code())
                .filter(own -> own.indicators().containsKey(indicator))
                .map(own -> new IndicatorValue(indicator, own.code(), own.name(), figures.year(), null, null, own.indicators().get(indicator),
                        null, null, own.priors().get(indicator), ""));
        if (found.isEmpty() || found.get().value() == null) {
            return uncheckable(claim, "数据中没有这个值");
        }
        IndicatorValue value = found.get();
        Link link = new Link(Target.of(indicator, Target.Part.VALUE), List.of(school), claim.unit(), false);
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
            return verdict(claim, link, school, data, Conclusion.CONTRADICTED, why + "：应写作“" + data + "”");
        }
        boolean up = UP.contains(claim.direction());
        if (size.signum() != 0 && up != size.signum() > 0) {
            return verdict(claim, link, school, data, Conclusion.CONTRADICTED, "方向不对：数据是" + data);
        }
        BigDecimal rounded = size.abs().setScale(claim.decimals(), RoundingMode.HALF_UP);
        if (rounded.compareTo(claim.value()) == 0) {
            return verdict(claim, link, school, data, Conclusion.CONSISTENT, "");
        }
        if (indicator.display() == Display.PERCENT && !indicator.isGrowth()) {
            // 99.07% − 98.90% = 0.17: the change of the two shares as the report prints them is as true as the exact one (0.18)
            BigDecimal ofShown = value.value().movePointRight(2).setScale(2, RoundingMode.HALF_UP)
                    .subtract(value.prior().movePointRight(2).setScale(2, RoundingMode.HALF_UP)).abs();
            if (ofShown.setScale(claim.decimals(), RoundingMode.HALF_UP).compareTo(claim.value()) == 0) {
                return verdict(claim, link, school, data, Conclusion.CONSISTENT, "按两位小数的本年值与上年值相减");
            }
        }
        return verdict(claim, link, school, data, Conclusion.CONTRADICTED, "应为“" + data + "”");
    }

    /**
     * The change of a school figure from the year before's run (合作企业 68 家，比上年增加 4 家; 社会培训 5920 人次，增长 11.1%):
     * the difference in the claim's unit, or the rate where the claim is in %.
     */
    private Verdict figureChange(Claim claim, Link subject) {
        Target target = subject.target().current();
        Optional<ReportFigures.School> school = subject.school().flatMap(s -> figures.school(s.code()));
        if (subject.school().isPresent() && school.isEmpty()) {
            return uncheckable(claim, "数据中没有这所学校");
        }
        Optional<BigDecimal> now = value(target, school);
        Optional<BigDecimal> before = value(target.prior(), school);
        Link link = new Link(target, subject.subjects(), claim.unit(), false);
        if (now.isEmpty() || before.isEmpty()) {
            return uncheckable(claim, link, "", "没有上年数据");
        }
        BigDecimal difference = now.get().subtract(before.get());
        boolean rate = claim.unit().equals("%");
        if (rate && before.get().signum() == 0) {
            return uncheckable(claim, link, "", "上年为 0，没有增长率");
        }
        Optional<BigDecimal> size = rate ? Optional.of(difference.movePointRight(2).divide(before.get(), 10, RoundingMode.HALF_UP))
                : inUnit(target, difference.abs(), claim.unit()).map(d -> d.multiply(BigDecimal.valueOf(difference.signum())));
        if (size.isEmpty()) {
            return uncheckable(claim, link, "", "单位“" + claim.unit() + "”与数据不符");
        }
        String shownSize = size.get().abs().setScale(rate ? 2 : Math.max(0, size.get().stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString();
        String data = difference.signum() == 0 ? "与上年持平"
                : rate ? (difference.signum() > 0 ? "比上年增长 " : "比上年下降 ") + shownSize + "%"
                : (difference.signum() > 0 ? "比上年增加 " : "比上年减少 ") + shownSize + " " + claim.unit();
        String how = shown(target, now.get()) + "，上年 " + shown(target, before.get());
        boolean up = UP.contains(claim.direction());
        if (difference.signum() != 0 && up != difference.signum() > 0) {
            return verdict(claim, link, subject.school(), data, Conclusion.CONTRADICTED, "方向不对：数据是" + data + "（" + how + "）");
        }
        boolean fits = size.get().abs().setScale(Math.max(claim.decimals(), 0), RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
        return verdict(claim, link, subject.school(), data, fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? how : "应为“" + data + "”（" + how + "）");
    }

    /** The years a sentence may state: the report's, and the data years of the figures it cites. */
    private Set<Integer> yearsCited(List<Link> linked) {
        Set<Integer> allowed = new LinkedHashSet<>(List.of(figures.year()));
        for (Link link : linked) {
            int year = dataYear(link.target());
            allowed.add(year);
            Target.Part part = link.target().part();
            if (part == Target.Part.PRIOR || part == Target.Part.DENOMINATOR && link.target().indicator().filter(Indicator::isGrowth).isPresent()) {
                allowed.add(year - 1);
            }
        }
        return allowed;
    }

    private Verdict year(Claim claim, Set<Integer> allowed, boolean citesKnown) {
        int year = claim.value().intValue();
        if (allowed.contains(year)) {
            return new Verdict(claim.location(), snippet(claim), claim.written(), "", "年份", String.valueOf(year), Conclusion.CONSISTENT,
                    year == figures.year() ? "报告年度" : "所引数据的年度");
        }
        if (!citesKnown) {
            return new Verdict(claim.location(), snippet(claim), claim.written(), "", "年份", "", Conclusion.UNCHECKABLE,
                    "本句所引的数据未能确定，看不出年份 " + year + " 对不对");
        }
        return new Verdict(claim.location(), snippet(claim), claim.written(), "", "年份", String.valueOf(figures.year()), Conclusion.CONTRADICTED,
                "年份 " + year + " 既不是报告年度（" + figures.year() + "），也不是本句所引数据的年度；请核对是否应为 " + figures.year() + " 年");
    }

    /** Headers of columns whose numbers are no claims: a row's number, a major's code, a date. */
    private static final Pattern NOT_A_FIGURE_COLUMN = Pattern.compile("序号|编号|代码|代号|年份|日期|时间|电话|邮编");
    /** Rows that total a table: the city's figure, never a school's. */
    private static final Pattern TOTAL_ROW = Pattern.compile("^\\s*(合\\s*计|总\\s*计|全\\s*市|小\\s*计|总体|全市合计)\\s*$");
    /** A column of one year's figures: 2025 年, 2024年度. */
    private static final Pattern YEAR_COLUMN = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*(?:年|年度|学年)?\\s*$");
    /** A column of the figures the rows name: 数值, 本年, 全市. */
    private static final Pattern VALUE_COLUMN = Pattern.compile("^\\s*(数值|数量|本年|本年度|本期|全市|全市合计|合计|总计|值|数据)\\s*$");
    /** A unit a header gives its column: 在校生（人）, 就业率(%). */
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]([^）)]{1,4})[）)]\\s*$");

    /**
     * A table's cells: a name in a school column is checked against the registry; a number whose row
     * names a school (or the city: 合计, 总计, 全市) and whose header names a figure is a claim.
     */
    private void table(DraftText.Table table, Optional<RegisteredSchool> ownSchool, List<Verdict> verdicts) {
        if (table.rows().size() < 2) {
            return;
        }
        List<String> header = table.rows().get(0);
        int schoolColumn = -1;
        for (int c = 0; c < header.size() && schoolColumn < 0; c++) {
            schoolColumn = header.get(c).matches("(?s).*(学校|单位|校名).*") ? c : -1;
        }
        for (int r = 1; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String rowName = row.stream().filter(cell -> !cell.isBlank() && !cell.strip().matches("\\d+")).findFirst().orElse(row.isEmpty() ? "" : row.get(0));
            Optional<Optional<RegisteredSchool>> subject = rowSubject(row, schoolColumn, ownSchool);
            for (int c = 0; c < row.size() && c < header.size(); c++) {
                String cell = row.get(c);
                if (cell.isBlank()) {
                    continue;
                }
                String location = location(table.section(), "表 " + table.number() + " 第 " + (r + 1) + " 行第 " + (c + 1) + " 列");
                String quoted = Verdict.cell(rowName, header.get(c), cell);
                if (c == schoolColumn) {
                    schoolName(cell, location, quoted, verdicts);
                } else if (!NOT_A_FIGURE_COLUMN.matcher(header.get(c)).find()) {
                    cellClaims(header.get(c), c == 0 ? "" : rowName, cell, subject, ownSchool, location, quoted, verdicts);
                }
            }
        }
    }

    /** Whom a row speaks of: the city for a total row, the school it names, its own school's total in its report (全校合计), or nobody known (empty). */
    private Optional<Optional<RegisteredSchool>> rowSubject(List<String> row, int schoolColumn, Optional<RegisteredSchool> ownSchool) {
        if (ownSchool.isPresent() && row.stream().anyMatch(cell -> OWN_TOTAL_ROW.matcher(cell.strip()).matches())) {
            return Optional.of(ownSchool);
        }
        for (int c = 0; c < row.size(); c++) {
            if (TOTAL_ROW.matcher(row.get(c)).matches()) {
                return Optional.of(Optional.empty());
            }
        }
        String named = schoolColumn >= 0 && schoolColumn < row.size() ? row.get(schoolColumn) : String.join(" ", row);
        List<SchoolNames.Mention> mentions = names.find(named);
        return mentions.size() == 1 ? Optional.of(Optional.of(mentions.get(0).school())) : Optional.empty();
    }

    private void schoolName(String cell, String location, String quoted, List<Verdict> verdicts) {
        if (TOTAL_ROW.matcher(cell).matches()) {
            return;
        }
        List<SchoolNames.Mention> mentions = names.find(cell);
        if (mentions.isEmpty()) {
            // a cell of several paragraphs is quoted on one line: the console lists it
            String written = Rule.quoted(CONTROL_CHARACTERS.matcher(cell).replaceAll(" "));
            Optional<RegisteredSchool> nearest = figures.registry().nearest(cell);
            verdicts.add(new Verdict(location, quoted, written, "", "学校名称", nearest.map(RegisteredSchool::name).orElse(""),
                    Conclusion.NOTED, "“" + written + "”不在学校名录中" + nearest.map(s -> "；最接近的登记名称是“" + s.name() + "”").orElse("")));
        } else {
            mentions.stream().filter(m -> !m.registeredName()).forEach(m -> verdicts.add(alias(location, quoted, m)));
        }
    }

    /**
     * The figure a table's header or row label names: the longest synonym it holds whose units fit the
     * unit the label gives (双师型占比（%） is no count of 双师型 teachers).
     */
    private Optional<Synonyms.Synonym> namedBy(String label) {
        String plain = ClaimFinder.normalise(label);
        java.util.regex.Matcher unit = HEADER_UNIT.matcher(label);
        String given = unit.find() ? unit.group(1).replace("％", "%") : "";
        return synonyms.all().stream().filter(s -> plain.contains(s.words()) && (s.condition().isEmpty() || label.contains(s.condition())))
                .filter(s -> given.isEmpty() || s.units().contains(given) || !given.equals("%") && !s.units().contains("%"))
                .max(Comparator.comparingInt(s -> s.words().length()));
    }

    /**
     * The numbers of a cell, checked against the figure its column's header names, for whom its row
     * names; or, in a table turned on its side (rows 在校生数（人）, 生师比; columns 2025 年, 2024 年 or 数值),
     * against the figure its row names, in the year its column names, for the city.
     */
    private void cellClaims(String header, String rowName, String cell, Optional<Optional<RegisteredSchool>> subject,
                            Optional<RegisteredSchool> ownSchool, String location, String quoted, List<Verdict> verdicts) {
        Optional<Synonyms.Synonym> named = namedBy(header);
        OptionalInt columnYear = OptionalInt.empty();
        if (named.isEmpty() && !rowName.isEmpty() && namedBy(rowName).isPresent()) {
            java.util.regex.Matcher year = YEAR_COLUMN.matcher(header);
            List<SchoolNames.Mention> school = names.find(header);
            if (year.matches() || VALUE_COLUMN.matcher(header).matches() || school.size() == 1) {
                named = namedBy(rowName);
                // a school's own report tabulates the school, unless the column names another (or 全市)
                subject = Optional.of(school.size() == 1 ? Optional.of(school.get(0).school())
                        : header.matches("(?s).*(全市|合计|总计).*") ? Optional.empty() : ownSchool);
                columnYear = year.matches() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
                header = rowName;
            }
        }
        java.util.regex.Matcher unitOfHeader = HEADER_UNIT.matcher(header);
        String headerUnit = unitOfHeader.find() ? unitOfHeader.group(1).replace("％", "%") : "";
        for (Claim found : ClaimFinder.find(location, cell, figures.year())) {
            String unit = !found.unit().isEmpty() ? found.unit() : headerUnit.equals(":1") || named.map(s -> s.units().contains(headerUnit)).orElse(false)
                    ? headerUnit : named.map(s -> s.units().get(0)).orElse("");
            Claim claim = new Claim(location, cell, found.start(), found.end(), found.written() + (found.unit().isEmpty() ? Claim.suffix(unit) : ""),
                    found.value(), found.decimals(), unit, header, "", found.kind() == Claim.Kind.YEAR ? Claim.Kind.YEAR : Claim.Kind.FIGURE, "",
                    java.util.OptionalInt.empty());
            if (claim.kind() == Claim.Kind.YEAR) {
                continue;
            }
            Verdict verdict;
            Optional<Verdict> ofMajor = subject.isEmpty() && !rowName.isEmpty()
                    ? lines.ofMajor(claim, List.of(ownSchool), ClaimFinder.normalise(rowName + header), false) : Optional.empty();
            if (ofMajor.isPresent()) {
                verdict = ofMajor.get();
            } else if (named.isEmpty()) {
                verdict = uncheckable(claim, "看不出表头“" + Rule.quoted(header) + "”是哪个指标");
            } else if (subject.isEmpty()) {
                verdict = uncheckable(claim, "看不出这一行是哪所学校");
            } else {
                Target target = named.get().target();
                Link link = new Link(target, List.of(target.perSchool() ? subject.get() : subject.get().isPresent() ? subject.get() : Optional.empty()),
                        unit, false);
                int year = columnYear.orElse(dataYear(target));
                Optional<Link> inYear = year == dataYear(target) ? Optional.of(link) : year == dataYear(target) - 1 ? priorOf(link, unit) : Optional.empty();
                verdict = inYear.map(l -> figure(claim, l)).orElseGet(() -> uncheckable(claim, link, "", year + " 年的这个数不在所核对的数据中"));
            }
            verdicts.add(new Verdict(verdict.location(), quoted, verdict.written(), verdict.targetId(), verdict.targetName(), verdict.dataValue(),
                    verdict.conclusion(), verdict.explanation()));
        }
    }

    /** A number a drafted document bookmarked (vs_students_v3): checked against that figure whatever the words around it. */
    private Optional<Link> bookmarked(DraftText.Paragraph paragraph, int offset, Claim claim, Subjects subjects) {
        for (DraftText.Bookmark bookmark : paragraph.bookmarks()) {
            if (bookmark.start() > offset + claim.start() || bookmark.end() <= offset + claim.start()) {
                continue;
            }
            List<String> pieces = new ArrayList<>(List.of(bookmark.name().substring(Bookmarks.PREFIX.length()).split("_")));
            Optional<RegisteredSchool> school = figures.registry().all().stream().filter(s -> pieces.contains(s.code())).findFirst();
            school.ifPresent(s -> pieces.remove(s.code()));
            String role = pieces.remove(pieces.size() - 1);
            Optional<Target> target = Target.parse(String.join("_", pieces) + switch (role.isEmpty() ? ' ' : role.charAt(0)) {
                case 'p' -> ":上年";
                case 'n' -> ":分子";
                case 'd' -> ":分母";
                default -> "";
            });
            char letter = role.isEmpty() ? ' ' : role.charAt(0);
            if (target.isEmpty() || "vptns".indexOf(letter) < 0 || claim.kind() == Claim.Kind.YEAR) {
                return Optional.empty();
            }
            List<Optional<RegisteredSchool>> who = school.isPresent() ? List.of(school)
                    : target.get().perSchool() ? subjects.at(claim.start()) : List.of(Optional.empty());
            return Optional.of(new Link(target.get(), who, claim.unit(), false));
        }
        return Optional.empty();
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
                    .ifPresent(listing -> verdicts.add(new Verdict(claim.location(), snippet(claim), claim.written(), count.target().id(),
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
            // a 合计 row totals what the table lists; it lists nothing itself
            List<List<String>> rows = table.rows().subList(1, table.rows().size()).stream()
                    .filter(row -> row.stream().noneMatch(cell -> TOTAL_ROW.matcher(cell).matches())).toList();
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
            if (target.part() == Target.Part.PRIOR) {
                return school.isPresent() ? Optional.ofNullable(school.get().priorFigures().get(column)) : figures.priorTotal(column);
            }
            return school.isPresent() ? Optional.ofNullable(school.get().figures().get(column)) : figures.total(column);
        }
        Indicator indicator = target.indicator().orElseThrow();
        if (school.isPresent()) {
            return Optional.ofNullable(switch (target.part()) {
                case VALUE -> school.get().indicators().get(indicator);
                case PRIOR -> school.get().priors().get(indicator);
                default -> null;
            });
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
        boolean amount = target.figure().map(f -> f.field().units().contains("万元")).orElse(false);
        Display display = amount ? Display.AMOUNT : indicator.filter(i -> target.part() == Target.Part.VALUE || target.part() == Target.Part.PRIOR)
                .map(Indicator::display).orElse(Display.COUNT);
        return switch (display) {
            case PERCENT -> unit.equals("%") ? Optional.of(natural.movePointRight(2)) : Optional.empty();
            case RATIO_TO_ONE -> unit.equals(":1") || unit.isEmpty() ? Optional.of(natural) : Optional.empty();
            case RATIO -> unit.isEmpty() || unit.equals("倍") || unit.equals(":1") ? Optional.of(natural) : Optional.empty();
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
        return isAmount(target) ? Display.AMOUNT.format(natural) + " 万元" : Wording.count(natural);
    }

    private static String suffix(String unit) {
        return unit.isEmpty() || unit.equals("%") || unit.equals(":1") ? unit : " " + unit;
    }

    /** A school named by a registered alias: as good as its registered name; by a short name (郊区职高): read as the school, and said. */
    private static Verdict alias(String location, String quoted, SchoolNames.Mention mention) {
        if (mention.how() == SchoolNames.Written.DEFINED) {
            return new Verdict(location, quoted, mention.written(), mention.school().code(), "学校名称", mention.school().name(),
                    Conclusion.CONSISTENT, "文中定义的简称，指“" + mention.school().name() + "”");
        }
        if (mention.how() == SchoolNames.Written.SHORT) {
            return new Verdict(location, quoted, mention.written(), mention.school().code(), "学校名称", mention.school().name(),
                    Conclusion.NOTED, "按简称读作“" + mention.school().name() + "”；正式文稿宜用登记名称，或在学校名录的别名中登记这个简称");
        }
        return new Verdict(location, quoted, mention.written(), mention.school().code(), "学校名称", mention.school().name(),
                Conclusion.CONSISTENT, "学校名录登记的别称，登记名称为“" + mention.school().name() + "”");
    }

    private static Verdict verdict(Claim claim, Link link, Optional<RegisteredSchool> school, String data, Conclusion conclusion, String explanation) {
        String name = link.target().name() + school.map(s -> "（" + s.name() + "）").orElse("");
        return new Verdict(claim.location(), snippet(claim), claim.written(), link.target().id(), name, data, conclusion, explanation);
    }

    private static Verdict uncheckable(Claim claim, Link link, String data, String why) {
        return verdict(claim, link, link.school(), data, Conclusion.UNCHECKABLE, why);
    }

    static Verdict uncheckable(Claim claim, String why) {
        return new Verdict(claim.location(), snippet(claim), claim.written(), "", "", "", Conclusion.UNCHECKABLE, why);
    }

    static String snippet(Claim claim) {
        return Verdict.snippet(claim.sentence(), claim.start(), claim.end());
    }
}
