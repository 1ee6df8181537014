package be.sitegate.card;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Points the JDK at the PC/SC client library. The JDK looks for {@code libpcsclite.so}, which
 * Debian ships only in the -dev package; the runtime has {@code libpcsclite.so.1}. The property is
 * read once, when smartcardio first loads, so this must run before any smartcardio call.
 */
public final class PcscLibrary {

    public static final String PROPERTY = "sun.security.smartcardio.library";

    private static final List<String> CANDIDATES = List.of(
            "/usr/lib/x86_64-linux-gnu/libpcsclite.so.1",
            "/usr/lib/aarch64-linux-gnu/libpcsclite.so.1",
            "/lib/x86_64-linux-gnu/libpcsclite.so.1",
            "/usr/lib64/libpcsclite.so.1",
            "/usr/lib/libpcsclite.so.1");

    private PcscLibrary() {
    }

    /** Sets the property if nobody did; returns the library in use, empty when none was found. */
    public static synchronized Optional<Path> configure() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::exists);
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty(); // other systems: the JDK's default finds the library
        }
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.exists(path)) {
                System.setProperty(PROPERTY, candidate);
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
