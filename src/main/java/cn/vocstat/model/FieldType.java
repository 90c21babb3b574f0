package cn.vocstat.model;

/** How a cell of the return is read, and the limit a field of the type has unless it declares its own. */
public enum FieldType {
    TEXT(FieldLimit.text(100)),
    /** One of a fixed list of values. */
    CHOICE(null),
    /** 是 / 否. */
    FLAG(FieldLimit.text(1)),
    /** A non-negative whole number of persons, items or times. */
    COUNT(FieldLimit.count(100_000)),
    /** 万元, exact, at most two decimals: up to 1,000 亿元. */
    AMOUNT(FieldLimit.amount(10_000_000)),
    YEAR(FieldLimit.count(9999)),
    /** A date cell or YYYY-MM-DD text. */
    DATE(FieldLimit.text(20)),
    /** The 10-digit 学校标识码, kept as text. */
    SCHOOL_CODE(FieldLimit.text(10));

    private final FieldLimit defaultLimit;

    FieldType(FieldLimit defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** The limit of a field of this type that declares none; a choice is as long as its longest value. */
    FieldLimit defaultLimit() {
        return defaultLimit;
    }
}
