package be.sitegate.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.StubCentral.Reply;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * At DEBUG, through successes, renewals and failures, the client logs no national number, no
 * password, no token and no client assertion (the raw log, before any masking converter).
 */
class NothingSensitiveIsLoggedTest {

    @Test
    void noNationalNumberPasswordOrTokenReachesTheLog() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        try (StubCentral stub = new StubCentral();
             CentralClient client = new CentralClient(CentralConfig.of(stub.baseUrl(), List.of(stub.ca),
                     stub.technicalUser("sitegate-test", StubCentral.CLIENT_KEYS)).withTimeouts(Duration.ofSeconds(2),
                     Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3)), Clock.systemUTC())) {
            stub.on("POST", "/api/v1/employer-lookups", s -> Reply.json("{\"employers\":[]}"));
            client.employersOf(CentralClientTest.SITE, CentralClientTest.ANNA, CentralClientTest.DAY);
            stub.expireAllTokens();
            stub.on("POST", "/api/v1/presences", s -> Reply.json("{\"results\":[{\"clientReference\":\"R1\","
                    + "\"created\":true,\"registration\":" + CentralClientTest.registration("1", "R1", "FAILED",
                    "NISS IS NOT KNOW IN THE NATIONAL REGISTER") + "}]}"));
            client.register(List.of(CentralClientTest.item("R1")));
            stub.on("POST", "/api/v1/presences", s -> Reply.json("{\"results\":[{\"inss\":\"85073003328\"}]}"));
            assertThatThrownBy(() -> client.register(List.of(CentralClientTest.item("R1"))))
                    .isInstanceOf(CentralUnavailableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("85073003328"));
            stub.on("POST", "/api/v1/kiosk/initialisations", s -> new Reply(401, "{\"code\":\"BAD_CREDENTIALS\"}"));
            assertThatThrownBy(() -> client.initialise("jan", "S3cret-Pw!".toCharArray(), CentralClientTest.SITE))
                    .isInstanceOf(InitialisationRefusedException.class);
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            StringBuilder all = new StringBuilder(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                all.append(' ').append(t.getMessage());
            }
            assertThat(all.toString()).as(event.getLoggerName())
                    .doesNotContain("85073003328", "S3cret-Pw!", "tok-", "eyJ", "Bearer ");
        }
    }
}
