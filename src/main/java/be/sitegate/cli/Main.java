package be.sitegate.cli;

import picocli.CommandLine;

/**
 * The process entry point. Deliberately not a JavaFX {@code Application}: launching one from the
 * class path through its own main fails with "JavaFX runtime components are missing".
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return SiteGateCommand.commandLine().execute(args);
    }
}
