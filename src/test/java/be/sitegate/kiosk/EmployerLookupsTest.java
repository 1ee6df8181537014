package be.sitegate.kiosk;

import static be.sitegate.testkit.Fixtures.BUILDER;
import static be.sitegate.testkit.Fixtures.ELECTRICIAN;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.EmployerResolver.Resolution;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The employer look-up beside the tap: started early and used when it answered, never waited for
 * when the kiosk's memory decides, kept for one day and one workplace, and not started at all
 * without a look-up to ask.
 */
@Timeout(30)
class EmployerLookupsTest {

    private final Workplace site = Fixtures.construction().workplace();
    private final LocalDate today = LocalDate.of(2026, 11, 23);
    private final InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
    private final HeldCentral central = new HeldCentral();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        central.release();
        threads.shutdownNow();
    }

    private final EmployerLookups lookups = new EmployerLookups(central, choices, threads);

    private EmployerResolver resolver(Duration patience) {
        return new EmployerResolver(lookups, choices, patience);
    }

    /** Waits for the look-up under way (the same one: it is kept), as the time a card read takes would. */
    private void awaitTheAnswer() {
        assertThat(lookups.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10))).isPresent();
    }

    @Test
    void aLookUpStartedEarlyIsUsedWhenTheWorkerIsIdentified() throws Exception {
        central.employs(WORKER, ROOFER);
        EmployerResolver resolver = resolver(Duration.ZERO);
        resolver.lookUpEarly(site, WORKER, today);
        central.release();
        awaitTheAnswer();

        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ROOFER));
        assertThat(central.asked).as("the tap asked nothing more").hasValue(1);
        assertThat(choices.find(site.id(), WORKER)).as("remembered for a slow morning")
                .contains(ROOFER.enterpriseNumber());
    }

    @Test
    void theServicesAnswerAtHandDecidesOverAnOlderChoice() throws Exception {
        choices.remember(site.id(), WORKER, ELECTRICIAN.enterpriseNumber());
        central.employs(WORKER, ROOFER);
        EmployerResolver resolver = resolver(Duration.ZERO);
        resolver.lookUpEarly(site, WORKER, today);
        central.release();
        awaitTheAnswer();

        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ROOFER));
    }

    @Test
    void aSlowLookUpDoesNotHoldUpAWorkerTheKioskKnows() {
        choices.remember(site.id(), WORKER, ELECTRICIAN.enterpriseNumber());
        central.employs(WORKER, ROOFER);
        // A patience far longer than the test's timeout: only not waiting at all lets it pass.
        EmployerResolver resolver = resolver(Duration.ofHours(1));

        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ELECTRICIAN));
        assertThat(central.answered).as("the service had not answered yet").hasValue(0);
    }

    @Test
    void aSlowLookUpOnAFirstVisitAsksTheWorkerAfterThePatience() {
        central.employs(WORKER, ROOFER);
        EmployerResolver resolver = resolver(Duration.ofMillis(20));

        assertThat(resolver.resolve(site, WORKER, today))
                .isEqualTo(new Resolution.Choose(List.of(BUILDER, ROOFER, ELECTRICIAN)));
        assertThat(central.answered).as("the service had not answered yet").hasValue(0);
    }

    @Test
    void aWorkplaceWithOneCompanyNeedsNeitherTheAnswerNorAQuestion() {
        Workplace single = new Workplace(site.id(), site.address(), site.sector(), site.mode(), List.of(BUILDER));
        assertThat(resolver(Duration.ofHours(1)).resolve(single, WORKER, today))
                .isEqualTo(new Resolution.Known(BUILDER));
    }

    @Test
    void anAnswerIsKeptForTheDayAndTheWorkplaceOnly() throws Exception {
        central.release();
        WorkplaceId other = WorkplaceId.parse("1Y1003SQ5VSSZ");

        lookups.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10));
        lookups.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10));
        assertThat(central.asked).as("the same day and workplace: asked once").hasValue(1);

        lookups.start(other, WORKER, today).answerWithin(Duration.ofSeconds(10));
        assertThat(central.asked).as("another workplace is another question").hasValue(2);

        lookups.start(site.id(), WORKER, today.plusDays(1)).answerWithin(Duration.ofSeconds(10));
        assertThat(central.asked).as("the next day asks again").hasValue(3);
    }

    @Test
    void aFailedLookUpIsNotKeptSoTheNextTapAsksAgain() throws Exception {
        central.release();
        central.setOnline(false);
        assertThat(lookups.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10))).isEmpty();

        central.setOnline(true);
        central.employs(WORKER, ROOFER);
        assertThat(lookups.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10)))
                .contains(List.of(ROOFER));
        assertThat(central.asked).hasValue(2);
    }

    @Test
    void withoutALookUpToAskNothingStarts() {
        central.offered = false;
        choices.remember(site.id(), WORKER, ROOFER.enterpriseNumber());
        EmployerLookups idle = new EmployerLookups(central, choices, task -> {
            throw new AssertionError("no thread may start for a look-up that cannot be asked");
        });
        EmployerResolver resolver = new EmployerResolver(idle, choices, Duration.ofHours(1));

        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ROOFER));
        assertThat(resolver.resolve(site, Inss.parse("90021214541"), today)).isInstanceOf(Resolution.Choose.class);
        assertThat(central.asked).hasValue(0);
    }

    @Test
    void theOnlyEmployerIsWrittenOnlyWhenItChanged() throws Exception {
        central.release();
        central.employs(WORKER, ROOFER);
        CountingChoices counting = new CountingChoices(choices);
        EmployerLookups counted = new EmployerLookups(central, counting, threads);
        counted.start(site.id(), WORKER, today).answerWithin(Duration.ofSeconds(10));
        counted.start(site.id(), WORKER, today.plusDays(1)).answerWithin(Duration.ofSeconds(10));
        assertThat(counting.writes).as("the second day's same answer is not written again").hasValue(1);
    }

    /** The fake central service, whose look-ups wait until released. */
    private static final class HeldCentral implements CentralGateway {
        private final FakeCentralService fake = new FakeCentralService();
        private final CountDownLatch held = new CountDownLatch(1);
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        volatile boolean offered = true;

        void employs(Inss inss, Company... companies) {
            fake.employs(inss, companies);
        }

        void setOnline(boolean online) {
            fake.setOnline(online);
        }

        void release() {
            held.countDown();
        }

        @Override
        public boolean employerLookupAvailable() {
            return offered;
        }

        @Override
        public List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date) {
            asked.incrementAndGet();
            try {
                held.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                return fake.employersOf(workplace, inss, date);
            } finally {
                answered.incrementAndGet();
            }
        }

        @Override
        public CentralInitialisation initialise(String username, char[] password, WorkplaceId workplace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CancelOutcome cancel(String receiptNumber, CancelReason reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<Receipt> registration(String receiptNumber) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class CountingChoices implements EmployerChoiceRepository {
        private final EmployerChoiceRepository inner;
        final AtomicInteger writes = new AtomicInteger();

        CountingChoices(EmployerChoiceRepository inner) {
            this.inner = inner;
        }

        @Override
        public java.util.Optional<EnterpriseNumber> find(WorkplaceId workplace, Inss inss) {
            return inner.find(workplace, inss);
        }

        @Override
        public void remember(WorkplaceId workplace, Inss inss, EnterpriseNumber employer) {
            writes.incrementAndGet();
            inner.remember(workplace, inss, employer);
        }
    }
}
