package be.sitegate.app;

import be.sitegate.central.CancelResult;
import be.sitegate.central.Cancellation;
import be.sitegate.central.CancellationReason;
import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralError;
import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.CentralRequestRefusedException;
import be.sitegate.central.Initialisation;
import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CancelOutcome;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.CentralGateway;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.InitialisationRefusedException;
import be.sitegate.kiosk.Receipt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's synchronous questions to the central client. The employer look-up runs beside the
 * worker's tap (the kiosk's {@code EmployerLookups} start it early and never make the tap wait for
 * it), gets a short deadline of its own and is skipped while the forwarder knows the service is
 * offline, so a dead network does not even tie up a thread. A cancellation and a
 * receipt's status are asked for by someone who waits for the answer (a foreman, a check on a
 * lost reply), so they get the client's own time limits and are always tried.
 *
 * <p>The real service documents no employer look-up: unless the configuration says the service
 * offers one, it is never asked, and a service that turns out not to have it (404, 403) is not
 * asked again until the kiosk restarts. The worker then picks from the workplace's companies once,
 * and the kiosk remembers the choice.
 */
public final class CentralGatewayAdapter implements CentralGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralGatewayAdapter.class);
    /** Why no employer was looked up: the service does not offer the look-up. */
    static final String NOT_OFFERED = "NOT_OFFERED";

    private final CentralClient client;
    private final Duration lookupDeadline;
    private final BooleanSupplier knownOffline;
    private volatile boolean lookupOffered;
    private final CallWatch watch;
    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "employer-lookup");
        t.setDaemon(true);
        return t;
    });

    public CentralGatewayAdapter(CentralClient client, boolean lookupOffered, Duration lookupDeadline,
            BooleanSupplier knownOffline) {
        this(client, lookupOffered, lookupDeadline, knownOffline, CallWatch.NONE);
    }

    /**
     * @param lookupOffered whether the service is configured to offer the employer look-up
     * @param watch sees the morning initialisation's call, so its answer can tell the status bar the service is there
     */
    public CentralGatewayAdapter(CentralClient client, boolean lookupOffered, Duration lookupDeadline,
            BooleanSupplier knownOffline, CallWatch watch) {
        this.client = client;
        this.lookupOffered = lookupOffered;
        this.lookupDeadline = lookupDeadline;
        this.knownOffline = knownOffline;
        this.watch = watch;
    }

    /** Runs a call to the service and notes how it went; {@code OutboxForwarder::observing} in the kiosk. */
    public interface CallWatch {
        CallWatch NONE = new CallWatch() {
            @Override
            public <T> T observing(Supplier<T> call) {
                return call.get();
            }
        };

        <T> T observing(Supplier<T> call);
    }

    @Override
    public CentralInitialisation initialise(String username, char[] password, WorkplaceId workplace) {
        try {
            Initialisation answer = watch.observing(() -> client.initialise(username, password, workplace));
            return new CentralInitialisation(answer.contractor(), answer.workplace());
        } catch (be.sitegate.central.InitialisationRefusedException e) {
            throw new InitialisationRefusedException(
                    InitialisationRefusedException.Refusal.valueOf(e.reason().name()), e.retryAfter());
        } catch (CentralException e) {
            throw new CentralUnavailableException(e.reasonCode(), e);
        }
    }

    @Override
    public boolean employerLookupAvailable() {
        return lookupOffered && !knownOffline.getAsBoolean();
    }

    @Override
    public List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date) {
        if (!lookupOffered) {
            throw new CentralUnavailableException(NOT_OFFERED);
        }
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
            if (e.getCause() instanceof CentralRequestRefusedException refused && refused.operationNotOffered()) {
                lookupOffered = false;
                LOG.warn("the central service has no employer look-up ({}); workers pick their employer from the "
                        + "workplace's companies until the kiosk restarts. Remove employer-lookup from central.offers",
                        refused.code());
                throw new CentralUnavailableException(NOT_OFFERED, refused);
            }
            throw new CentralUnavailableException(
                    e.getCause() instanceof CentralException c ? c.reasonCode() : "LOOKUP_FAILED", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralUnavailableException("INTERRUPTED", e);
        }
    }

    @Override
    public CancelOutcome cancel(String receiptNumber, CancelReason reason) {
        Cancellation cancellation = new Cancellation(requireReceipt(receiptNumber),
                CancellationReason.valueOf(reason.name()));
        CancelResult result = ask(() -> client.cancel(List.of(cancellation)).get(0));
        if (result instanceof CancelResult.NotCancelled refused && !alreadyCancelled(refused)) {
            return new CancelOutcome.NotCancelled(refused.errors().stream()
                    .map(e -> ServiceRemark.error(e.code(), e.description())).toList());
        }
        return new CancelOutcome.Cancelled();
    }

    /** The contract asks a client that sends a cancellation again to take this as done. */
    private static boolean alreadyCancelled(CancelResult.NotCancelled refused) {
        return refused.errors().stream().anyMatch(e -> e.known() == CentralError.Code.ALREADY_CANCELLED);
    }

    @Override
    public Optional<Receipt> registration(String receiptNumber) {
        String number = requireReceipt(receiptNumber);
        return ask(() -> client.get(number)).map(CentralGatewayAdapter::receipt);
    }

    private static Receipt receipt(CentralRegistration r) {
        Receipt.Status status = switch (r.status()) {
            case SUCCESSFULLY_REGISTERED -> Receipt.Status.REGISTERED;
            case VALIDATED -> Receipt.Status.VALIDATED;
            case FAILED -> Receipt.Status.VALIDATED_WITH_REMARKS;
            case SUCCESSFULLY_CANCELLED -> Receipt.Status.CANCELLED;
        };
        return new Receipt(r.presenceRegistrationId(), r.clientReference(), status,
                r.remarks().stream().map(ServiceRemark::remark).toList());
    }

    /** A blank number would address the search instead of one registration. */
    private static String requireReceipt(String receiptNumber) {
        if (receiptNumber == null || receiptNumber.isBlank()) {
            throw new IllegalArgumentException("a receipt number is required");
        }
        return receiptNumber.strip();
    }

    private static <T> T ask(Supplier<T> call) {
        try {
            return call.get();
        } catch (CentralException e) {
            throw new CentralUnavailableException(e.reasonCode(), e);
        }
    }

    @Override
    public void close() {
        lookups.shutdownNow();
    }
}
