package cn.vocstat.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a sentence states. Not every digit is a claim: section numbers (1.1), figure
 * and case numbers (图 4, 案例 2-4), dates (9 月 12 日, 2026 年 1 月), ordinals (第 2 名), "3+2", and the
 * coverage note a drafted figure carries (5 所学校报表，缺 1 所) are not.
 */
final class ClaimFinder {

    private static final String UNITS = "个百分点|%|:1(?!\\d)|亿元|万元|元|人次|课时|学时|人|名|所|个|项|支|次|门|份|家|班|倍|年";
    /** A number as a report writes one: a longer run of digits (a code, an account) is not a figure. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,15}(?:\\.\\d{1,8})?)(?!\\d|\\.\\d)(\\s*)(" + UNITS + ")?");
    /**
     * How far from a number the words that make it no claim (图 4, 9 月, a URL) may stand, in characters:
     * looking no further keeps each number's cost bounded however long its sentence.
     */
    private static final int NEAR = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** Where a clause begins: the words of a number are in its clause. */
    private static final String CLAUSE_MARKS = "，,；;：:";
    private static final Pattern CHANGE = Pattern.compile("(增长|增加|提高|上升|减少|下降|降低)(了)?\\s*$");
    private static final Pattern PRIOR = Pattern.compile("(较|比)(上年|上一年|上一学年|去年)(的)?\\s*$");

    private ClaimFinder() {
    }

    /** The sentences of a text, each with the offset it starts at. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            sentences.add(text.substring(from, end.end()));
            from = end.end();
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            sentences.add(text.substring(from));
        }
        return sentences;
    }

    static List<Claim> find(String location, String sentence) {
        String text = normalise(sentence);
        String quoted = sentence.strip();
        List<Claim> claims = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            int start = matcher.start(1);
            String number = matcher.group(1);
            String unit = matcher.group(3) == null ? "" : matcher.group(3);
            String rest = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + NEAR));
            String preceding = text.substring(Math.max(0, start - NEAR), start);
            if (notAClaim(preceding, rest, number, unit) || unit.equals("年") && !isYear(number)) {
                continue; // 3 年: a duration, not a claim the data can check
            }
            String before = text.substring(clauseStart(text, previousEnd, start), start);
            String after = rest.split("[，,；;。：:、）)]", 2)[0];
            Claim.Kind kind = kindOf(number, unit, before, rest);
            Matcher change = CHANGE.matcher(before);
            String direction = change.find() ? change.group(1) : "";
            claims.add(new Claim(location, quoted, start, number, unit, before, after, kind, direction));
            previousEnd = matcher.end();
        }
        return claims;
    }

    private static boolean isYear(String number) {
        return number.matches("(19|20)\\d{2}");
    }

    private static Claim.Kind kindOf(String number, String unit, String before, String rest) {
        if (unit.equals("年") && isYear(number)) {
            return Claim.Kind.YEAR;
        }
        if (rest.matches("^\\s*(余|多|左右|以上|以下).*") || before.matches(".*(约|近|超过|逾|达到近)\\s*$")) {
            return Claim.Kind.APPROXIMATE;
        }
        if (CHANGE.matcher(before).find()) {
            return Claim.Kind.CHANGE;
        }
        if (PRIOR.matcher(before).find()) {
            return Claim.Kind.PRIOR;
        }
        return Claim.Kind.FIGURE;
    }

    private static boolean notAClaim(String preceding, String rest, String number, String unit) {
        return preceding.matches("(?s).*(图|表|案例|附件|第|序号|编号|#)\\s*$") || preceding.matches("(?s).*https?://\\S*$")
                || rest.matches("(?s)^\\s*[-—–+＋].*") || preceding.matches("(?s).*[+＋\\-—]\\s*$")
                || unit.isEmpty() && rest.matches("(?s)^\\s*(月|日|号|届|点|时|分|期|版|章|节).*")
                || unit.equals("年") && rest.matches("(?s)^\\s*\\d{1,2}\\s*月.*")
                || unit.equals("年") && preceding.matches("(?s).*\\d\\s*$")
                || unit.equals("所") && (rest.matches("(?s)^\\s*学校报表.*") || preceding.matches("(?s).*缺\\s*$"));
    }

    /** Where the clause of a number at {@code at} begins, no earlier than {@code from} (the end of the claim before). */
    private static int clauseStart(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** Full-width digits and signs as half-width; the ratio's colon as ":". */
    static String normalise(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                plain.append((char) (c - '０' + '0'));
            } else if (c == '％') {
                plain.append('%');
            } else if (c == '．') {
                plain.append('.');
            } else {
                plain.append(c);
            }
        }
        return plain.toString().replaceAll("(\\d)\\s*[:：∶]\\s*1(?!\\d)", "$1:1");
    }
}
