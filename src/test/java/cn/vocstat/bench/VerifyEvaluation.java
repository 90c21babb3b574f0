package cn.vocstat.bench;

import cn.vocstat.VocstatApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How well {@code verify} judges drafts written by people, against their answer keys: each draft
 * {@code X} beside {@code X.key.csv} (上下文, 数值, 真假, 所指, 正确值, 类别: every number of the draft
 * that states a figure, true or planted false). verify runs on every draft against a completed run;
 * its results are matched to the key rows and counted:
 * <ul>
 * <li>recall: planted false claims flagged 不一致, over all planted false claims;
 * <li>precision: 不一致 rows that are planted false claims, over all 不一致 rows;
 * <li>unchecked: true claims with no 一致 or 不一致 (无法核对, 提示, or not listed), over all true claims.
 * </ul>
 * A key row matches a result row when the result's 原文, its marks (【】 or 〖〗) and cuts … removed, holds the
 * key's 上下文 and 数值 together (a table cell: 原文 starts with the key's {@code 行｜列}).
 * {@code java -cp … cn.vocstat.bench.VerifyEvaluation <input> <output of a completed 2025 run> <draft folder>…}
 */
public final class VerifyEvaluation {

    private record KeyRow(String context, String number, boolean truth, String about, String right, String kind) {

        boolean matches(Result result) {
            String text = result.plainText();
            if (context.contains("｜")) {
                // a cell's mark may hold its unit too: 【8.40:1】 for a key's 8.40
                String marked = result.marked();
                return text.startsWith(context) && marked != null && (marked.equals(number)
                        || marked.startsWith(number) && !marked.substring(number.length()).matches("^[0-9.].*"));
            }
            // 原文 quotes one sentence: a context that reaches into the sentence before is matched by its part in this one;
            // where 原文 marks the number checked, the row is about this number only if the key's number starts inside the
            // mark (a mark may hold more than the number: 1∶【12.67】 in 【1∶12.67】, 第【一】 in 【第一】, 0.48【亿】 outside 【0.48】)
            String inSentence = context.replaceFirst("^.*[。！？]", "");
            for (int at = text.indexOf(inSentence + number); at >= 0; at = text.indexOf(inSentence + number, at + 1)) {
                // a key may write a change's sign with its number (（-233）) where 原文 marks the number after the sign
                int start = at + inSentence.length() + (number.matches("[+＋\\-−－].+") ? 1 : 0);
                if (result.markStart() < 0 || (start >= result.markStart() && start < result.markEnd())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "“" + context + "【" + number + "】”（" + about + (truth ? "" : "，应为 " + right) + "，" + kind + "）";
        }
    }

    private record Result(String location, String quoted, String written, String conclusion, String explanation) {

        String plainText() {
            return quoted.replace(open(), "").replace(close(), "").replace("…", "");
        }

        /** The number as the draft writes it, where 原文 marks it; null when 原文 marks none (the whole sentence). */
        String marked() {
            return markStart() < 0 ? null : plainText().substring(markStart(), markEnd());
        }

        /** Where the mark starts in {@link #plainText()}; -1 when 原文 marks no number (it quotes the whole sentence). */
        int markStart() {
            String text = quoted.replace("…", "");
            int open = text.indexOf(open());
            return open >= 0 && text.indexOf(close(), open + 1) > open ? open : -1;
        }

        /** Where the mark ends in {@link #plainText()}, exclusive. */
        int markEnd() {
            String text = quoted.replace("…", "");
            return text.indexOf(close(), markStart() + 1) - 1;
        }

        /** 原文 marks the number with 【】, or with 〖〗 where the draft writes 【】 itself. */
        private String open() {
            return quoted.contains("〖") ? "〖" : "【";
        }

        private String close() {
            return quoted.contains("〖") ? "〗" : "】";
        }

        boolean contradicted() {
            return conclusion.equals("不一致");
        }

        boolean decided() {
            return conclusion.equals("一致") || conclusion.equals("不一致");
        }

        @Override
        public String toString() {
            return conclusion + " [" + location + "] " + quoted + (explanation.isEmpty() ? "" : "：" + explanation);
        }
    }

    /** The counts of one draft, or of all. */
    private static final class Tally {
        int falseClaims;
        int caught;
        int trueClaims;
        int unchecked;
        int flagged;
        int rightlyFlagged;

        void add(Tally other) {
            falseClaims += other.falseClaims;
            caught += other.caught;
            trueClaims += other.trueClaims;
            unchecked += other.unchecked;
            flagged += other.flagged;
            rightlyFlagged += other.rightlyFlagged;
        }

        String describe() {
            return String.format("recall %d/%d = %s, precision %d/%d = %s, true claims unchecked %d/%d = %s", caught, falseClaims,
                    share(caught, falseClaims), rightlyFlagged, flagged, share(rightlyFlagged, flagged), unchecked, trueClaims,
                    share(unchecked, trueClaims));
        }

        private static String share(int part, int whole) {
            return whole == 0 ? "—" : String.format("%.2f", (double) part / whole);
        }
    }

    private VerifyEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Tally total = new Tally();
        for (int a = 2; a < args.length; a++) {
            List<Path> drafts;
            try (Stream<Path> files = Files.list(Path.of(args[a]))) {
                drafts = files.filter(f -> Files.isRegularFile(f.resolveSibling(f.getFileName() + ".key.csv"))).sorted().toList();
            }
            for (Path draft : drafts) {
                Tally tally = evaluate(draft, input, output);
                System.out.println(draft.getFileName() + ": " + tally.describe());
                total.add(tally);
            }
        }
        System.out.println("all: " + total.describe());
    }

