package cn.vocstat.form;

import cn.vocstat.model.FinanceField;
import cn.vocstat.model.ServiceField;
import cn.vocstat.model.StaffField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The content of one ZZNB-1 return as a school fills it in: what the form builder writes. */
public record ReturnContent(int year, String schoolCode, String schoolName, String schoolType, String level, String sponsor,
                           String authority, LocalDate fillDate, List<Major> majors, Map<StaffField, Long> staff,
                           List<Award> awards, Map<ServiceField, Long> services, Map<FinanceField, BigDecimal> finance) {

    public ReturnContent {
        majors = List.copyOf(majors);
        staff = Map.copyOf(staff);
        awards = List.copyOf(awards);
        services = Map.copyOf(services);
        finance = Map.copyOf(finance);
    }

    /** One row of sheet 学生与专业. */
    public record Major(String code, String name, String category, boolean isNew, boolean brand, boolean featured, String through,
                        long enrolment, long students, long graduates, long employed, long direct, long further) {
    }

    /** One row of sheet 技能大赛. */
    public record Award(String contest, String event, String level, String category, String grade, long count) {
    }

    public ReturnContent withIdentity(String code, String name) {
        return new ReturnContent(year, code, name, schoolType, level, sponsor, authority, fillDate, majors, staff, awards, services, finance);
    }
}
