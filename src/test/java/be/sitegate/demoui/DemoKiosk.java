package be.sitegate.demoui;

import be.sitegate.demo.VirtualReaderControl;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.KioskHarness;
import be.sitegate.ui.KioskLauncher;
import be.sitegate.ui.KioskServices;
import be.sitegate.ui.KioskSettings;
import be.sitegate.ui.shared.I18n;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Demo only (test scope): the kiosk on in-memory fakes, with the virtual-reader window, receipts
 * arriving two seconds after each registration. Log in as {@code foreman} / {@code secret} on
 * workplace {@code 1Y101DRUNWB5Z} (construction) or {@code 1Y1003SQ5VSSZ} (cleaning).
 * {@code mvn -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=be.sitegate.demoui.DemoKiosk}
 * (add {@code -Dexec.args=--windowed} for a window instead of full screen).
 */
public final class DemoKiosk {

    private DemoKiosk() {
    }

    public static void main(String[] args) {
        KioskHarness h = new KioskHarness(KioskSettings.defaults(), java.time.Clock.systemUTC());
        h.central.employs(Fixtures.WORKER, Fixtures.ROOFER);
        receiptsArriveLater(h);
        KioskServices services = h.services;
        KioskSettings settings = KioskSettings.defaults().withWindowed(List.of(args).contains("--windowed"));
        KioskServices demo = new KioskServices(services.session(), services.initialisation(), services.registration(),
                h.card, h.presences, h.sync, h.storage, Optional.of(h.presences), settings);
        KioskLauncher.launch(demo, List.of(new VirtualReaderWindow(virtualReader(h.card), new I18n(settings.defaultLocale()))),
                args);
    }

    /** Plays the outbox and the central service: every new record gets a receipt after 2 s. */
    private static void receiptsArriveLater(KioskHarness h) {
        Thread t = new Thread(() -> {
            int seen = 0;
            int seenEvents = 0;
            long receipt = 100_000_000_000L;
            while (true) {
                try {
                    TimeUnit.MILLISECONDS.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                while (seen < h.presences.registrations.size()) {
                    var ref = h.presences.registrations.get(seen++).reference();
                    long r = ++receipt;
                    CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(() -> h.presences.accept(ref, Long.toString(r)));
                }
                while (seenEvents < h.presences.events.size()) {
                    var ref = h.presences.events.get(seenEvents++).reference();
                    long r = ++receipt;
                    CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(() -> h.presences.accept(ref, Long.toString(r)));
                }
            }
        }, "demo-central");
        t.setDaemon(true);
        t.start();
    }

    private static VirtualReaderControl virtualReader(FakeCard card) {
        return new VirtualReaderControl() {
            @Override
            public List<Profile> profiles() {
                return List.of(new Profile("alice", "Alice Specimen (valid)"),
                        new Profile("jan", "Jan Peeters (valid)"),
                        new Profile("expired", "Ioana Popescu (expired)"),
                        new Profile("forged", "Forged card"));
            }

            @Override
            public void insert(String profileId) {
                CardIdentity identity = switch (profileId) {
                    case "jan" -> FakeCard.identity(Fixtures.WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC);
                    case "expired" -> FakeCard.identity(Fixtures.OTHER_WORKER, "Ioana", "Popescu", Authenticity.EXPIRED);
                    case "forged" -> FakeCard.identity(Fixtures.WORKER, "Jan", "Peeters", Authenticity.NOT_AUTHENTIC);
                    default -> FakeCard.specimen();
                };
                card.insert();
                CompletableFuture.delayedExecutor(800, TimeUnit.MILLISECONDS).execute(() -> card.read(identity));
            }

            @Override
            public void remove() {
                card.pulled();
            }
        };
    }
}
