package cn.vocstat.model;

import java.util.List;

/** Keys of sheet 教师队伍, counts of persons. */
public enum StaffField implements FieldSpec {
    STAFF_TOTAL("教职工总数"),
    FULL_TIME("专任教师数"),
    SENIOR("高级职称专任教师数"),
    INTERMEDIATE("中级职称专任教师数"),
    DUAL_QUALIFIED("双师型教师数"),
    ENTERPRISE_PART_TIME("企业兼职教师数"),
    NEW_HIRES("当年新招录教师数");

    private final String label;

    StaffField(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return FieldType.COUNT; }
    @Override public boolean required() { return true; }
    @Override public List<String> units() { return List.of("人"); }
}
