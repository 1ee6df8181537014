package be.sitegate.ui;

import be.sitegate.ui.admin.AdminView;
import be.sitegate.ui.attendance.AttendanceView;
import be.sitegate.ui.pin.PinView;
import be.sitegate.ui.breakorend.BreakOrEndView;
import be.sitegate.ui.confirmation.ConfirmationView;
import be.sitegate.ui.corrections.CorrectionsView;
import be.sitegate.ui.employerchoice.EmployerChoiceView;
import be.sitegate.ui.idle.IdleView;
import be.sitegate.ui.initialisation.InitialisationView;
import be.sitegate.ui.message.MessageView;
import be.sitegate.ui.reading.ReadingView;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.statusbar.StatusBarView;
import be.sitegate.ui.typedentry.TypedEntryView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Subscription;

/**
 * The one full-screen kiosk window: the current screen in the centre, the status bar below. Type
 * scales with the window (28 px body at 1024x768, more on larger screens) so every layout from
 * 1024x768 to 1920x1080 reads from a step away.
 */
public final class KioskWindow {

    /** The body size at the smallest supported screen, 1024x768. */
    static final double BASE_FONT_PX = 28;

    private final KioskViewModel vm;
    private final I18n i18n;
    private final KioskSettings settings;
    private final StackPane holder = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
    private ScreenHost host;
    private Stage stage;
    private StatusBarView statusBar;
    /** Everything {@link #attach} hooked onto the view model, the language and the stage, undone on close. */
    private Subscription attached = Subscription.EMPTY;

    public KioskWindow(KioskViewModel vm, I18n i18n, KioskSettings settings) {
        this.vm = vm;
        this.i18n = i18n;
        this.settings = settings;
    }

