package be.sitegate.demoui;

import be.sitegate.demo.VirtualReaderControl;
import be.sitegate.ui.AuxiliaryWindow;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Styles;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Demo only: a narrow window with a button per specimen card, one to pull the card out, and the
 * demo's sign-in details. It sits in a strip at the kiosk's right edge that the kiosk's screens
 * leave free ({@link #reservedWidth}), so it covers none of their fields, titles or buttons, and it
 * hands the keyboard back to the kiosk after every tap, so a typed number still reaches the kiosk.
 */
public final class VirtualReaderWindow implements AuxiliaryWindow {

    private static final double WIDTH = 250;
    /** From the top of the screen: the strip is the reader's alone, so no kiosk button to keep clear of. */
    private static final double TOP_GAP = 8;
    /** Room on either side of the window inside its strip. */
    private static final double MARGIN = 8;

    private final VirtualReaderControl reader;
    private final I18n i18n;
    /** A swap pauses like a hand does; that pause must not freeze the kiosk's screen. */
    private final Executor cardHand;
    private Stage stage;
    private Window kiosk;

    public VirtualReaderWindow(VirtualReaderControl reader, I18n i18n) {
        this(reader, i18n, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "virtual-reader-hand");
            t.setDaemon(true);
            return t;
        }));
    }

    VirtualReaderWindow(VirtualReaderControl reader, I18n i18n, Executor cardHand) {
        this.reader = reader;
        this.i18n = i18n;
        this.cardHand = cardHand;
    }

    @Override
    public double reservedWidth() {
        return WIDTH + 2 * MARGIN;
    }

    @Override
    public void show(Window kioskWindow) {
        this.kiosk = kioskWindow;
        show();
    }

    @Override
    public void show() {
        VBox box = new VBox(8);
        box.getStyleClass().add("virtual-reader");
        Label title = new Label(i18n.text(Msg.of("virtual.title")));
        title.getStyleClass().add("virtual-title");
        title.setWrapText(true);
        box.getChildren().add(title);
        reader.signIn().ifPresent(signIn -> {
            Label hint = new Label(i18n.text(Msg.of("virtual.sign-in", signIn.user(), signIn.password(),
                    String.join(", ", signIn.workplaces()))));
            hint.setId("demo-sign-in");
            hint.getStyleClass().add("virtual-hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        });
        for (VirtualReaderControl.Profile profile : reader.profiles()) {
            Button insert = new Button(shortLabel(profile));
            insert.setId("insert-" + profile.id());
            insert.setMaxWidth(Double.MAX_VALUE);
            insert.setTooltip(new Tooltip(profile.label()));
            insert.setOnAction(e -> {
                cardHand.execute(() -> reader.insert(profile.id()));
                giveKeyboardBack();
            });
            insert.setFocusTraversable(false);
            box.getChildren().add(insert);
        }
        for (String badge : reader.badges()) {
            Button hold = new Button(i18n.text(badge.equals("random") ? Msg.of("virtual.badge.random")
                    : Msg.of("virtual.badge.fixed")));
            hold.setId("hold-" + badge);
            hold.setMaxWidth(Double.MAX_VALUE);
            hold.setOnAction(e -> {
                cardHand.execute(() -> reader.holdBadge(badge));
                giveKeyboardBack();
            });
            hold.setFocusTraversable(false);
            box.getChildren().add(hold);
        }
        Button remove = new Button(i18n.text(Msg.of("virtual.remove")));
        remove.setId("remove-card");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.setOnAction(e -> {
            cardHand.execute(reader::remove);
            giveKeyboardBack();
        });
        remove.setFocusTraversable(false);
        box.getChildren().add(remove);

        stage = new Stage();
        stage.setTitle(i18n.text(Msg.of("virtual.title")));
        Scene scene = new Scene(box, WIDTH, -1);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setAlwaysOnTop(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMaxX() - WIDTH - MARGIN);
        stage.setY(screen.getMinY() + TOP_GAP);
        stage.show();
        giveKeyboardBack(); // showing a window focuses it; the kiosk's form is what is being typed into
    }

    /** The reader is for the mouse; the keyboard (and a QR scanner, which types) belongs to the kiosk. */
    private void giveKeyboardBack() {
        if (kiosk != null) {
            kiosk.requestFocus();
        }
    }

    /** Whether the kiosk has the keyboard again, for tests. */
    boolean kioskHasTheKeyboard() {
        return kiosk != null && kiosk.isFocused();
    }

    @Override
    public void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    /** A translated short name where the bundle has one; the full description stays in the tooltip. */
    private String shortLabel(VirtualReaderControl.Profile profile) {
        String key = "virtual.profile." + profile.id();
        return i18n.bundle().containsKey(key) ? profile.id() + " · " + i18n.bundle().getString(key) : profile.label();
    }
}
