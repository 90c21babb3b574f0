package cn.vocstat.sample;

import cn.vocstat.model.FinanceField;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.form.ReturnWorkbookBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The illustrative per-school returns of Yangquan (阳泉) for 2025, and a prior year 2024. The
 * per-school split is invented; the city totals are those of the published 2025 quality report,
 * which the report test checks figure by figure. 2024 has higher enrolment, students and graduates,
 * as the report says.
 */
public final class YangquanSample {

    public static final String CONTEST_2025 = "第十九届职业院校技能大赛";
    public static final String CONTEST_2024 = "第十八届职业院校技能大赛";

    /** A major as planned: flags, and a weight for spreading the school's totals (the intake, for a new major). */
    private record MajorPlan(String code, String name, String category, boolean isNew, boolean brand, boolean featured,
                             String through, int weight) {
    }

    /** Totals of one school: students, enrolment, graduates, graduates with a destination, directly employed. */
    private record Headcounts(long students, long enrolment, long graduates, long destination, long direct) {
    }

    private record SchoolPlan(String code, String nameOnReturn, String type, String level, String authority, String fileName,
                              Headcounts headcounts, List<MajorPlan> majors, long[] staff, List<ReturnContent.Award> awards,
                              long[] services, String[] finance) {
    }

    private YangquanSample() {
    }

    /** Writes the 2024 and 2025 sample returns under {@code inputDir/<year>/returns/}. */
    public static void writeReturns(Path inputDir) throws IOException {
        for (int year : List.of(2024, 2025)) {
            Path dir = inputDir.resolve(String.valueOf(year)).resolve("returns");
            for (SchoolPlan plan : plans()) {
                ReturnWorkbookBuilder.write(returnOf(plan, year), dir.resolve(plan.fileName().replace("{year}", String.valueOf(year))));
            }
        }
    }

    /** The sample returns of a year (2024 or 2025), school by school. */
    public static List<ReturnContent> returns(int year) {
        return plans().stream().map(plan -> returnOf(plan, year)).toList();
    }

    private static ReturnContent returnOf(SchoolPlan plan, int year) {
        boolean current = year == 2025;
        List<MajorPlan> majors = plan.majors().stream().filter(m -> current || !m.isNew()).toList();
        Headcounts counts = current ? plan.headcounts() : priorYear(plan.headcounts(), plan.majors());
        Map<StaffField, Long> staff = new EnumMap<>(StaffField.class);
        for (StaffField field : StaffField.values()) {
            staff.put(field, current ? plan.staff()[field.ordinal()] : Math.max(plan.staff()[field.ordinal()] - (field.ordinal() % 3), 0));
        }
        Map<ServiceField, Long> services = new EnumMap<>(ServiceField.class);
        for (ServiceField field : ServiceField.values()) {
            long value = plan.services()[field.ordinal()];
            services.put(field, current ? value : value - value / 10);
        }
        Map<FinanceField, BigDecimal> finance = new EnumMap<>(FinanceField.class);
        for (FinanceField field : FinanceField.values()) {
            BigDecimal value = new BigDecimal(plan.finance()[field.ordinal()]);
            BigDecimal priorShare = new BigDecimal(field == FinanceField.PROJECT_EXPENDITURE ? "0.74" : "0.93");
            finance.put(field, current ? value : value.multiply(priorShare).setScale(2, RoundingMode.HALF_UP));
        }
        List<ReturnContent.Award> awards = current ? plan.awards() : plan.awards().stream()
                .map(a -> new ReturnContent.Award(CONTEST_2024, a.event(), a.level(), a.category(), a.grade(), Math.max(1, a.count() - 1)))
                .toList();
        LocalDate filled = LocalDate.of(year + 1, 1, 5 + (int) (Long.parseLong(plan.code()) % 10));
        return new ReturnContent(year, plan.code(), plan.nameOnReturn(), plan.type(), plan.level(), "公办", plan.authority(), filled,
                spread(majors, counts), staff, awards, services, finance);
    }

