package cn.vocstat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Commands run as the operator types them, and what the terminal showed: the console the command
 * writes to and, while it runs, standard output and error, where anything else would print. Each
 * command gets the test's own embedded database, unless the command line names one.
 */
public final class Terminal {

    private final Path root;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    /** A terminal whose commands keep their embedded database in {@code root}. */
    public Terminal(Path root) {
        this.root = root;
    }

    /** Runs the command and returns its exit code; the terminal then shows what this command printed. */
    public int run(String... args) {
        shown.reset();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (all.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            all.add(Fixtures.databaseIn(root));
        }
        PrintStream terminal = new PrintStream(shown, true, StandardCharsets.UTF_8);
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(terminal);
        System.setErr(terminal);
        try {
            return VocstatApplication.run(terminal, all.toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    public String text() {
        return shown.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines() {
        return text().lines().toList();
    }

    /** The first line that starts so. */
    public String line(String start) {
        return lines().stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in\n" + text()));
    }
}
