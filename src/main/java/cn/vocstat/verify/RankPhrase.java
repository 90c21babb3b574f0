package cn.vocstat.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school's place among the city's schools, said right after its figure: 就业率 98.89%，排全市第二; 双师型教师占比 54.67%，
 * 全市最高; 在校生 2200 人，居全市首位. {@code start} and {@code end}: where the words that state the place stand in the
 * sentence; {@code place}: counted from the top, or from the bottom when {@code fromBottom} (最低, 最少).
 */
record RankPhrase(int start, int end, String written, int place, boolean fromBottom) {

    private static final String AMONG = "(?:(?:在)?(?:全市|各校|各学校|所有学校|[0-9六五七八九十]+所学校|[0-9六五七八九十]+所)+(?:同类|中职|中等职业)?(?:学校)?中?(?:的)?)?";
    /** The words between the figure and its place: its unit, a comma, a verb; no other number, no change (增幅最大 is about the change). */
    private static final Pattern PLACE = Pattern.compile("^[^0-9０-９。；;！？!?，,]{0,6}[，,]?\\s*(?:规模|人数|比例|占比|数量)?\\s*(?:仅|只|才|仍|稳)?(?:为|是|居|位居|位列|列|排|排名|排在)?\\s*" + AMONG
            + "\\s*(?<order>由低到高|从低到高|由高到低|从高到低)?\\s*(?:仅|只|才|仍|稳)?(?:排名|排|居|位居|位列|列)?\\s*(?:(?<top>最高|最多|最大|首位|之首|第一位|第一)|(?<bottom>最低|最少|最小|末位)"
            + "|第(?<nth>[0-9一二三四五六七八九十]{1,3})(?:位|名)?)");
    private static final Pattern CHANGE_WORDS = Pattern.compile("增幅|降幅|增长|增加|减少|下降|提高|降低|变化|增量|减量|涨幅");

    /**
     * Clauses that may stand between a figure and its place: its change, its share of the city's (占全市的 13.5%), its
     * comparison with the city or the school before it (…，比上年提高 1.57 个百分点，高于全市平均水平（99.07%）0.32 个百分点，
     * 在全市 6 所中职学校中居第一).
     */
    private static final Pattern ASIDE = Pattern.compile("(比|较)(上年|去年|上一年|上届|(19|20)\\d{2}\\s*年)|同比|高于|低于|高出|超过|优于|持平|相当|仅次于|次于|领先|占全市");
    /** A place said with its verb, wherever it stands: 居全市第三, 在全市排名第二, 位居第一. */
    private static final Pattern ANY_PLACE = Pattern.compile("(?:居|排|排名|排在|位居|位列|列)\\s*" + AMONG
            + "\\s*(?:第[0-9一二三四五六七八九十]{1,3}(?:位|名)?|首位|之首)");

    /**
     * The place stated after a figure that ends at {@code from}: right after it, or after clauses that only compare it;
     * not a place said of someone else ({@code namesSchool}: whether words name a school: …，职业中专居全市第二).
     */
    static Optional<RankPhrase> of(String sentence, int from, Predicate<String> namesSchool) {
        Optional<RankPhrase> right = after(sentence, from);
        if (right.isPresent()) {
            return right;
        }
        int first = nextComma(sentence, from);
        if (first < 0 || sentence.substring(from, first).matches("(?s).*[0-9０-９].*")) {
            return Optional.empty(); // the figure's own clause goes on with another number
        }
        for (int clause = first + 1, comma = nextComma(sentence, clause); ; clause = comma + 1, comma = nextComma(sentence, clause)) {
            Optional<RankPhrase> place = after(sentence, clause);
            if (place.isPresent()) {
                return namesSchool.test(sentence.substring(clause, place.get().start())) ? Optional.empty() : place;
            }
            if (comma < 0 || !ASIDE.matcher(sentence.substring(clause, comma)).find()) {
                return Optional.empty();
            }
        }
    }

    /** Where a place is said in a sentence, its verb included. */
    record Span(int start, int end) {
        boolean holds(int at) {
            return start <= at && at < end;
        }
    }

    /** Every place said with its verb in the sentence, whoever's it is. */
    static List<Span> all(String sentence) {
        List<Span> spans = new ArrayList<>();
        Matcher place = ANY_PLACE.matcher(sentence);
        while (place.find()) {
            spans.add(new Span(place.start(), place.end()));
        }
        return spans;
    }

    /** The place said where a span found by {@link #all} starts. */
    static Optional<RankPhrase> at(String sentence, Span span) {
        return after(sentence, span.start());
    }

    /** The next comma of the clause, -1 where a semicolon or the sentence's end comes first. */
    private static int nextComma(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '，' || c == ',') {
                return i;
            }
            if ("；;。！？!?".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The place stated right after a figure that ends at {@code from} in the sentence, when one is. */
    private static Optional<RankPhrase> after(String sentence, int from) {
        Matcher place = PLACE.matcher(sentence.substring(from));
        // 1150 人和 1020 人，位列第二、第三: places listed for numbers listed, not this one's alone
        if (!place.find() || CHANGE_WORDS.matcher(place.group()).find() || sentence.substring(from + place.end()).matches("(?s)^[位名]?\\s*[、和及与至到]\\s*第.*")) {
            return Optional.empty();
        }
        // among the city's schools: said (全市, 各校), or a place taken where no other whole is named (全省第二 is no match)
        // (居第四, 排在第一: a place taken right after its verb; 居全省首位 names another whole)
        boolean amongSchools = place.group().matches("(?s).*(全市|各校|各学校|所学校).*")
                || place.group("nth") != null && place.group().matches("(?s).*(居|排|位列|位居|列).*")
                || place.group().matches("(?s).*(居|排|排在|位居|位列|列)(第一位?|首位)$");
        if (!amongSchools) {
            return Optional.empty();
        }
        int start = from + (place.group("top") != null ? place.start("top") : place.group("bottom") != null ? place.start("bottom") : place.start("nth"));
        int end = from + place.end();
        String nth = place.group("nth");
        if (nth != null) {
            BigDecimal number = nth.matches("\\d+") ? new BigDecimal(nth) : ChineseNumerals.parse(nth);
            boolean fromBottom = place.group("order") != null && place.group("order").endsWith("低到高"); // 由低到高排第四
            return number == null || number.signum() <= 0 ? Optional.empty()
                    : Optional.of(new RankPhrase(start, from + place.end("nth"), written(sentence, from, place), number.intValue(), fromBottom));
        }
        return Optional.of(new RankPhrase(start, end, written(sentence, from, place), 1, place.group("bottom") != null));
    }

    /** The words that state the place, as written: 排全市第二, 全市最高. */
    private static String written(String sentence, int from, Matcher place) {
        return sentence.substring(from + place.start(), from + place.end()).replaceFirst("^[^，,]*[，,]", "").strip().replaceFirst("^(为|是)", "");
    }
}
