package be.sitegate.cli;

import be.sitegate.pki.PasswordFile;
import be.sitegate.pki.TechnicalUserKeys;
import java.io.Console;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate csr}: creates the technical user's key and certificate request, or imports the
 * certificate chain the CA issued for it.
 */
@Command(name = "csr", mixinStandardHelpOptions = true,
        description = "Creates the technical user's private key (in a password-protected PKCS#12 file) and a"
                + " PKCS#10 request for the central service's CA; with --import-cert, stores the issued chain.")
public final class CsrCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder of " + TechnicalUserKeys.KEYSTORE + " and " + TechnicalUserKeys.REQUEST + ".")
    Path out;

    @Option(names = "--client-id", paramLabel = "NAME", defaultValue = "sitegate-kiosk",
            description = "The technical user's client id, the request's CN (default: ${DEFAULT-VALUE}).")
    String clientId;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the key store password from FILE instead of prompting: one UTF-8 line, at most one"
                    + " line end after it, no white space at either end (the kiosk reads it the same way).")
    Path passwordFile;

    @Option(names = "--import-cert", paramLabel = "CHAIN.pem",
            description = "Import the certificate chain issued for the request into the key store in --out.")
    Path importCert;

    @Override
    public Integer call() {
        char[] password = password(importCert == null);
        try {
            if (importCert != null) {
                X509Certificate leaf = TechnicalUserKeys.importChain(out, importCert, password);
                spec.commandLine().getOut().printf("imported %s (valid until %s) into %s%n",
                        leaf.getSubjectX500Principal().getName(), leaf.getNotAfter().toInstant(),
                        out.resolve(TechnicalUserKeys.KEYSTORE));
            } else {
                TechnicalUserKeys.create(out, clientId, password);
                spec.commandLine().getOut().printf("created %s and %s for CN=%s%n",
                        out.resolve(TechnicalUserKeys.KEYSTORE), out.resolve(TechnicalUserKeys.REQUEST), clientId);
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(boolean confirm) {
        if (passwordFile != null) {
            return TechnicalUserKeys.readPasswordFile(passwordFile);
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("no terminal to ask the key store password: use --password-file FILE");
        }
        char[] first = console.readPassword("Key store password: ");
        if (first == null || first.length == 0) {
            throw new IllegalStateException("an empty password is not accepted");
        }
        try {
            // The password file rule, so that the password typed here can be put in the kiosk's password file.
            PasswordFile.check(first, "the typed password");
        } catch (IllegalArgumentException e) {
            Arrays.fill(first, '\0');
            throw e;
        }
        if (confirm) {
            char[] again = console.readPassword("Repeat the password: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new IllegalStateException("the passwords differ");
            }
        }
        return first;
    }
}
