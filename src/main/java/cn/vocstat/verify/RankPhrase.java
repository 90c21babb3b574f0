package cn.vocstat.verify;

import java.math.BigDecimal;
import java.util.Optional;
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
    private static final Pattern PLACE = Pattern.compile("^[^0-9０-９。；;！？!?，,]{0,6}[，,]?\\s*(?:规模|人数|比例|占比|数量)?\\s*(?:为|是|居|位居|位列|列|排|排名|排在)?\\s*" + AMONG
            + "\\s*(?<order>由低到高|从低到高|由高到低|从高到低)?\\s*(?:排名|排|居|位居|位列|列)?\\s*(?:(?<top>最高|最多|最大|首位|之首|第一位|第一)|(?<bottom>最低|最少|最小|末位)"
            + "|第(?<nth>[0-9一二三四五六七八九十]{1,3})(?:位|名)?)");
    private static final Pattern CHANGE_WORDS = Pattern.compile("增幅|降幅|增长|增加|减少|下降|提高|降低|变化|增量|减量|涨幅");

    /** The place stated after a figure that ends at {@code from} in the sentence, when one is. */
    static Optional<RankPhrase> after(String sentence, int from) {
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
