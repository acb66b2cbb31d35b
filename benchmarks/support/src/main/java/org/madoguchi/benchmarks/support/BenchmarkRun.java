package org.madoguchi.benchmarks.support;

import java.util.Locale;

/** How every benchmark starts, speaks and ends: a title and the machine's facts first, figures on standard out. */
public final class BenchmarkRun {

    /** A benchmark's work. */
    public interface Body {
        void run() throws Exception;
    }

    private BenchmarkRun() {
    }

    /** Runs the body and ends the JVM: 0 when it finished, 1 with the stack trace when it failed. */
    public static void exit(Body body) {
        try {
            body.run();
            System.exit(0);
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    /** Prints the title and the machine it runs on, and returns the machine for the summary. */
    public static Machine header(String title) {
        Machine machine = Machine.now();
        out("");
        out("== %s ==", title);
        out("machine: %d cores, %s, %s, load average %s (1, 5, 15 min) at start", machine.cores(),
                machine.javaVersion(), machine.os(), machine.loadAverageAtStart());
        return machine;
    }

    /** The opening lines of a run's Markdown summary: its title, the machine, the load at start and end, when. */
    public static String summaryHeading(String title, Machine machine, String loadAverageAtEnd) {
        return "# " + title + "\n\n" + String.format(Locale.ROOT,
                "- machine: %d cores, %s, %s; load average %s at start, %s at end%n", machine.cores(),
                machine.javaVersion(), machine.os(), machine.loadAverageAtStart(), loadAverageAtEnd)
                + "- at: " + machine.at() + "\n";
    }

    /** One line of the report, numbers formatted the same whatever the JVM's locale. */
    public static void out(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