    /** The prior year had more students, more enrolment and more graduates. */
    private static Headcounts priorYear(Headcounts now, List<MajorPlan> majors) {
        long newIntake = majors.stream().filter(MajorPlan::isNew).mapToLong(MajorPlan::weight).sum();
        long graduates = now.graduates() * 105 / 100;
        long destination = graduates - (now.graduates() - now.destination()) - 1;
        return new Headcounts((now.students() - newIntake) * 106 / 100, (now.enrolment() - newIntake) * 112 / 100,
                graduates, destination, now.direct() * 110 / 100);
    }

    /** Spreads the school's totals over its majors so that every same-row rule of the form holds. */
    private static List<ReturnContent.Major> spread(List<MajorPlan> plans, Headcounts counts) {
        List<MajorPlan> established = plans.stream().filter(m -> !m.isNew()).toList();
        long newIntake = plans.stream().filter(MajorPlan::isNew).mapToLong(MajorPlan::weight).sum();
        long[] weights = established.stream().mapToLong(MajorPlan::weight).toArray();
        long[] students = Apportion.largestRemainder(counts.students() - newIntake, weights);
        long[] enrolment = Apportion.largestRemainder(counts.enrolment() - newIntake, weights);
        long[] graduates = Apportion.largestRemainder(counts.graduates(), weights);
        long[] destination = graduates.clone();
        long withoutDestination = counts.graduates() - counts.destination();
        for (int i = 0; withoutDestination > 0; i = (i + 1) % destination.length) {
            if (destination[i] > 0) {
                destination[i]--;
                withoutDestination--;
            }
        }
        long[] direct = Apportion.largestRemainder(counts.direct(), destination);
        List<ReturnContent.Major> majors = new ArrayList<>();
        int i = 0;
        for (MajorPlan plan : plans) {
            if (plan.isNew()) {
                majors.add(new ReturnContent.Major(plan.code(), plan.name(), plan.category(), true, plan.brand(), plan.featured(),
                        plan.through(), plan.weight(), plan.weight(), 0, 0, 0, 0));
            } else {
                majors.add(new ReturnContent.Major(plan.code(), plan.name(), plan.category(), false, plan.brand(), plan.featured(),
                        plan.through(), enrolment[i], students[i], graduates[i], destination[i], direct[i], destination[i] - direct[i]));
                i++;
            }
        }
        return majors;
    }

