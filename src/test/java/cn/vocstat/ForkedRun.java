package cn.vocstat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** vocstat in a JVM of its own, as cron or systemd would start it, with its console read line by line. */
public final class ForkedRun {

    private final Process process;
    private final BufferedReader lines;
    private final StringBuilder seen = new StringBuilder();

    private ForkedRun(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ForkedRun start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** The command in a JVM started with these options (a heap limit, say). */
    public static ForkedRun start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VocstatApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        return new ForkedRun(builder.start());
    }

    public Process process() {
        return process;
    }

    /** Reads the console until a line contains the text; returns all that was read so far. */
    public String waitForLine(String text) throws IOException {
        long deadline = System.currentTimeMillis() + 120_000;
        for (String line; (line = lines.readLine()) != null && System.currentTimeMillis() < deadline; ) {
            seen.append(line).append('\n');
            if (line.contains(text)) {
                return seen.toString();
            }
        }
        throw new AssertionError("the run never printed " + text + ":\n" + seen);
    }

    /** Kills the process at once, as a power cut or `kill -9` would, and waits for it to be gone. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Reads the rest of the console and waits for the process to end; returns its exit code. */
    public int finish() throws IOException, InterruptedException {
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
        }
        return process.waitFor();
    }

    public String console() {
        return seen.toString();
    }
}
