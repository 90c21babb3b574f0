package cn.vocstat.model;

import java.util.List;

/** Keys of sheet 社会服务与合作, all counts. */
public enum ServiceField implements FieldSpec {
    TRAINING("社会培训人次", "人次"),
    VOLUNTEER_TEAMS("志愿服务队数", "支", "个"),
    VOLUNTEER_ACTIVITIES("志愿服务活动次数", "次"),
    PARTNERS("合作企业数", "家", "个"),
    ORDER_CLASSES("订单班数", "个", "班"),
    INTERNSHIPS("顶岗实习人次", "人次"),
    JOINT_PLANS("企业参与制定人才培养方案数", "份", "个"),
    JOINT_COURSES("合作开发课程数", "门", "个"),
    ENTERPRISE_TEACHING_HOURS("企业技术骨干授课课时", "课时", "学时"),
    TEACHER_PRACTICE("教师企业实践人次", "人次"),
    PARTNER_HIRES("合作企业接纳毕业生就业人数", "人");

    private final String label;
    private final List<String> units;

    ServiceField(String label, String... units) {
        this.label = label;
        this.units = List.of(units);
    }

    @Override public String label() { return label; }
    @Override public FieldType type() { return FieldType.COUNT; }
    @Override public boolean required() { return true; }
    @Override public List<String> units() { return units; }
    /** Person-times and teaching hours of a large school run into the millions. */
    @Override public FieldLimit limit() { return FieldLimit.count(10_000_000); }
}
