package cn.vocstat.model;

/** How a cell of the return is read. */
public enum FieldType {
    TEXT,
    /** One of a fixed list of values. */
    CHOICE,
    /** 是 / 否. */
    FLAG,
    /** A non-negative whole number of persons, items or times. */
    COUNT,
    /** 万元, exact, at most two decimals. */
    AMOUNT,
    YEAR,
    DATE,
    /** The 10-digit 学校标识码, kept as text. */
    SCHOOL_CODE
}
