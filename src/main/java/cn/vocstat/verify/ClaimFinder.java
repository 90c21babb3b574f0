package cn.vocstat.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a sentence states, as people write them: 6,310 人, 0.63 万人, 六所, 十八个,
 * 百分之七十七点五一, 三分之一, full-width digits, 12.67∶1 and 1:12.67, a number broken by a line.
 * Not every digit is a claim: section numbers (1.1), figure and case numbers (图 4, 案例 2-4), dates
 * (9 月 12 日, 2026 年 1 月), ordinals (第 2 名), "3+2", and the coverage note a drafted figure carries
 * (5 所学校报表，缺 1 所) are not.
 */
final class ClaimFinder {

    private static final String UNITS = "个百分点|%|亿元|万元|元|人次|课时|学时|人|名|位|所|个|项|支|次|门|份|家|班|倍|年";
    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(?:1\\s*:\\s*(?<inverse>\\d{1,3}(?:\\.\\d{1,4})?)(?![\\d:.])"
                    + "|(?<arabic>\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,8})?|\\d{1,15}(?:\\.\\d{1,8})?)(?!\\d|\\.\\d)"
                    + "(?<space>\\s*)(?<multiplier>[万亿](?!元))?(?<approximate>[余多](?=" + UNITS + "))?(?<unit>" + UNITS + "|:\\s*1(?![\\d.]))?)");
    private static final Pattern CHINESE = Pattern.compile("(?<![" + CHINESE_DIGITS + "第每某几初高数])(?:百分之(?<percent>[" + CHINESE_DIGITS + "点]+)"
            + "|(?<denominator>[" + CHINESE_DIGITS + "]+)分之(?<numerator>[" + CHINESE_DIGITS + "]+)"
            + "|(?<tenths>[一二两三四五六七八九])成(?![为立功果绩本员长就都交型熟不])(?<hundredths>[一二三四五六七八九](?![十百千万个人名所项家次]))?(?<tmore>多|余)?"
            + "|(?<half>一半|半数)"
            + "|(?<plain>[" + CHINESE_DIGITS + "]+(?:点[" + CHINESE_DIGITS + "]+)?)(?<capproximate>[余多])?(?<cunit>" + UNITS.replace("|年", "") + "))");
    /**
     * How far from a number the words that make it no claim (图 4, 9 月, a URL) may stand, in characters:
     * looking no further keeps each number's cost bounded however long its sentence.
     */
    private static final int NEAR = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** Where a clause begins: the words of a number are in its clause. */
    private static final String CLAUSE_MARKS = "，,；;：:";
    private static final Pattern CHANGE = Pattern.compile("(增长|增加|提高|上升|减少|下降|降低|回落|增幅|降幅|减幅|涨幅|下滑)(了|为|达|达到|约)?\\s*$"
            + "|(?<=(比|较)(上年|上一年|去年|上一?届|(19|20)\\d{2}\\s*[年届])(同期)?)(?<more>多|少)(招|收|录)?了?\\s*$"
            + "|(?<arrow>[↑↓])\\s*$");
    /** A change signed in brackets after its figure, as slides write it: 6310 人（-233）, 58 个（+5）. */
    private static final Pattern SIGNED = Pattern.compile("[（(]\\s*(?<sign>[+＋\\-−－])\\s*$");
    /** 多了 or 少了 with no 比上年 of its own: a change where the sentence set the prior year to compare with (和 2024 年相比，在校生少了 233 人). */
    private static final Pattern MORE_OR_LESS = Pattern.compile("(?<more>多|少)(招|收|录)?了\\s*$");
    /** A clause that opens with the year before: 上年学生获二等奖 2 项 (not 去年, which an interview the year after says of the report's year). */
    private static final Pattern LAST_YEAR_OPENS = Pattern.compile("^\\s*(而)?(上年|上一年|上届|上一届)(?!的|是|为|同期)");
    /** Last year's value said before: 上年是 112 人, 去年为 36.6%. */
    private static final Pattern PRIOR_SAID = Pattern.compile("(上年|去年|上一年)(是|为|有)\\s*[0-9０-９]");
    /** 和 2024 年相比，…; 与上年比较，…: what the sentence compares with, said before its numbers. */
    private static final String COMPARED_WITH = "(与|和|同|跟)(上年|上一年|去年|上一?届|%s)(度)?(相比|相较|比较|比)[，,]";
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(约|近|超过|逾|接近|将近|不超过|不低于|不少于|不足|不到|高于|低于|大于|小于|至少|最高|最低|以上|达到近|控制在|保持在|(?<!平)均在|(?<!平)均为|(?<!平)均达|都在)\\s*$");
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*(余|多|左右|以上|以下|以内|上下|之内|内|出头)");
    private static final Pattern RANGE_NEXT = Pattern.compile("^\\s*(至|到|～|~|〜)\\s*[\\d" + CHINESE_DIGITS + "]");
    private static final Pattern RANGE_PREVIOUS = Pattern.compile("[\\d%]\\s*(" + UNITS + "|:1)?\\s*(至|到|～|~|〜)\\s*$");
    /** 由 98.90% 提高到 99.07%, 从 6543 人到 6310 人: the second is this year's, not the end of a range. */
    private static final Pattern FROM_TO = Pattern.compile("(由|从)[^，,；;。由从]{0,40}(至|到)\\s*$");
    /** A year the words of a number state: 2024 年, 2024 学年. */
    /** The unit a list of bare numbers ends with: 18、9、8 人次 are all 人次. */
    private static final Pattern LIST_UNIT = Pattern.compile("^(?:\\s*[、和及与]\\s*\\d+(?:\\.\\d+)?)+\\s*(" + UNITS + ")");
    /** What joins the next item of a list to a number: 7 项和, 7 项、. */
    private static final Pattern LISTED_NEXT = Pattern.compile("^\\s*(" + UNITS + ")?\\s*(和|、|及|与)\\s*$");
    private static final Pattern YEAR_IN_CLAUSE = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|学年)");
    private static final Pattern EXACT_TARGET = Pattern.compile("(降至|增至|增加到|增加至|提高到|提高至|上升到|上升至|下降到|下降至|减少到|减少至|增长到|增长至|达到|优化为|改善为|降为|升至|升为)\\s*$");

    private ClaimFinder() {
    }

    /** A sentence of a paragraph and where it starts in it. */
    record Sentence(int offset, String text) {
    }

    /** The sentences of a text, each with the offset it starts at. */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            sentences.add(new Sentence(from, text.substring(from, end.end())));
            from = end.end();
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            sentences.add(new Sentence(from, text.substring(from)));
        }
        return sentences;
    }

    /** The sentence with full-width digits and signs as half-width and line breaks inside numbers gone, and where each character came from. */
    record Plain(String text, int[] origin) {
        int originOf(int at) {
            return at >= origin.length ? (origin.length == 0 ? 0 : origin[origin.length - 1] + 1) : origin[at];
        }
    }

    static Plain plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '％') {
                c = '%';
            } else if (c == '．' && i > 0 && Character.isDigit(half(text.charAt(i - 1)))) {
                c = '.';
            } else if (c == '∶' || (c == '：' || c == ':') && i > 0 && i + 1 < text.length() && isDigitAround(text, i)) {
                c = ':';
            } else if ((c == '\n' || c == '\r' || c == '\u000B' || c == '\u2028') && isDigitAround(text, i)) {
                continue; // a number broken by a line is one number
            } else if ("“”‘’\"「」".indexOf(c) >= 0) {
                continue; // “双师型”教师 names what 双师型教师 does
            } else if (Character.isWhitespace(c) && c != ' ') {
                c = ' ';
            }
            origin[plain.length()] = i;
            plain.append(c);
        }
        int[] trimmed = new int[plain.length()];
        System.arraycopy(origin, 0, trimmed, 0, plain.length());
        return new Plain(plain.toString(), trimmed);
    }

    private static boolean isDigitAround(String text, int at) {
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = at + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\n' || text.charAt(after) == '\r')) {
            after++;
        }
        return before >= 0 && after < text.length() && isNumberCharacter(text.charAt(before)) && isNumberCharacter(text.charAt(after));
    }

    private static boolean isNumberCharacter(char c) {
        char h = half(c);
        return Character.isDigit(h) || h == '.' || h == ',';
    }

    private static char half(char c) {
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c;
    }

    /** Normalised text, as synonyms and school names are matched against. */
    static String normalise(String text) {
        return plain(text).text();
    }

    /** The claims of a sentence; {@code year}: the report's year, whose year before is last year's. */
    static List<Claim> find(String location, String sentence, int year) {
        Plain plain = plain(sentence);
        String text = plain.text();
        List<Found> found = new ArrayList<>();
        Matcher arabic = NUMBER.matcher(text);
        while (arabic.find()) {
            found.add(arabic(arabic));
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            Found number = chinese(chinese);
            if (number != null && found.stream().noneMatch(f -> f.start < number.end && number.start < f.end)) {
                found.add(number);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Claim> claims = new ArrayList<>();
        int previousEnd = 0;
        String lastYear = (year - 1) + "年";
        for (Found number : found) {
            String rest = text.substring(number.end, Math.min(text.length(), number.end + NEAR));
            String preceding = text.substring(Math.max(0, number.start - NEAR), number.start);
            boolean isYear = number.unit.equals("年") && number.arabic && number.value.scale() == 0 && isYear(number.value);
            if (notAClaim(preceding, rest, number) || number.unit.equals("年") && !isYear) {
                continue; // 3 年: a duration, not a claim the data can check
            }
            String before = text.substring(clauseStart(text, previousEnd, number.start), number.start);
            String after = rest.split("[，,；;。：:、）)]", 2)[0];
            String clause = text.substring(clauseStart(text, 0, number.start), number.start);
            Claim.Kind kind = isYear ? Claim.Kind.YEAR : kindOf(number, before, clause, rest, preceding, lastYear);
            Matcher change = CHANGE.matcher(before);
            // 比上年多了 7 项, 比上年少招了 52 人: 多 and 少 as 增加 and 减少
            Matcher moreOrLess = MORE_OR_LESS.matcher(before);
            Matcher signed = SIGNED.matcher(preceding);
            String direction = kind != Claim.Kind.CHANGE ? ""
                    : signed.find() ? signed.group("sign").matches("[+＋]") ? "增加" : "减少"
                    : change.find() ? change.group(1) != null ? change.group(1) : change.group("arrow") != null ? change.group("arrow").equals("↑") ? "增加" : "减少"
                    : change.group("more").equals("多") ? "增加" : "减少"
                    : moreOrLess.find() ? moreOrLess.group("more").equals("多") ? "增加" : "减少" : "";
            Claim last = claims.isEmpty() ? null : claims.get(claims.size() - 1);
            // (not after a semicolon: 增长 11.1%；与 68 家企业开展合作 is a figure again)
            if (kind == Claim.Kind.FIGURE && last != null && last.kind() == Claim.Kind.CHANGE && LISTED_NEXT.matcher(text.substring(previousEnd, number.start)).matches()) {
                kind = Claim.Kind.CHANGE; // 分别比上年增加 7 项和 6 项: the second is a change too
                direction = last.direction();
            }
            int start = plain.originOf(number.start);
            int end = plain.originOf(number.marked - 1) + 1;
            Matcher yearInClause = YEAR_IN_CLAUSE.matcher(before);
            OptionalInt statedYear = OptionalInt.empty();
            while (yearInClause.find()) {
                statedYear = OptionalInt.of(Integer.parseInt(yearInClause.group(1)));
            }
            if (statedYear.isEmpty() && LAST_YEAR_OPENS.matcher(clause).find()) {
                statedYear = OptionalInt.of(year - 1); // 上年学生获二等奖 2 项: last year's, whatever the figure
            }
            Matcher listUnit = LIST_UNIT.matcher(rest);
            String unit = number.unit.isEmpty() && number.arabic && listUnit.find() ? listUnit.group(1) : number.unit; // 18、9、8 人次
            if (unit.isEmpty() && SIGNED.matcher(preceding).find() && last != null) {
                unit = last.unit(); // 6310 人（-233）: the change is in its figure's unit
            }
            claims.add(new Claim(location, sentence, start, end, number.shown(sentence.substring(start, end).strip()) + Claim.suffix(unit.equals(number.unit) ? "" : unit),
                    number.value, number.scale, unit, before, after, kind, direction, isYear ? OptionalInt.empty() : statedYear));
            if (!isYear) {
                previousEnd = number.end; // a year is part of the words of the number after it: 经费由 2023 年的 11123.67 元
            }
        }
        return claims;
    }

    /** A number found: where, its value in the base unit, the place of its last digit, its unit, and whether written in Arabic digits. */
    /** {@code marked}: where the number as 原文 marks it ends: before a unit word (6,310【】人), after % or :1. */
    /** {@code approximate}: 余 or 多 stands between the number and its unit (2600 余人), which makes it a lower bound. */
    private record Found(int start, int end, int marked, BigDecimal value, int scale, String unit, boolean arabic, boolean fraction, String digits,
                         boolean approximate) {
        String shown(String original) {
            return arabic && digits != null ? digits + Claim.suffix(unit) : original + (marked < end ? Claim.suffix(unit).strip() : "");
        }
    }

    private static Found arabic(Matcher m) {
        if (m.group("inverse") != null) {
            BigDecimal value = new BigDecimal(m.group("inverse"));
            return new Found(m.start(), m.end(), m.end(), value, value.scale(), ":1", true, false, null, false);
        }
        String written = m.group("arabic");
        BigDecimal value = new BigDecimal(written.replace(",", ""));
        int scale = value.scale();
        String unit = m.group("unit") == null ? "" : m.group("unit").startsWith(":") ? ":1" : person(m.group("unit"));
        String multiplier = m.group("multiplier");
        int end = m.group("unit") != null ? m.end("unit") : multiplier != null ? m.end("multiplier") : m.end("arabic");
        int marked = unit.equals("%") || unit.equals(":1") ? end : multiplier != null ? m.end("multiplier") : m.end("arabic");
        if (multiplier != null) {
            int power = multiplier.equals("万") ? 4 : 8;
            return new Found(m.start(), end, marked, value.movePointRight(power), scale - power, unit, true, false, null, m.group("approximate") != null);
        }
        return new Found(m.start(), end, marked, value, scale, unit, true, false, written, m.group("approximate") != null);
    }

    private static Found chinese(Matcher m) {
        if (m.group("percent") != null) {
            BigDecimal value = ChineseNumerals.parse(m.group("percent"));
            return value == null ? null : new Found(m.start(), m.end(), m.end(), value, Math.max(0, value.scale()), "%", false, false, null, false);
        }
        if (m.group("denominator") != null) {
            BigDecimal denominator = ChineseNumerals.parse(m.group("denominator"));
            BigDecimal numerator = ChineseNumerals.parse(m.group("numerator"));
            if (denominator == null || numerator == null || denominator.signum() == 0) {
                return null;
            }
            // the value carries the fraction as numerator.denominator's integer pair: the checker reads both
            return new Found(m.start(), m.end(), m.end(), numerator, denominator.intValue(), "%", false, true, null, false);
        }
        if (m.group("half") != null) {
            // 接近一半: one of two, read as 二分之一 is
            return new Found(m.start(), m.end(), m.end(), BigDecimal.ONE, 2, "%", false, true, null, false);
        }
        if (m.group("tenths") != null && m.group("hundredths") != null) {
            // 四成五: 45 of a hundred
            BigDecimal hundredths = ChineseNumerals.parse(m.group("tenths")).multiply(BigDecimal.TEN).add(ChineseNumerals.parse(m.group("hundredths")));
            return new Found(m.start(), m.end(), m.end(), hundredths, 100, "%", false, true, null, m.group("tmore") != null);
        }
        if (m.group("tenths") != null) {
            // 七成, 六成多: a fraction of ten, read as 三分之一 is
            return new Found(m.start(), m.end(), m.end(), ChineseNumerals.parse(m.group("tenths")), 10, "%", false, true, null, m.group("tmore") != null);
        }
        BigDecimal value = m.group("plain").matches("[百千万亿]+") ? null : ChineseNumerals.parse(m.group("plain"));
        return value == null ? null : new Found(m.start(), m.end(), m.end("plain"), value, Math.max(0, value.scale()), person(m.group("cunit")), false, false, null,
                m.group("capproximate") != null);
    }

    /** 230 位老师 counts people as 230 名 does. */
    private static String person(String unit) {
        return unit.equals("位") ? "名" : unit;
    }

    private static boolean isYear(BigDecimal number) {
        return number.toPlainString().matches("(19|20)\\d{2}");
    }

    /** {@code before}: the clause since the claim before; {@code clause}: the whole clause (2024 年为 6543 人, whose year is a claim of its own). */
    private static Claim.Kind kindOf(Found number, String before, String clause, String rest, String preceding, String lastYear) {
        if (number.fraction) {
            return Claim.Kind.FRACTION;
        }
        String compact = before.replace(" ", "");
        boolean fromPrior = compact.matches(".*(由|从)(上年的?|去年的?|(19|20)\\d{2}年的?)?$") && rest.matches("(?s)^[^，,；;。]*(至|到).*");
        if (fromPrior) {
            return Claim.Kind.PRIOR;
        }
        if (FROM_TO.matcher(preceding).find()) {
            return Claim.Kind.FIGURE;
        }
        if (RANGE_NEXT.matcher(rest).find() || RANGE_PREVIOUS.matcher(preceding).find() || rest.matches("(?s)^\\s*之间.*")) {
            return Claim.Kind.RANGE;
        }
        if (number.approximate || BOUND_AFTER.matcher(rest).find() || BOUND_BEFORE.matcher(before).find()) {
            return Claim.Kind.BOUND;
        }
        String sentence = SENTENCE_END.split(preceding, -1)[SENTENCE_END.split(preceding, -1).length - 1];
        // 和 2024 年相比，…少了; 上年是 112 人，多招了 28 人: what the sentence compares with, said before
        boolean comparedWithPrior = Pattern.compile(String.format(COMPARED_WITH, lastYear.replace("年", "\\s*年"))).matcher(sentence.replace(" ", "")).find()
                || PRIOR_SAID.matcher(sentence).find();
        if (CHANGE.matcher(before).find() || comparedWithPrior && MORE_OR_LESS.matcher(before).find() || SIGNED.matcher(preceding).find()) {
            return Claim.Kind.CHANGE;
        }
        String wholeClause = clause.replace(" ", "");
        if (compact.matches(".*(较|比)(上年|上一年|上一学年|去年|上一?届|" + lastYear + "|" + lastYear.replace("年", "届") + ")(的|同期)?$")
                || wholeClause.matches(".*(上年|上一年|去年|上学年|" + lastYear + ")(的|同期)?(为|是|有|共|达|共有)?$")) {
            return Claim.Kind.PRIOR;
        }
        return Claim.Kind.FIGURE;
    }

    /** Whether the figure after a "由 … 增至" is this year's: the words right before it say so. */
    static boolean reachedValue(String before) {
        return EXACT_TARGET.matcher(before).find();
    }

    private static boolean notAClaim(String preceding, String rest, Found number) {
        // 图 4, 第 3, a URL, a formula's factor (已落实去向人数÷毕业生人数×100%)
        if (preceding.matches("(?s).*(图|表|案例|附件|第|序号|编号|#|名列前|排名前|前|[×÷＝=])\\s*$") || preceding.matches("(?s).*https?://\\S*$")) {
            return true;
        }
        if (number.unit.equals("名") && rest.matches("(?s)^\\s*(小数|有效数字|数).*")) {
            return true; // 保留两位小数: digits, not people
        }
        if (!number.arabic) {
            return false;
        }
        String unit = number.unit;
        return rest.matches("(?s)^\\s*[-—–+＋].*") || preceding.matches("(?s).*[+＋\\-—]\\s*$") && !SIGNED.matcher(preceding).find()
                || unit.isEmpty() && rest.matches("(?s)^\\s*(月|日|号|届|点|时|分|期|版|章|节).*")
                || unit.equals("年") && rest.matches("(?s)^\\s*\\d{1,2}\\s*月.*")
                || unit.equals("年") && preceding.matches("(?s).*\\d\\s*$")
                || unit.equals("所") && (rest.matches("(?s)^\\s*学校报表.*") || preceding.matches("(?s).*缺\\s*$"));
    }

    /** Where the clause of a number at {@code at} begins, no earlier than {@code from} (the end of the claim before). */
    private static int clauseStart(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            // 12.67:1 is a number; in 在校生：6310 人 the label names the number right after its colon
            boolean labels = (c == '：' || c == ':') && text.substring(i + 1, at).isBlank();
            if (CLAUSE_MARKS.indexOf(c) >= 0 && !(c == ':' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) && !labels) {
                return i + 1;
            }
        }
        return from;
    }
}
