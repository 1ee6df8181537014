package be.sitegate.ops;

import be.sitegate.central.CentralAuthenticationException;
import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRequestRefusedException;
import java.time.Clock;

/**
 * The service is reached over TLS with the configured CA ({@link CentralProbe}), and it accepts the
 * technical user: a token is obtained with the kiosk's client assertion and one authorised read is
 * answered (a look-up of a receipt number that does not exist, so nothing changes at the service).
 */
public final class CentralServiceCheck implements Check {

    /** A receipt number no registration has: the answer is "not found", the call proves the token. */
    static final String NO_SUCH_RECEIPT = "0";

    private final CentralProbe probe;
    private final CentralConfig config;
    private final Clock clock;

    public CentralServiceCheck(CentralProbe probe, CentralConfig config, Clock clock) {
        this.probe = probe;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "central service";
    }

    @Override
    public CheckResult run() {
        CentralProbe.Outcome outcome = probe.outcome();
        if (outcome instanceof CentralProbe.NotAnswered n) {
            return n.tls()
                    ? CheckResult.fail(name(), probe.address() + ": " + n.why(),
                            "central.ca-file must hold the CA that issued the service's TLS certificate; check also"
                                    + " that central.url is the service's address")
                    : CheckResult.fail(name(), probe.address() + " cannot be reached: " + n.why(),
                            "check the network (cable, Wi-Fi, mobile router), a proxy or firewall, and central.url;"
                                    + " registrations wait on the kiosk meanwhile");
        }
        try (CentralClient client = new CentralClient(config, clock)) {
            client.get(NO_SUCH_RECEIPT);
            return CheckResult.ok(name(), probe.address() + " answers and accepts the technical user "
                    + config.technicalUser().clientId());
        } catch (CentralAuthenticationException e) {
            return CheckResult.fail(name(), probe.address() + " refuses the technical user: " + e.getMessage(),
                    "check central.client-id and that the certificate in central.client-keystore is the one the service"
                            + " issued for it (README, \"Renewing the certificate\")");
        } catch (CentralRequestRefusedException e) {
            // Signed in: the token worked, the service just does not like a look-up of that number.
            return CheckResult.ok(name(), probe.address() + " answers and accepts the technical user ("
                    + e.getMessage() + ")");
        } catch (CentralException e) {
            return CheckResult.fail(name(), probe.address() + " answers, but not usably: " + e.getMessage(),
                    "the service may be in trouble: try again later; if it persists, send 'sitegate logs --since 1h'"
                            + " to support");
        }
    }
}
