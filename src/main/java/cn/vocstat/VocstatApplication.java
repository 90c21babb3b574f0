package cn.vocstat;

import cn.vocstat.cli.Cli;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.Failures;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: its Spring configuration root and the process entry, which hands the command line to {@link Cli}. */
@SpringBootApplication
public class VocstatApplication {

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String fileNames = System.getProperty("sun.jnu.encoding");
        if (!"UTF-8".equalsIgnoreCase(fileNames) && !(args.length == 0 || args[0].equals("help") || args[0].startsWith("-"))) {
            // the JVM fixes the file-name encoding at start from the locale: Chinese names cannot be read or written in this one
            out.println("当前语言环境不是 UTF-8（文件名编码 " + fileNames + "），中文文件名无法读写，本次未执行：请先 export LANG=C.UTF-8"
                    + "（jobs/vocstat 会自动设置）");
            System.exit(ExitCodes.FAILED);
        }
        pinXmlFactories();
        int exitCode;
        try {
            exitCode = run(out, args);
        } catch (OutOfMemoryError e) {
            // a heap too small even to start (Spring, the database) fails here, before any command could say so
            out.println(Failures.outOfMemory());
            exitCode = ExitCodes.FAILED;
        }
        System.exit(exitCode);
    }

    /**
     * Names the XML factories POI asks for on every workbook it opens or saves. Unnamed, each request
     * searches the class path through ServiceLoader, and inside the executable jar that search cost
     * 7 % of a ten-thousand-return run. These are the JDK's own (and Aalto's for StAX, which the class
     * path would have found); a factory set with -D on the command line is kept.
     */
    private static void pinXmlFactories() {
        Map<String, String> factories = Map.of(
                "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
                "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
                "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
                "javax.xml.stream.XMLInputFactory", "com.fasterxml.aalto.stax.InputFactoryImpl",
                "javax.xml.stream.XMLOutputFactory", "com.fasterxml.aalto.stax.OutputFactoryImpl",
                "javax.xml.stream.XMLEventFactory", "com.fasterxml.aalto.stax.EventFactoryImpl");
        factories.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}, so tests can call it. */
    public static int run(PrintStream out, String... args) {
        return Cli.execute(out, args);
    }
}
