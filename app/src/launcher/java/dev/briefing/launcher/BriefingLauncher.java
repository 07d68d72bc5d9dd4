package dev.briefing.launcher;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's Main-Class, compiled for Java 8 so that any Java can run it: it checks what the
 * application needs before Spring Boot's launcher loads it, and says so in one line.
 *
 * <ul>
 *   <li>A Java older than {@value #REQUIRED}: "needs Java 21 or newer", not an
 *       UnsupportedClassVersionError with its stack trace.</li>
 *   <li>A locale without UTF-8 (cron on Debian leaves LANG unset): the JVM then reads file names
 *       as ASCII, and cannot open an article named {@code café.txt}. The encoding of file names is
 *       fixed when the JVM starts, so the launcher runs the jar again in a JVM started with the
 *       C.UTF-8 locale, passing on its arguments, options, exit code and termination.</li>
 * </ul>
 */
public final class BriefingLauncher {

    static final int REQUIRED = 21;

    private static final int REFUSED = 3;

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private static final String RELAUNCHED = "BRIEFING_RELAUNCHED_IN_UTF8";

    private static final String UTF8_LOCALE = "C.UTF-8";

    private BriefingLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        int feature = feature(System.getProperty("java.specification.version", "0"));
        if (feature < REQUIRED) {
            System.err.println("briefing: needs Java " + REQUIRED + " or newer; this is Java "
                    + System.getProperty("java.version") + " at " + System.getProperty("java.home")
                    + " (point JAVA_HOME and PATH at a JDK " + REQUIRED + " or newer)");
            System.exit(REFUSED);
        }
        File jar = jar();
        if (!isUtf8(System.getProperty("sun.jnu.encoding")) && System.getenv(RELAUNCHED) == null && jar != null) {
            System.exit(relaunchInUtf8(jar, args));
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    /** The feature release of a {@code java.specification.version}: "1.8" is 8, "21" is 21. */
    static int feature(String specification) {
        String[] parts = specification.split("\\.");
        try {
            return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static boolean isUtf8(String encoding) {
        return encoding != null && (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8"));
    }

    private static File jar() {
        try {
            File location = new File(BriefingLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.isFile() ? location : null;
        }
        catch (URISyntaxException | RuntimeException ex) {
            return null;
        }
    }

    /** Runs the jar in a JVM with a UTF-8 locale; a termination of this process terminates it too. */
    private static int relaunchInUtf8(File jar, String[] args) throws Exception {
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(jar.getPath());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", UTF8_LOCALE);
        builder.environment().put(RELAUNCHED, "1");
        final Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                if (isAlive(child)) {
                    child.destroy();
                    Runtime.getRuntime().halt(waitFor(child));
                }
            }
        }));
        return waitFor(child);
    }

    private static boolean isAlive(Process process) {
        try {
            process.exitValue();
            return false;
        }
        catch (IllegalThreadStateException running) {
            return true;
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
