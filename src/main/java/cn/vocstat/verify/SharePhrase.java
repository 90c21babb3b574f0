package cn.vocstat.verify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share written with the whole it is of: 高级职称教师占专任教师的 33.30%, 7650 万元，占全市合计的 32.83%,
 * 约占全市在校生 6,310 人的 18.2%. {@code part}: the words of the clause before 占 (empty or 约 when the
 * part is the number before the clause); {@code whole}: the words after 占, numbers left out.
 */
record SharePhrase(String part, String whole) {

    /** 占 (not 占比) … the whole … 的 (比例) (为) right before the number. */
    private static final Pattern SHAPE = Pattern.compile("占(?!比)(?<whole>[^占]*?)的?(比例|比重|份额)?(为|达|达到|约|约为|仅为|近|已达)?\\s*$");
    /** A number with its unit inside the whole: 全市在校生 6,310 人. */
    private static final Pattern NUMBER = Pattern.compile("([0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+)\\s*(万|亿)?\\s*(人次|万元|亿元|元|人|名|个|所|项|家)");

    /** The share phrase of a clause ending right before its number, when it names the whole. */
    static Optional<SharePhrase> in(String clause) {
        Matcher shape = SHAPE.matcher(clause);
        if (!shape.find()) {
            return Optional.empty();
        }
        String whole = NUMBER.matcher(shape.group("whole")).replaceAll("").strip();
        String part = clause.substring(0, shape.start()).strip().replaceFirst("(约|大约|约为|只|仅|才|就|已|已经|还|共)$", "");
        return whole.isEmpty() ? Optional.empty() : Optional.of(new SharePhrase(part.strip(), whole));
    }

    /** Whether the part is the number before the clause, not words of its own: 7650 万元，占…. */
    boolean partIsNumberBefore() {
        return part.isEmpty();
    }
}
