package be.sitegate.ui.configerror;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The full screen a kiosk shows instead of starting when its database cannot be used: that it is
 * the database, the store's advice (which problem, where the file is, the way back: for a damaged
 * one the latest backup), and what to do next. Unlike a configuration error, the configuration
 * was read, so the title and what to do are in the kiosk's own language.
 */
public final class StoreErrorView extends VBox {

    public StoreErrorView(StoreProblem p) {
        super(18);
        I18n texts = new I18n(p.language());
        setId("screen-store-error");
        setPadding(new Insets(48));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #fdecea;");
        getChildren().addAll(
                line("title", 34, true, texts.text(Msg.of("storeerror.title"))),
                line("advice", 24, false, p.advice()),
                line("what-to-do", 22, false, texts.text(Msg.of("storeerror.todo"))),
                line("file", 20, false, p.file().toString()));
    }

    private static Label line(String id, int size, boolean bold, String text) {
        Label l = new Label(text);
        l.setId("store-error-" + id);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: " + size + "px; -fx-text-fill: #1a1a1a;" + (bold ? " -fx-font-weight: bold;" : ""));
        return l;
    }
}
