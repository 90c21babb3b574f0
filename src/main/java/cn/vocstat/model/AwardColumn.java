package cn.vocstat.model;

import java.util.List;

/** Columns of sheet 技能大赛, one row per award line. */
public enum AwardColumn implements FieldSpec {
    CONTEST("赛事名称", FieldType.TEXT, List.of()),
    EVENT("赛项", FieldType.TEXT, List.of()),
    LEVEL("级别", FieldType.CHOICE, List.of("国家级", "省级", "市级")),
    CATEGORY("参赛类别", FieldType.CHOICE, List.of("学生", "教师", "指导教师")),
    GRADE("奖项等级", FieldType.CHOICE, List.of("一等奖", "二等奖", "三等奖", "优秀奖")),
    COUNT("获奖数", FieldType.COUNT, List.of());

    private final String label;
    private final FieldType type;
    private final List<String> choices;

    AwardColumn(String label, FieldType type, List<String> choices) {
        this.label = label;
        this.type = type;
        this.choices = choices;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return type; }
    @Override public boolean required() { return true; }
    @Override public List<String> units() { return type == FieldType.COUNT ? List.of("项", "个", "人") : List.of(); }
    @Override public List<String> choices() { return choices; }
    @Override public FieldLimit limit() { return this == COUNT ? FieldLimit.count(10_000) : FieldSpec.super.limit(); }
}
