package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.EvacuationList;
import be.sitegate.kiosk.EvacuationList.Result;
import be.sitegate.kiosk.OnSiteNow;
import be.sitegate.ui.shared.Msg;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The evacuation print without a screen: who is on site at the tap goes to the printer; the outcome is said. */
class EvacuationPrintTest {

    private final List<Runnable> uiQueue = new ArrayList<>();
    private final List<List<OnSiteNow>> printed = new ArrayList<>();
    private CompletableFuture<Result> pending;
    private final EvacuationList printer = (people, language) -> {
        printed.add(people);
        pending = new CompletableFuture<>();
        return pending;
    };
    private List<OnSiteNow> onSite = List.of(new OnSiteNow("Anna", "**.**.**-***.28", "Peeters NV",
            Instant.parse("2026-11-23T06:00:00Z"), false));
    private final EvacuationPrint print = new EvacuationPrint(Optional.of(printer), () -> onSite, uiQueue::add,
            () -> Locale.ENGLISH);

    private void runUi() {
        List<Runnable> now = new ArrayList<>(uiQueue);
        uiQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void theTapSendsWhoIsOnSiteThenAndSaysItWasPrinted() {
        print.print();
        onSite = List.of();
        print.print();

        assertThat(printed).as("one at a time").hasSize(1);
        assertThat(printed.get(0)).extracting(OnSiteNow::name).containsExactly("Anna");
        assertThat(print.busyProperty().get()).isTrue();
        assertThat(print.outcomeProperty().get()).isEqualTo(Msg.of("onsite.print.busy"));

        pending.complete(new Result.Printed());
        assertThat(print.busyProperty().get()).as("only through the ui thread").isTrue();
        runUi();
        assertThat(print.busyProperty().get()).isFalse();
        assertThat(print.outcomeProperty().get()).isEqualTo(Msg.of("onsite.print.printed"));
    }

    @Test
    void withoutAPrinterItSaysWhereTheFileIsAndAFailureInPlainWords() {
        print.print();
        pending.complete(new Result.Written(Path.of("/media/stick/onsite.pdf")));
        runUi();
        assertThat(print.outcomeProperty().get())
                .isEqualTo(Msg.of("onsite.print.noPrinter", Path.of("/media/stick/onsite.pdf").toString()));

        print.print();
        pending.complete(new Result.Failed("The stick is full."));
        runUi();
        assertThat(print.outcomeProperty().get()).isEqualTo(Msg.of("onsite.print.failed", "The stick is full."));
        print.reset();
        assertThat(print.outcomeProperty().get()).isEqualTo(Msg.NONE);
    }

    @Test
    void withoutThePortNothingIsOffered() {
        assertThat(new EvacuationPrint(Optional.empty(), List::of, Runnable::run, () -> Locale.ENGLISH).available())
                .isFalse();
    }
}
