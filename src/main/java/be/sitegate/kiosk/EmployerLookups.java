package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's employer look-ups, started as soon as a worker's national number is known (a card's
 * identity file, the eleventh digit typed) and answered on a thread of their own, so that the tap
 * never waits on the network for one. An answer is kept for the rest of that day, per workplace and
 * person; a look-up that failed is not kept, so the next tap asks again. An answer that names one
 * employer is remembered as the worker's choice on that workplace, for the days the service is slow
 * or away.
 */
public final class EmployerLookups {

    private static final Logger LOG = LoggerFactory.getLogger(EmployerLookups.class);

    private final CentralGateway central;
    private final EmployerChoiceRepository choices;
    private final Executor executor;
    private final Map<Key, Lookup> today = new ConcurrentHashMap<>();
    private volatile LocalDate day;

    /**
     * @param executor where look-ups wait for the service; {@code Runnable::run} answers on the
     *        caller's thread (for fakes that answer at once)
     */
    public EmployerLookups(CentralGateway central, EmployerChoiceRepository choices, Executor executor) {
        this.central = Objects.requireNonNull(central, "central");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * The look-up for this person on this workplace and date: the one already made or under way today,
     * else a new one. Never waits on the network; without a look-up to ask (not offered, known offline)
     * it comes back answered with nothing, and nothing runs.
     */
    public Lookup start(WorkplaceId workplace, Inss inss, LocalDate date) {
        if (!central.employerLookupAvailable()) {
            return Lookup.UNAVAILABLE;
        }
        forgetOtherDays(date);
        Key key = new Key(workplace, inss, date);
        Lookup existing = today.get(key);
        if (existing != null) {
            return existing;
        }
        Lookup fresh = new Lookup(new CompletableFuture<>());
        Lookup raced = today.putIfAbsent(key, fresh);
        if (raced != null) {
            return raced;
        }
        try {
            executor.execute(() -> ask(key, fresh));
        } catch (RejectedExecutionException shuttingDown) {
            today.remove(key, fresh);
            fresh.answer.complete(Optional.empty());
        }
        return fresh;
    }

    private void ask(Key key, Lookup lookup) {
        Optional<List<Company>> answer;
        try {
            answer = Optional.of(List.copyOf(central.employersOf(key.workplace(), key.inss(), key.date())));
        } catch (CentralUnavailableException e) {
            today.remove(key, lookup); // not kept: the next tap asks again
            answer = Optional.empty();
        } catch (RuntimeException e) {
            // Whatever went wrong, the look-up must end: a tap may be waiting for it.
            LOG.warn("the employer look-up for {} failed: {}", key.inss().masked(), e.toString());
            today.remove(key, lookup);
            answer = Optional.empty();
        }
        answer.ifPresent(employers -> rememberTheOnlyOne(key, employers));
        lookup.answer.complete(answer);
    }

    /** So a morning the service is slow or away needs no question; written only when it changed. */
    private void rememberTheOnlyOne(Key key, List<Company> employers) {
        if (employers.size() != 1) {
            return;
        }
        EnterpriseNumber employer = employers.get(0).enterpriseNumber();
        try {
            if (!choices.find(key.workplace(), key.inss()).equals(Optional.of(employer))) {
                choices.remember(key.workplace(), key.inss(), employer);
            }
        } catch (RuntimeException e) {
            // The tap does not depend on it: the answer itself is used today; the store reports its own faults.
            LOG.warn("the employer the service named for {} could not be remembered: {}", key.inss().masked(),
                    e.toString());
        }
    }

    /** Keeps only one day's answers: yesterday's say nothing about today's employer. */
    private synchronized void forgetOtherDays(LocalDate date) {
        if (!date.equals(day)) {
            today.clear();
            day = date;
        }
    }

    private record Key(WorkplaceId workplace, Inss inss, LocalDate date) {
    }

    /**
     * One look-up: its answer (the companies on the workplace that employ the person, maybe none) once
     * the service gave it, or nothing when it could not be asked or did not answer.
     */
    public static final class Lookup {

        static final Lookup UNAVAILABLE = new Lookup(CompletableFuture.completedFuture(Optional.empty()));

        private final CompletableFuture<Optional<List<Company>>> answer;

        private Lookup(CompletableFuture<Optional<List<Company>>> answer) {
            this.answer = answer;
        }

        /** Whether the service may still answer. */
        public boolean underWay() {
            return !answer.isDone();
        }

        /** The answer if it is here now; never waits. */
        public Optional<List<Company>> answerNow() {
            return answer.getNow(Optional.empty());
        }

        /** The answer if it comes within {@code patience}. */
        public Optional<List<Company>> answerWithin(Duration patience) {
            try {
                return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