    private static List<MajorPlan> majors(String... rows) {
        List<MajorPlan> plans = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\|");
            plans.add(new MajorPlan(f[0], f[1], f[2], "是".equals(f[3]), "是".equals(f[4]), "是".equals(f[5]), f[6], Integer.parseInt(f[7])));
        }
        return plans;
    }

    private static List<ReturnContent.Award> awards(String... rows) {
        List<ReturnContent.Award> awards = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\|");
            awards.add(new ReturnContent.Award(CONTEST_2025, f[0], "省级", f[1], f[2], Long.parseLong(f[3])));
        }
        return awards;
    }

    private static List<SchoolPlan> plans() {
        return List.of(
                new SchoolPlan("3614000101", "阳泉市体育运动学校", "普通中等专业学校", "国家级重点中等职业学校", "阳泉市体育局",
                        "阳泉市体育运动学校{year}年报.xlsx", new Headcounts(420, 110, 165, 164, 44),
                        majors("770303|运动训练|教育与体育大类|否|否|否|无|5",
                                "770302|休闲体育服务与管理|教育与体育大类|否|否|否|无|3",
                                "770301|体育设施管理与经营|教育与体育大类|否|否|否|无|2"),
                        new long[] {62, 50, 14, 22, 18, 6, 2},
                        awards("体育技能|学生|二等奖|3", "体育技能|学生|三等奖|2", "优秀指导教师|指导教师|优秀奖|7"),
                        new long[] {320, 1, 18, 4, 0, 40, 1, 2, 60, 6, 5},
                        new String[] {"2150.00", "2050.00", "2100.00", "980.00"}),
                new SchoolPlan("3614000102", "阳泉市综合中专学校", "普通中等专业学校", "无", "阳泉市教育局",
                        "综合中专-质量年报数据-{year}.xlsx", new Headcounts(1150, 300, 460, 456, 136),
                        majors("770101|幼儿保育|教育与体育大类|否|否|否|3+2|5",
                                "750201|音乐表演|文化艺术大类|是|否|否|无|30",
                                "750202|舞蹈表演|文化艺术大类|是|否|否|无|25",
                                "750107|绘画|文化艺术大类|否|否|否|无|2",
                                "750106|工艺美术|文化艺术大类|否|否|否|无|2",
                                "750211|数字音乐制作|文化艺术大类|否|否|否|无|1",
                                "730301|会计事务|财经商贸大类|否|否|否|3+2|3",
                                "710201|计算机应用|电子与信息大类|否|否|否|无|3",
                                "720201|护理|医药卫生大类|否|否|否|3+2|4",
                                "720301|药剂|医药卫生大类|否|否|否|无|2",
                                "790401|文秘|公共管理与服务大类|否|否|否|无|1"),
                        new long[] {118, 98, 28, 46, 40, 8, 1},
                        awards("声乐表演|学生|二等奖|4", "舞蹈表演|学生|三等奖|3", "优秀指导教师|指导教师|优秀奖|10"),
                        new long[] {900, 1, 24, 8, 1, 120, 2, 4, 180, 12, 20},
                        new String[] {"4280.50", "3900.00", "4200.50", "2050.00"}),
                new SchoolPlan("3614000103", "阳泉市职业中专学校", "职业高中", "国家级重点中等职业学校", "阳泉市教育局",
                        "阳泉职业中专_{year}年度数据表.xlsx", new Headcounts(2200, 520, 920, 913, 353),
                        majors("660601|无人机操控与维护|装备制造大类|是|否|否|无|40",
                                "700206|汽车运用与维修|交通运输大类|否|是|否|3+2|5",
                                "700209|新能源汽车运用与维修|交通运输大类|否|否|否|五年一贯制|3",
                                "740201|中餐烹饪|旅游大类|否|否|是|3+2|5",
                                "740202|西餐烹饪|旅游大类|否|否|否|无|2",
                                "740203|中西面点|旅游大类|否|否|否|无|2",
                                "790303|老年人服务与管理|公共管理与服务大类|否|否|否|3+2|3",
                                "790305|母婴照护|公共管理与服务大类|否|否|否|无|2",
                                "790302|智慧健康养老服务|公共管理与服务大类|否|否|否|无|1",
                                "750110|美发与形象设计|文化艺术大类|否|否|否|无|2",
                                "750109|动漫与游戏设计|文化艺术大类|否|否|否|无|2",
                                "710201|计算机应用|电子与信息大类|否|否|否|3+2|4",
                                "710204|数字媒体技术应用|电子与信息大类|否|否|否|无|2",
                                "710301|现代通信技术应用|电子与信息大类|否|否|否|无|1",
                                "730701|电子商务|财经商贸大类|否|否|否|3+2|3",
                                "730705|直播电商服务|财经商贸大类|否|否|否|无|1",
                                "720403|中药|医药卫生大类|否|否|否|无|1",
                                "660301|机电技术应用|装备制造大类|否|否|否|无|2"),
                        new long[] {176, 150, 48, 72, 82, 42, 4},
                        awards("养老照护|学生|一等奖|1", "养老照护|学生|二等奖|1", "养老照护|教师|二等奖|1", "动漫制作|学生|二等奖|3",
                                "汽车维修|学生|二等奖|2", "中餐烹饪|学生|三等奖|4", "优秀指导教师|指导教师|优秀奖|18"),
                        new long[] {2400, 3, 52, 25, 4, 520, 6, 12, 980, 72, 45},
                        new String[] {"7800.00", "7100.00", "7650.00", "3800.00"}),
                new SchoolPlan("3614000104", "阳泉市郊区职业高级中学", "职业高中", "省级重点中等职业学校", "阳泉市郊区教育局",
                        "郊区职高{year}.xlsx", new Headcounts(1020, 230, 420, 416, 136),
                        majors("660301|机电技术应用|装备制造大类|否|是|否|3+2|5",
                                "660103|数控技术应用|装备制造大类|否|否|否|3+2|4",
                                "660303|工业机器人技术应用|装备制造大类|否|否|否|无|2",
                                "660201|智能设备运行与维护|装备制造大类|否|否|否|无|1",
                                "710103|电子技术应用|电子与信息大类|否|否|否|3+2|3",
                                "710201|计算机应用|电子与信息大类|否|否|否|无|3",
                                "640301|建筑工程施工|土木建筑大类|否|否|否|无|2",
                                "640102|建筑装饰技术|土木建筑大类|否|否|否|无|1",
                                "730801|物流服务与管理|财经商贸大类|否|否|否|无|1",
                                "680402|服装设计与工艺|轻工纺织大类|否|否|否|无|1",
                                "610202|园林技术|农林牧渔大类|否|否|否|无|1"),
                        new long[] {92, 78, 26, 36, 36, 7, 3},
                        awards("机电一体化|学生|二等奖|3", "电子产品设计与制作|学生|三等奖|2", "教师技能|教师|三等奖|1",
                                "优秀指导教师|指导教师|优秀奖|8"),
                        new long[] {760, 1, 22, 10, 2, 260, 3, 5, 240, 20, 30},
                        new String[] {"3500.00", "3200.00", "3450.00", "1700.00"}),
                new SchoolPlan("3614000105", "平定县高级职业中学校", "职业高中", "省级重点中等职业学校", "平定县教育局",
                        "平定职中年度质量报告数据{year}.xlsx", new Headcounts(850, 190, 360, 356, 142),
                        majors("740101|旅游服务与管理|旅游大类|否|否|是|3+2|4",
                                "740102|导游服务|旅游大类|否|否|否|无|2",
                                "740105|茶艺与茶营销|旅游大类|否|否|否|无|1",
                                "750106|工艺美术|文化艺术大类|否|否|否|3+2|3",
                                "720601|康复技术|医药卫生大类|否|否|否|3+2|3",
                                "710201|计算机应用|电子与信息大类|否|否|否|无|3",
                                "610113|农机设备应用与维修|农林牧渔大类|否|否|否|无|1",
                                "610116|农产品营销与储运|农林牧渔大类|否|否|否|无|1",
                                "610303|宠物养护与经营|农林牧渔大类|否|否|否|无|1",
                                "680103|家具设计与制作|轻工纺织大类|否|否|否|无|1",
                                "730602|市场营销|财经商贸大类|否|否|否|无|1",
                                "770201|商务英语|教育与体育大类|否|否|否|无|1"),
                        new long[] {80, 66, 20, 30, 28, 6, 6},
                        awards("导游服务|学生|二等奖|2", "绘画|学生|三等奖|2", "优秀指导教师|指导教师|优秀奖|6"),
                        new long[] {680, 1, 20, 9, 2, 210, 3, 4, 200, 16, 28},
                        new String[] {"3060.00", "2800.00", "3000.00", "1435.50"}),
                new SchoolPlan("3614000106", "盂县职业技术学校", "职业高中", "省级合格中等职业学校", "盂县教育局",
                        "盂县职校-{year}.xlsx", new Headcounts(670, 140, 268, 264, 38),
                        majors("620503|矿井通风与安全|资源环境与安全大类|是|否|否|无|20",
                                "620504|矿山机电|资源环境与安全大类|是|否|否|无|20",
                                "620501|采矿技术|资源环境与安全大类|否|否|否|无|1",
                                "620901|安全技术与管理|资源环境与安全大类|否|否|否|五年一贯制|2",
                                "700402|航空服务|交通运输大类|否|否|否|3+2|3",
                                "700209|新能源汽车运用与维修|交通运输大类|否|否|否|无|2",
                                "700206|汽车运用与维修|交通运输大类|否|否|否|无|2",
                                "710201|计算机应用|电子与信息大类|否|否|否|无|3",
                                "660302|电气设备运行与控制|装备制造大类|否|否|否|3+2|2",
                                "660105|焊接技术应用|装备制造大类|否|否|否|无|1",
                                "720201|护理|医药卫生大类|否|否|否|无|2",
                                "730301|会计事务|财经商贸大类|否|否|否|无|1",
                                "610105|园艺技术|农林牧渔大类|否|否|否|无|1"),
                        new long[] {68, 56, 16, 28, 26, 9, 2},
                        awards("新能源汽车检测与维修|学生|二等奖|3", "计算机应用|学生|三等奖|2", "优秀指导教师|指导教师|优秀奖|7"),
                        new long[] {860, 1, 20, 12, 3, 212, 4, 9, 460, 38, 16},
                        new String[] {"2950.00", "2700.00", "2899.50", "1334.50"}));
    }
}
