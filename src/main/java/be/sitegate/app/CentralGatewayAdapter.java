package be.sitegate.app;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralException;
import be.sitegate.central.Initialisation;
import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralGateway;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.InitialisationRefusedException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The kiosk's synchronous questions to the central client. The employer look-up sits on the
 * worker's tap path, so it gets a short deadline of its own and is skipped while the forwarder
 * knows the service is offline: a worker never waits on a dead network.
 */
public final class CentralGatewayAdapter implements CentralGateway, AutoCloseable {

    private final CentralClient client;
    private final Duration lookupDeadline;
    private final BooleanSupplier knownOffline;
    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "employer-lookup");
        t.setDaemon(true);
        return t;
    });

    public CentralGatewayAdapter(CentralClient client, Duration lookupDeadline, BooleanSupplier knownOffline) {
        this.client = client;
        this.lookupDeadline = lookupDeadline;
        this.knownOffline = knownOffline;
    }

    @Override
    public CentralInitialisation initialise(String username, char[] password, WorkplaceId workplace) {
        try {
            Initialisation answer = client.initialise(username, password, workplace);
            return new CentralInitialisation(answer.contractor(), answer.workplace());
        } catch (be.sitegate.central.InitialisationRefusedException e) {
            throw new InitialisationRefusedException(
                    InitialisationRefusedException.Refusal.valueOf(e.reason().name()), e.retryAfter());
        } catch (CentralException e) {
            throw new CentralUnavailableException(e.reasonCode(), e);
        }
    }

    @Override
    public List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date) {
        if (knownOffline.getAsBoolean()) {
            throw new CentralUnavailableException("OFFLINE");
        }
        Future<List<Company>> answer = lookups.submit(() -> client.employersOf(workplace, inss, date));
        try {
            return answer.get(lookupDeadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new CentralUnavailableException("TIMEOUT", e);
        } catch (ExecutionException e) {
            throw new CentralUnavailableException(
                    e.getCause() instanceof CentralException c ? c.reasonCode() : "LOOKUP_FAILED", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralUnavailableException("INTERRUPTED", e);
        }
    }

    @Override
    public void close() {
        lookups.shutdownNow();
    }
}
