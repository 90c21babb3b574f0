package cn.vocstat.verify;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.verify.Verdict.Conclusion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Figures the returns' lines hold that no indicator does, as drafts state them: one major's (幼儿保育专业在校生 238 人),
 * one group's or event's prizes (学生组获二等奖 21 项), the prizes of every grade together (获奖总数 39 项) and a
 * school's spending per student (生均支出约 3.48 万元). Each is checked against the lines of the run, for the school
 * or the city the claim is of; a claim these words do not describe is left to the indicators (empty).
 */
final class LineFigures {

    private final ReportFigures figures;
    private final Synonyms synonyms;
    private final MajorNames majors;

    LineFigures(ReportFigures figures, Synonyms synonyms) {
        this.figures = figures;
        this.synonyms = synonyms;
        this.majors = new MajorNames(figures.majors());
    }

    /**
     * Prizes of one group or event (其中学生组获二等奖 21 项, 教师组另获三等奖 1 项, 在声乐表演赛项获二等奖 4 项): the
     * returns' award lines of that 参赛类别 or 赛项, for whom the claim is of. Empty where the words name neither.
     */
    Optional<Verdict> prizesOfGroup(Claim claim, Target target, List<Optional<RegisteredSchool>> subjects) {
        Optional<String> grade = target.indicator().map(PRIZE_GRADES::get);
        if (grade.isEmpty() || target.part() != Target.Part.VALUE || subjects.size() != 1 || !figures.detailed()) {
            return Optional.empty();
        }
        String clause = ClaimFinder.normalise(ClaimChecker.clauseBefore(claim));
        boolean students = STUDENTS_GROUP.matcher(clause).find();
        boolean teachers = TEACHERS_GROUP.matcher(clause).find();
        Optional<RegisteredSchool> school = subjects.get(0);
        List<ReportFigures.Award> lines = figures.awards().stream()
                .filter(a -> school.map(s -> s.code().equals(a.schoolCode())).orElse(true) && grade.get().equals(a.grade())).toList();
        // 二等奖 3 项（新能源汽车检测与维修赛项）、三等奖 2 项（计算机应用赛项）: an event in brackets is of the prize before it
        java.util.regex.Matcher bracketAfter = EVENT_AFTER.matcher(claim.sentence().substring(claim.end()));
        String eventWords = clause.replaceAll("[（(][^）)]*[）)]", "") + (bracketAfter.find() ? bracketAfter.group(1) : "");
        Set<String> events = figures.awards().stream().map(ReportFigures.Award::event)
                .filter(e -> e != null && e.length() >= 2 && eventWords.contains(e)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (students == teachers && events.isEmpty()) {
            return Optional.empty();
        }
        String category = students == teachers ? "" : students ? "学生" : "教师";
        BigDecimal count = lines.stream().filter(a -> category.isEmpty() ? !"指导教师".equals(a.category()) : category.equals(a.category()))
                .filter(a -> events.isEmpty() || events.contains(a.event())).map(ReportFigures.Award::count).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        String group = (category.isEmpty() ? "" : category + "组") + (events.isEmpty() ? "" : (category.isEmpty() ? "" : "，") + String.join("、", events) + "赛项");
        String name = target.name() + "（" + group + school.map(s -> "，" + s.name()).orElse("") + "）";
        String data = count.toPlainString() + " 项";
        boolean fits = count.compareTo(claim.value()) == 0;
        return Optional.of(new Verdict(claim.location(), ClaimChecker.snippet(claim), claim.written(), target.id(), name, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? "按报表技能大赛各行的参赛类别和赛项汇总" : "应为 " + data));
    }

    /**
     * A figure of one major (幼儿保育专业在校生 238 人; 无人机操控与维护专业，首届招生 40 人; 矿井通风与安全、矿山机电两个专业，
     * 各招生 20 人; a table row 汽车运用与维修 under 毕业生（人）): the major's lines of the school the claim is of, or of
     * every school where it names none and one school alone offers the major. {@code before}: the words before the
     * number; {@code strict}: in running text only the figure's own words may stand between the major and its number.
     */
    Optional<Verdict> ofMajor(Claim claim, List<Optional<RegisteredSchool>> who, String before, boolean strict) {
        List<MajorNames.Mention> named = majors.find(before);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        MajorNames.Mention last = named.get(named.size() - 1);
        // 音乐表演、舞蹈表演两个专业，首年分别招生 30 人和 25 人: the numbers after 分别 pair with the majors listed
        String words = before.substring(last.end());
        int pairedAt = words.contains("分别") ? (int) NUMBER_LISTED.matcher(words.substring(words.indexOf("分别"))).results().count() : -1;
        String label = pairedAt > 0
                ? words.substring(0, words.indexOf("分别") + 2) + NUMBER_LISTED.matcher(words.substring(words.indexOf("分别") + 2)).replaceAll("") : words;
        Optional<Synonyms.Synonym> figure = synonyms.all().stream().filter(s -> s.condition().isEmpty() && label.contains(s.words())
                        && s.target().part() == Target.Part.VALUE && s.target().indicator().filter(MajorNames.FIGURES::contains).isPresent()
                        && ClaimChecker.unitFits(s, claim.unit()))
                .max(Comparator.comparingInt(s -> s.words().length()));
        // 开设无人机操控与维护专业，今年招生 520 人: a clause after the major's may be about the school, unless it says the major's
        // first intake or each of them
        boolean eachOrFirst = label.matches("(?s).*(各|分别|首届|首年).*");
        if (figure.isEmpty() || label.matches("(?s).*[\\d；;。].*") || label.matches("(?s).*[，,].*") && !eachOrFirst
                || strict && !MAJOR_LABEL.matcher(label.replace(figure.get().words(), "")).matches()) {
            return Optional.empty();
        }
        // 矿井通风与安全、矿山机电两个专业，各招生 20 人: each of the majors listed together
        List<MajorNames.Mention> listed = new ArrayList<>(List.of(last));
        for (int m = named.size() - 2; m >= 0 && before.substring(named.get(m).end(), listed.get(0).start()).matches("(专业)?[、和与及]"); m--) {
            listed.add(0, named.get(m));
        }
        if (listed.size() > 1 && !label.matches("(?s).*(各|分别).*")) {
            return Optional.empty(); // 开设音乐表演、舞蹈表演专业，今年招生 300 人: not one major's
        }
        List<MajorNames.Mention> of = !label.contains("分别") ? listed
                : Math.max(pairedAt, 0) < listed.size() ? List.of(listed.get(Math.max(pairedAt, 0))) : List.of();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = figure.get().target().indicator().get();
        if (who.size() != 1) {
            return Optional.empty();
        }
        Optional<RegisteredSchool> school = who.get(0);
        List<String> computed = new ArrayList<>();
        boolean fits = true;
        for (MajorNames.Mention major : of) {
            List<ReportFigures.Major> lines = majors.lines(major.name(), school.map(RegisteredSchool::code));
            if (school.isEmpty() && lines.stream().map(ReportFigures.Major::schoolCode).distinct().count() > 1) {
                return Optional.of(ClaimChecker.uncheckable(claim, "几所学校都开设" + major.name() + "专业，看不出是哪所学校的"));
            }
            Optional<BigDecimal> value = MajorNames.value(indicator, lines);
            if (value.isEmpty()) {
                return Optional.of(ClaimChecker.uncheckable(claim, school.map(RegisteredSchool::name).orElse("数据") + "中没有" + major.name() + "专业的这个数"));
            }
            BigDecimal expected = value.get();
            fits &= expected.setScale(Math.max(claim.decimals(), 0), RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
            computed.add(major.name() + " " + expected.setScale(indicator.display() == Display.PERCENT ? 2 : 0, RoundingMode.HALF_UP).toPlainString()
                    + (indicator.display() == Display.PERCENT ? "%" : " " + claim.unit()));
        }
        String ofWhom = school.map(s -> "，" + s.name()).orElse("");
        String name = indicator.title() + "（" + of.stream().map(MajorNames.Mention::name).collect(Collectors.joining("、")) + "专业" + ofWhom + "）";
        String data = String.join("，", computed);
        return Optional.of(new Verdict(claim.location(), ClaimChecker.snippet(claim), claim.written(), indicator.id(), name, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? "按报表专业设置各行汇总" : "应为 " + data));
    }

    /** A number listed before this one after 分别: 30 人和. */
    private static final Pattern NUMBER_LISTED = Pattern.compile("\\d+(\\.\\d+)?\\s*(人次|人|名|%|个)?\\s*[和、及与]");
    /** What may stand between a major and its figure's number besides the figure's name: 专业，首届招生 40 人, 专业的在校生为. */
    private static final Pattern MAJOR_LABEL = Pattern.compile("(专业)?[的，,、\\s]*(两个|三个|两|三|各)?(专业)?[的，,\\s]*(首届|首年|当年|今年|本年|各)?(共)?(人数|数)?(为|是|达|达到|共|有|共有|约|分别)?\\s*");

    /**
     * The prizes of every grade together (获奖总数 39 项, 共获奖 12 项, 一共捧回 39 个奖项, 二等奖 3 项、三等奖 2 项，合计 5 项;
     * 学生获奖 37 项): the award lines of 一等奖, 二等奖 and 三等奖, of the group the words name, for whom the claim is of.
     */
    Optional<Verdict> prizesInAll(Claim claim, List<Optional<RegisteredSchool>> who) {
        String clause = ClaimFinder.normalise(ClaimChecker.clauseBefore(claim));
        boolean summed = claim.before().matches("(?s)\\s*((项|个)?\\s*[，,])?\\s*(合计|共计|总计|共)(为|达)?\\s*")
                && claim.sentence().substring(0, claim.start()).matches("(?s).*等奖\\s*[0-9０-９一二三四五六七八九十两]+\\s*[项个].*");
        boolean named = summed || PRIZES_IN_ALL.matcher(clause).find() || claim.after().strip().startsWith("奖项") || claim.after().strip().startsWith("个奖项");
        if (!named || !claim.unit().matches("项|个") || !figures.detailed() || claim.kind() != Claim.Kind.FIGURE) {
            return Optional.empty();
        }
        if (who.size() != 1) {
            return Optional.of(ClaimChecker.uncheckable(claim, "看不出说的是全市还是哪所学校的获奖数"));
        }
        Optional<RegisteredSchool> school = who.get(0);
        boolean students = STUDENTS_GROUP.matcher(clause).find();
        boolean teachers = TEACHERS_GROUP.matcher(clause).find();
        String category = students == teachers ? "" : students ? "学生" : "教师";
        BigDecimal count = figures.awards().stream()
                .filter(a -> school.map(s -> s.code().equals(a.schoolCode())).orElse(true) && PRIZE_GRADES.containsValue(a.grade())
                        && (category.isEmpty() ? !"指导教师".equals(a.category()) : category.equals(a.category())))
                .map(ReportFigures.Award::count).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        String name = "技能大赛获奖总数（一、二、三等奖" + (category.isEmpty() ? "" : "，" + category + "组") + school.map(s -> "，" + s.name()).orElse("") + "）";
        String data = count.toPlainString() + " 项";
        boolean fits = count.compareTo(claim.value()) == 0;
        return Optional.of(new Verdict(claim.location(), ClaimChecker.snippet(claim), claim.written(), "awards", name, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? "按报表技能大赛各行汇总" : "应为 " + data));
    }

    /**
     * A school's spending per student (体校生均经费支出约 5 万元, 职业中专约 3.48 万元): its 经费总支出 over its 在校生, or the
     * schools' together for the city; not the city statistic 生均一般公共预算教育经费. {@code goesOn}: a school listed after one.
     */
    Optional<Verdict> spendingPerStudent(Claim claim, List<Optional<RegisteredSchool>> who, boolean goesOn) {
        String clause = ClaimFinder.normalise(ClaimChecker.clauseBefore(claim));
        if (!goesOn && !SPENDING_PER_STUDENT.matcher(clause).find() || !claim.unit().matches("万元|元") || claim.kind() != Claim.Kind.FIGURE && claim.kind() != Claim.Kind.BOUND) {
            return Optional.empty();
        }
        if (who.size() != 1) {
            return Optional.of(ClaimChecker.uncheckable(claim, "看不出说的是全市还是哪所学校的生均经费支出"));
        }
        Optional<ReportFigures.School> school = who.get(0).flatMap(s -> figures.school(s.code()));
        Optional<BigDecimal> spent = valueOf(Indicator.SCHOOL_EXPENDITURE, school);
        Optional<BigDecimal> students = valueOf(Indicator.STUDENTS, school);
        if (who.get(0).isPresent() && school.isEmpty() || spent.isEmpty() || students.isEmpty() || students.get().signum() == 0) {
            return Optional.of(ClaimChecker.uncheckable(claim, "数据中没有这所学校的经费总支出或在校生数"));
        }
        BigDecimal perStudent = spent.get().divide(students.get(), 10, RoundingMode.HALF_UP).movePointRight(claim.unit().equals("元") ? 4 : 0);
        int digits = Math.max(claim.decimals(), 0);
        BigDecimal off = perStudent.subtract(claim.value()).abs();
        boolean fits = claim.kind() == Claim.Kind.BOUND ? off.compareTo(BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2))) <= 0
                : perStudent.setScale(digits, RoundingMode.HALF_UP).compareTo(claim.value()) == 0;
        String data = perStudent.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + claim.unit();
        String how = spent.get().stripTrailingZeros().toPlainString() + " 万元 ÷ " + students.get().stripTrailingZeros().toPlainString() + " 人";
        String name = "生均经费支出（学校经费总支出 ÷ 在校生数" + who.get(0).map(s -> "，" + s.name()).orElse("") + "）";
        return Optional.of(new Verdict(claim.location(), ClaimChecker.snippet(claim), claim.written(), Indicator.SCHOOL_EXPENDITURE.id(), name, data,
                fits ? Conclusion.CONSISTENT : Conclusion.CONTRADICTED, fits ? how : "应为 " + data + "（" + how + "）"));
    }

