package be.sitegate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sitegate} command; each subcommand arrives with the issue that builds it. */
@Command(
        name = "sitegate",
        mixinStandardHelpOptions = true,
        versionProvider = SiteGateCommand.Version.class,
        description = "On-site presence-registration kiosk for Checkinatwork and Check In and Out at Work.",
        subcommands = {
                KioskCommand.class,
                SimulatorCommand.class,
                CsrCommand.class,
                VirtualCardCommand.class,
                PinHashCommand.class,
                DoctorCommand.class,
                BackupCommand.class,
                LogsCommand.class,
        })
public final class SiteGateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured picocli instance: one-line errors with exit code 2 for usage mistakes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SiteGateCommand());
        cl.setParameterExceptionHandler(SiteGateCommand::usageError);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("sitegate: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("sitegate: " + ex.getMessage() + " (try --help)");
        return 2;
    }

    /** Reads the version Maven wrote at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = SiteGateCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"SiteGate " + p.getProperty("version", "unknown")};
        }
    }
}