    /** Builds the scene at this size: full screen unless the settings ask for a window. */
    public Scene attach(Stage stage, double width, double height) {
        holder.getStyleClass().add("screen-holder");
        holder.setMinSize(0, 0); // a screen that wants more room is squeezed, never pushes the window wider
        root.setCenter(centreWithCountdown());
        root.getStyleClass().add("kiosk-root");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize(scene.getWidth(), scene.getHeight())),
                scene.widthProperty(), scene.heightProperty()));
        attached = attached.and(root.styleProperty()::unbind);

        host = new ScreenHost(holder, factories(), i18n.bundle());
        buildStatusBar();
        attached = attached.and(vm.flow.screenProperty().subscribe((old, screen) -> host.show(screen)));
        attached = attached.and(i18n.localeProperty().subscribe((old, locale) -> {
            host.relocalise(i18n.bundle());
            buildStatusBar();
        }));

        KeyInput keys = new KeyInput(vm.flow, vm.input, settings.scanKeyGap());
        EventHandler<KeyEvent> typed = keys::onTyped;
        EventHandler<KeyEvent> pressed = keys::onPressed;
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        attached = attached.and(() -> {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        });
        // Any touch or key keeps a foreman's screen open; none for a while locks it again.
        EventHandler<javafx.event.Event> activity = e -> vm.flow.activity();
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, activity);
        attached = attached.and(() -> {
            scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, activity);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, activity);
            scene.removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, activity);
        });
        attached = attached.and(TapFilter.install(scene, holder.getChildren(),
                new TapGuard(settings.tapSettle(), System::nanoTime)));

        this.stage = stage;
        stage.setScene(scene);
        stage.setTitle("SiteGate");
        if (!settings.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        vm.activate();
        host.show(vm.flow.screen());
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        stage.setOnHidden(e -> close());
        attached = attached.and(() -> stage.setOnHidden(null));
        return scene;
    }

    /**
     * The screen with the seconds left over its top right corner: one place for every screen that
     * waits, drawn over it (taps go through) so no screen's layout moves when it appears.
     */
    private StackPane centreWithCountdown() {
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.setMouseTransparent(true);
        countdown.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(vm.countdown.textProperty().get()), vm.countdown.textProperty(), i18n.localeProperty()));
        countdown.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.countdown.textProperty().get().isNone(), vm.countdown.textProperty()));
        attached = attached.and(() -> {
            countdown.textProperty().unbind();
            countdown.visibleProperty().unbind();
        });
        StackPane centre = new StackPane(holder, countdown);
        StackPane.setAlignment(countdown, Pos.TOP_RIGHT);
        centre.setMinSize(0, 0);
        return centre;
    }

    /**
     * Shows windows that live as long as this one (the demo's virtual reader); they close with it.
     * The screens give up the room such a window takes at the right edge, so it covers none of them.
     */
    public void showAlongside(java.util.List<AuxiliaryWindow> windows) {
        double reserved = windows.stream().mapToDouble(AuxiliaryWindow::reservedWidth).max().orElse(0);
        if (reserved > 0) {
            Region strip = new Region();
            strip.setId("auxiliary-strip");
            strip.getStyleClass().add("auxiliary-strip");
            strip.setMinWidth(reserved);
            strip.setPrefWidth(reserved);
            strip.setMaxWidth(reserved);
            root.setRight(strip);
            attached = attached.and(() -> root.setRight(null));
        }
        for (AuxiliaryWindow window : windows) {
            attached = attached.and(window::close);
            if (stage != null) {
                window.show(stage);
            } else {
                window.show();
            }
        }
    }

    /** Scales with the smaller of the two ratios, so nothing overflows on a wide or a tall screen. */
    static double fontSize(double width, double height) {
        double scale = Math.min(width / 1024.0, height / 768.0);
        return Math.max(BASE_FONT_PX, BASE_FONT_PX * scale);
    }

    private void buildStatusBar() {
        if (statusBar != null) {
            statusBar.deactivate();
        }
        statusBar = new StatusBarView(vm.status);
        statusBar.load(i18n.bundle());
        Parent bar = statusBar.root();
        bar.setId("status-bar");
        root.setBottom(bar);
        statusBar.activate();
    }

    private void tick() {
        vm.onTick();
    }

    private Map<Screen, Supplier<FxmlView>> factories() {
        Map<Screen, Supplier<FxmlView>> f = new EnumMap<>(Screen.class);
        f.put(Screen.INITIALISATION, () -> new InitialisationView(vm.initialisation));
        f.put(Screen.IDLE, () -> new IdleView(vm.idle));
        f.put(Screen.READING, () -> new ReadingView(vm.reading));
        f.put(Screen.CONFIRMATION, () -> new ConfirmationView(vm.confirmation));
        f.put(Screen.MESSAGE, () -> new MessageView(vm.message));
        f.put(Screen.TYPED_ENTRY, () -> new TypedEntryView(vm.entry));
        f.put(Screen.EMPLOYER_CHOICE, () -> new EmployerChoiceView(vm.employerChoice));
        f.put(Screen.BREAK_OR_END, () -> new BreakOrEndView(vm.breakOrEnd));
        f.put(Screen.BADGE_CONSENT, () -> new be.sitegate.ui.badgelink.BadgeConsentView(vm.badgeConsent().orElseThrow()));
        f.put(Screen.BADGE_HOLD, () -> new be.sitegate.ui.badgelink.BadgeHoldView(vm.badgeHold().orElseThrow()));
        f.put(Screen.ATTENDANCE, () -> new AttendanceView(vm.attendance, java.util.Optional.of(vm.evacuation)));
        f.put(Screen.PIN, () -> new PinView(vm.pin.orElseThrow()));
        f.put(Screen.ADMIN, () -> new AdminView(vm.admin));
        f.put(Screen.BADGE_LINKS, () -> new be.sitegate.ui.badgelinks.BadgeLinksView(vm.badgeLinks.orElseThrow()));
        f.put(Screen.CORRECTIONS, () -> new CorrectionsView(vm.corrections.orElseThrow()));
        f.put(Screen.ON_BEHALF_ENTRY, () -> new TypedEntryView(vm.onBehalfEntry));
        f.put(Screen.CORRECTION_EMPLOYER, () -> new EmployerChoiceView(vm.correctionEmployer.orElseThrow()));
        return f;
    }

    /**
     * Stops the clock, lets go of every port listener and unbinds every view, so a closed window
     * leaves nothing subscribed. Closing twice (the stage hidden, then the application stopped) is fine.
     */
    public void close() {
        ticker.stop();
        attached.unsubscribe();
        attached = Subscription.EMPTY;
        if (host != null) {
            host.unbind();
        }
        if (statusBar != null) {
            statusBar.deactivate();
            statusBar = null;
        }
        vm.deactivate();
    }
}
