package cn.vocstat.reconcile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What became of the files of a run, counted the one way every output says it: the files of the
 * returns folder (each entry once, whatever it is), by status, so that the statuses add up to the
 * files; and apart from them the versions carried over from earlier runs, which are no file of the
 * folder (数据来源 lists both).
 */
public record FileTally(Map<ReturnStatus, Integer> byStatus) {

    public FileTally {
        Map<ReturnStatus, Integer> counts = new EnumMap<>(ReturnStatus.class);
        byStatus.forEach((status, count) -> counts.merge(status, count, Integer::sum));
        byStatus = Map.copyOf(counts);
    }

    public static FileTally of(List<ReturnOutcome> outcomes) {
        return new FileTally(outcomes.stream().collect(Collectors.toMap(ReturnOutcome::status, o -> 1, Integer::sum)));
    }

    public int count(ReturnStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** The entries of the returns folder: every file received in the run, returns or not. */
    public int files() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() != ReturnStatus.CARRIED_OVER).mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * One phrase: "报表目录中 7 个文件：采用 5 份，退回 1 份，未读取 1 个；另沿用上次采用的版本 1 份". Every
     * status the files have is named, so the parts add up to the files.
     */
    public String describe() {
        StringBuilder text = new StringBuilder("报表目录中 ").append(files()).append(" 个文件");
        String parts = Stream.of(ReturnStatus.values())
                .filter(s -> s != ReturnStatus.CARRIED_OVER && (count(s) > 0 || s == ReturnStatus.ACCEPTED || s == ReturnStatus.REJECTED))
                .map(s -> s.label() + " " + count(s) + (s == ReturnStatus.SKIPPED ? " 个" : " 份"))
                .collect(Collectors.joining("，"));
        text.append("：").append(parts);
        if (count(ReturnStatus.CARRIED_OVER) > 0) {
            text.append("；另").append(ReturnStatus.CARRIED_OVER.label()).append(" ").append(count(ReturnStatus.CARRIED_OVER)).append(" 份");
        }
        return text.toString();
    }
}
