package cn.vocstat.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bureau's own files: a row that cannot be used says why, with its file and line, and never breaks a run. */
class ReferenceLoaderTest {

    private static final String HEADER = "指标代码,指标名称,年度,数值,单位,来源\n";

    @TempDir
    Path root;

    private ReferenceData withCityStatistics(String rows) throws IOException {
        Path input = Fixtures.inputWithReference(root);
        Files.writeString(input.resolve("2025/市级统计.csv"), HEADER + rows, StandardCharsets.UTF_8);
        return ReferenceLoader.load(input, 2025);
    }

    private static List<Finding> findings(ReferenceData data, Rule rule) {
        return data.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void anUnknownCodeWhoseNameIsKnownIsTakenForThatCodeWithANote() throws IOException {
        ReferenceData data = withCityStatistics("VOC_EXP_TOTAL,中等职业教育经费支出,2024,2.33,亿元,财政局\n");

        Finding note = findings(data, Rule.CITY_CODE_BY_NAME).get(0);
        assertEquals(Severity.INFO, note.severity());
        assertEquals("市级统计.csv", note.fileName());
        assertEquals("第2行", note.location());
        assertTrue(note.message().contains("采用为 VOC_EXP"), note.message());
        assertEquals(new BigDecimal("233000000"), data.cityStatistics().find(CityStatisticCode.VOC_EXP, 2024).orElseThrow().yuan());
    }

    @Test
    void anUnknownCodeAndNameIsAWarningThatListsTheKnownCodes() throws IOException {
        ReferenceData data = withCityStatistics("VOC_TOTAL,中职经费,2024,2.33,亿元,财政局\n");

        Finding warning = findings(data, Rule.CITY_CODE_UNKNOWN).get(0);
        assertEquals(Severity.WARNING, warning.severity());
        for (CityStatisticCode code : CityStatisticCode.values()) {
            assertTrue(warning.message().contains(code.name() + " " + code.title()), warning.message());
        }
        assertEquals(List.of(), data.cityStatistics().figures());
    }

    @Test
    void theSameFigureTwiceKeepsTheFirstAndNamesBothLines() throws IOException {
        ReferenceData data = withCityStatistics("VOC_EXP,中等职业教育经费支出,2024,2.33,亿元,甲\nVOC_EXP,中等职业教育经费支出,2024,2.40,亿元,乙\n");

        Finding duplicate = findings(data, Rule.REFERENCE_ROW).get(0);
        assertEquals("第3行", duplicate.location());
        assertTrue(duplicate.message().contains("第 2 行"), duplicate.message());
        assertEquals(new BigDecimal("233000000"), data.cityStatistics().find(CityStatisticCode.VOC_EXP, 2024).orElseThrow().yuan());
    }

    @Test
    void aFigureBeyondItsRangeOrFinerThanAFenIsRefused() throws IOException {
        ReferenceData data = withCityStatistics("EDU_EXP_TOTAL,教育经费总支出,2024,-3,亿元,甲\nVOC_EXP,中等职业教育经费支出,2024,20000000,亿元,甲\n"
                + "VOC_PER_STUDENT,中职生均一般公共预算教育经费,2024,18347.881,元,甲\n");

        assertEquals(List.of("第2行", "第3行", "第4行"), findings(data, Rule.REFERENCE_ROW).stream().map(Finding::location).toList());
        assertEquals(List.of(), data.cityStatistics().figures());
    }

    @Test
    void aRegisteredNameLongerThanTheFormAdmitsIsRefused() throws IOException {
        Path input = Fixtures.inputWithReference(root);
        Path registry = input.resolve("reference/学校名录.csv");
        Files.writeString(registry, Files.readString(registry, StandardCharsets.UTF_8)
                + "3614009999," + "阳泉".repeat(51) + ",,职业高中,无,阳泉市教育局,是,\n", StandardCharsets.UTF_8);

        ReferenceData data = ReferenceLoader.load(input, 2025);

        assertTrue(data.registry().byCode("3614009999").isEmpty());
        assertTrue(findings(data, Rule.REFERENCE_ROW).get(0).message().contains("“学校名称”最多 100 个字"), data.findings().toString());
    }
}