    /** Words that name a school's spending per student, not the city statistic: 生均经费支出, 生均支出. */
    private static final Pattern SPENDING_PER_STUDENT = Pattern.compile("(?<!一般公共预算)(生均经费支出|生均支出)(约|约为|为|达|是|达到)?$");

    /** Words that name the prizes of every grade together before their count: 获奖总数, 共获奖, 获省级奖项. */
    private static final Pattern PRIZES_IN_ALL = Pattern.compile("(获奖总数|获奖数|获奖|获得奖项|获省级奖项|奖项总数|奖项)(达|为|共|达到|合计)?$");

    /** The prize grades the award lines hold, by the indicator that counts them. */
    private static final Map<Indicator, String> PRIZE_GRADES = Map.of(Indicator.AWARDS_FIRST, "一等奖", Indicator.AWARDS_SECOND, "二等奖",
            Indicator.AWARDS_THIRD, "三等奖");
    /** The brackets right after a prize's count: 2 项（计算机应用赛项）. */
    private static final Pattern EVENT_AFTER = Pattern.compile("^\\s*[项个]?\\s*[（(]([^）)]*)[）)]");
    private static final Pattern STUDENTS_GROUP = Pattern.compile("学生组|学生(共|还|另)?(荣获|获得|获|在|拿了|摘得)");
    private static final Pattern TEACHERS_GROUP = Pattern.compile("教师组|(?<!指导)教师(共|还|另)?(荣获|获得|获|在|拿了|摘得)");

    /** An indicator's value for the school, or the city's where no school is given. */
    private Optional<BigDecimal> valueOf(Indicator indicator, Optional<ReportFigures.School> school) {
        return school.isPresent() ? Optional.ofNullable(school.get().indicators().get(indicator))
                : figures.city(indicator).map(IndicatorValue::value);
    }
}
