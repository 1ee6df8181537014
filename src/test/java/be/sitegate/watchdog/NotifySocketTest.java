package be.sitegate.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages reach a real unix datagram socket, as systemd's notify socket is one: python3 binds
 * it (Java 17 cannot) and prints what it receives.
 */
class NotifySocketTest {

    @TempDir
    Path dir;

    @Test
    void readyAndWatchdogArriveAsDatagramsOnThePathSocket() throws Exception {
        assumeTrue(onPath("python3"), "python3 binds the listening datagram socket");
        Path socket = dir.resolve("notify");
        Process listener = new ProcessBuilder("python3", "-c", String.join("\n",
                "import socket, sys",
                "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
                "s.bind(sys.argv[1])",
                "print('bound', flush=True)",
                "for _ in range(2): print(s.recv(4096).decode(), flush=True)"), socket.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(listener.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("bound");
            NotifySocket notify = NotifySocket.fromEnvironment(Map.of("NOTIFY_SOCKET", socket.toString())).orElseThrow();

            notify.send("READY=1");
            notify.send("WATCHDOG=1");

            assertThat(out.readLine()).isEqualTo("READY=1");
            assertThat(out.readLine()).isEqualTo("WATCHDOG=1");
        } finally {
            listener.destroy();
            listener.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void noSocketNoNotifier() {
        assertThat(NotifySocket.fromEnvironment(Map.of())).isEmpty();
        assertThat(NotifySocket.fromEnvironment(Map.of("NOTIFY_SOCKET", "relative/path"))).isEmpty();
    }

    @Test
    void anAbstractNameStartsWithANulAndHasNoEndingNul() {
        byte[] address = NotifySocket.sockaddrUn("@sd");
        assertThat(address).hasSize(2 + 3);
        assertThat(address[2]).isZero();
        assertThat(address[3]).isEqualTo((byte) 's');
        assertThat(NotifySocket.sockaddrUn("/run/n")).hasSize(2 + 6 + 1);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(":")) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
