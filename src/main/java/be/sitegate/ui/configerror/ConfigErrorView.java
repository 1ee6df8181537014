package be.sitegate.ui.configerror;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The full screen a kiosk shows instead of starting when its configuration is wrong: what is wrong,
 * which key, what to do and where the file is. In English, Dutch and French at once: the kiosk's
 * language is itself configuration that may be what failed, and one of these three is read by
 * whoever looks after a Belgian site computer. The problem's detail is the configuration's own
 * (English) message, which names the key and the value expected.
 */
public final class ConfigErrorView extends VBox {

    public ConfigErrorView(ConfigProblem p) {
        super(18);
        setId("screen-config-error");
        setPadding(new Insets(48));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #fff4e5;");
        getChildren().addAll(
                line("title", 34, true, "This kiosk cannot start: its configuration has a mistake.\n"
                        + "Deze kiosk kan niet starten: er staat een fout in de instellingen.\n"
                        + "Ce kiosque ne peut pas démarrer : sa configuration contient une erreur."),
                line("key", 30, true, "Key / Sleutel / Clé:  " + p.key()),
                line("problem", 24, false, p.problem()),
                line("what-to-do", 22, false, "What to do: correct this key in " + p.file()
                        + " on this computer, check it with 'sitegate doctor', then restart the kiosk: "
                        + "systemctl restart sitegate-kiosk\n"
                        + "Wat te doen: verbeter deze sleutel in " + p.file() + " op deze computer en herstart "
                        + "de kiosk (systemctl restart sitegate-kiosk).\n"
                        + "Que faire : corrigez cette clé dans " + p.file() + " sur cet ordinateur, puis "
                        + "redémarrez le kiosque (systemctl restart sitegate-kiosk)."),
                line("file", 20, false, "File / Bestand / Fichier:  " + p.file()));
    }

    private static Label line(String id, int size, boolean bold, String text) {
        Label l = new Label(text);
        l.setId("config-error-" + id);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: " + size + "px; -fx-text-fill: #1a1a1a;" + (bold ? " -fx-font-weight: bold;" : ""));
        return l;
    }
}
