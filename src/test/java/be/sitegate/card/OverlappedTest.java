package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A check runs exactly once, on the thread that gets to it first, with the same result either way. */
class OverlappedTest {

    /** An executor that runs nothing until told: a checking thread that has not had a core yet. */
    private static final class Held implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void theReaderRunsACheckNoThreadHasStarted() {
        Held held = new Held();
        AtomicInteger runs = new AtomicInteger();
        Thread reader = Thread.currentThread();
        Overlapped<Boolean> check = Overlapped.start(() -> {
            runs.incrementAndGet();
            return Thread.currentThread() == reader;
        }, held);
        assertThat(check.join()).as("ran on the joining thread").isTrue();
        held.runAll(); // the checking thread comes later: nothing left to do
        assertThat(check.join()).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCheckAlreadyRunIsNotRunAgain() {
        Held held = new Held();
        AtomicInteger runs = new AtomicInteger();
        Overlapped<Integer> check = Overlapped.start(runs::incrementAndGet, held);
        held.runAll();
        assertThat(check.future()).isCompleted();
        assertThat(check.join()).isEqualTo(1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void whatACheckThrowsIsThrownToWhoeverJoins() {
        Held held = new Held();
        Overlapped<String> stolen = Overlapped.start(() -> {
            throw new IllegalStateException("broken");
        }, held);
        assertThatThrownBy(stolen::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        Overlapped<String> onTheThread = Overlapped.start(() -> {
            throw new IllegalStateException("broken");
        }, held);
        held.runAll();
        assertThatThrownBy(onTheThread::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKnownValueNeedsNoThread() {
        assertThat(Overlapped.done("x").join()).isEqualTo("x");
        assertThat(Overlapped.done(null).join()).isNull();
    }

    @Test
    void whatFollowsRunsOnceOnTheThreadThatComputedAfterTheValueIsOut() {
        Held held = new Held();
        List<String> followed = new ArrayList<>();
        AtomicReference<Overlapped<String>> self = new AtomicReference<>();
        self.set(Overlapped.deferred(() -> "parsed", v -> {
            assertThat(self.get().future()).as("the value is out before what follows").isCompletedWithValue("parsed");
            followed.add(v + " on " + Thread.currentThread().getName());
        }));
        held.execute(self.get()::run);
        assertThat(self.get().join()).isEqualTo("parsed"); // the joining thread computes it, and follows up
        held.runAll();
        assertThat(followed).containsExactly("parsed on " + Thread.currentThread().getName());
        Overlapped<String> throwing = Overlapped.deferred(() -> "x", v -> {
            throw new IllegalStateException("listener bug");
        });
        throwing.run();
        assertThat(throwing.join()).isEqualTo("x");
    }
}