    private static Tally evaluate(Path draft, Path input, Path output) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), "verify", "--year", "2025", "--report", draft.toString(),
                "--input", input.toString(), "--output", output.toString());
        Path csv = resultsOf(draft, output).orElseThrow(() -> new IllegalStateException("no results for " + draft + ":\n" + console));
        List<Result> results = new ArrayList<>();
        for (CSVRecord row : records(csv)) {
            results.add(new Result(row.get("位置"), row.get("原文"), row.get("数值"), row.get("结论"), row.get("说明")));
        }
        List<KeyRow> key = new ArrayList<>();
        for (CSVRecord row : records(draft.resolveSibling(draft.getFileName() + ".key.csv"))) {
            key.add(new KeyRow(row.get("上下文"), row.get("数值"), row.get("真假").equals("真"), row.get("所指"), row.get("正确值"), row.get("类别")));
        }
        Tally tally = new Tally();
        List<Result> falseFlags = new ArrayList<>(results.stream().filter(Result::contradicted).toList());
        tally.flagged = falseFlags.size();
        for (KeyRow claim : key) {
            List<Result> matched = results.stream().filter(claim::matches).toList();
            boolean flagged = matched.stream().anyMatch(Result::contradicted);
            if (claim.truth()) {
                tally.trueClaims++;
                if (matched.stream().noneMatch(Result::decided)) {
                    tally.unchecked++;
                    System.out.println("  unchecked true " + claim + " → " + (matched.isEmpty() ? "not listed" : matched));
                }
            } else {
                tally.falseClaims++;
                if (flagged) {
                    tally.caught++;
                    matched.stream().filter(Result::contradicted).forEach(r -> {
                        if (falseFlags.remove(r)) {
                            tally.rightlyFlagged++;
                        }
                    });
                } else {
                    System.out.println("  missed false " + claim + " → " + (matched.isEmpty() ? "not listed" : matched));
                }
            }
        }
        falseFlags.forEach(r -> System.out.println("  false alarm " + r));
        return tally;
    }

    /** The results verify wrote for the draft: the newest CSV of the 核对 folder named after it. */
    private static Optional<Path> resultsOf(Path draft, Path output) throws IOException {
        String name = draft.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        try (Stream<Path> files = Files.list(output.resolve("2025/核对"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("_核对结果.csv"))
                    .filter(f -> f.getFileName().toString().startsWith(name + "_") || f.getFileName().toString().equals(stem + "_核对结果.csv"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
