package be.sitegate.ui;

import be.sitegate.kiosk.VirtualReaderControl;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Demo only: a small window with a button per specimen card and one to pull the card out. */
final class VirtualReaderWindow {

    private final VirtualReaderControl reader;
    private final I18n i18n;

    VirtualReaderWindow(VirtualReaderControl reader, I18n i18n) {
        this.reader = reader;
        this.i18n = i18n;
    }

    Stage show() {
        VBox box = new VBox(10);
        box.getStyleClass().add("virtual-reader");
        Label title = new Label(i18n.text(Msg.of("virtual.title")));
        title.getStyleClass().add("virtual-title");
        box.getChildren().add(title);
        for (VirtualReaderControl.Profile profile : reader.profiles()) {
            Button insert = new Button(profile.label());
            insert.setId("insert-" + profile.id());
            insert.setMaxWidth(Double.MAX_VALUE);
            insert.setOnAction(e -> reader.insert(profile.id()));
            box.getChildren().add(insert);
        }
        Button remove = new Button(i18n.text(Msg.of("virtual.remove")));
        remove.setId("remove-card");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.setOnAction(e -> reader.remove());
        box.getChildren().add(remove);

        Stage stage = new Stage();
        stage.setTitle(i18n.text(Msg.of("virtual.title")));
        Scene scene = new Scene(box, 360, 80 + 56.0 * (reader.profiles().size() + 1));
        scene.getStylesheets().add(KioskWindow.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.setAlwaysOnTop(true);
        // Top right, away from the kiosk's headline and buttons.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMaxX() - scene.getWidth() - 20);
        stage.setY(screen.getMinY() + 20);
        stage.show();
        return stage;
    }
}
