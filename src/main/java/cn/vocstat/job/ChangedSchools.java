package cn.vocstat.job;

import cn.vocstat.export.ChangeTables;
import cn.vocstat.model.Decimals;
import cn.vocstat.store.RunChanges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a correction run changed, said on the console one line per school whose figures differ from
 * the published run before it (a few figures named, the change sheet has them all); more schools than
 * a screen holds are counted. A first run of the year has nothing to compare with and says nothing.
 */
final class ChangedSchools {

    /** Schools named one per line; more are counted. */
    private static final int SCHOOLS_SHOWN = 20;
    /** Figures named in a school's line; more are counted. */
    private static final int FIGURES_SHOWN = 3;

    private ChangedSchools() {
    }

    static void say(RunChanges changes, int year, long runId, RunConsole console) {
        changes.previousRun(year, runId).ifPresent(previous -> {
            List<String> lines = new ArrayList<>();
            int[] changed = {0};
            changes.schoolFigures(runId, previous, school -> {
                List<String> figures = ChangeTables.changed(school).stream().map(figure -> figure.label() + " "
                        + shown(school.before().get(figure.column())) + " → " + shown(school.after().get(figure.column()))).toList();
                if (figures.isEmpty()) {
                    return;
                }
                changed[0]++;
                if (lines.size() < SCHOOLS_SHOWN) {
                    String more = figures.size() > FIGURES_SHOWN ? " 等 " + figures.size() + " 项" : "";
                    lines.add("  " + school.code() + " " + school.name() + "：" + String.join("，", figures.subList(0, Math.min(FIGURES_SHOWN,
                            figures.size()))) + more);
                }
            });
            if (changed[0] == 0) {
                return;
            }
            console.say("与上次发布的运行 #%d 相比，%d 所学校的数据有变化（全部见工作簿的 %s 表）：", previous, changed[0], ChangeTables.SHEET);
            lines.forEach(console::say);
            if (changed[0] > SCHOOLS_SHOWN) {
                console.say("  ……另有 %d 所", changed[0] - SCHOOLS_SHOWN);
            }
        });
    }

    private static String shown(BigDecimal value) {
        return value == null ? "（无）" : Decimals.text(value);
    }
}
