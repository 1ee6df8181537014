package be.sitegate.ui.shared;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The kiosk's current language and its texts ({@code messages_xx.properties}, UTF-8). Arguments are
 * filled in by plain {@code {0}} replacement, not {@link java.text.MessageFormat}, so translators can
 * write apostrophes (l'employeur) without doubling them.
 */
public final class I18n {

    public static final String BUNDLE = "be.sitegate.ui.shared.messages";
    /** No fallback to the machine's locale: a missing key must show up in tests, not hide. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        this.locale = new SimpleObjectProperty<>(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(newLocale);
    }

    public ResourceBundle bundle() {
        return bundle(locale.get());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
    }

    public String text(Msg msg) {
        return text(bundle(), msg);
    }

    public static String text(ResourceBundle bundle, Msg msg) {
        if (msg == null || msg.isNone()) {
            return "";
        }
        String out = bundle.getString(msg.key());
        for (int i = 0; i < msg.args().size(); i++) {
            Object arg = msg.args().get(i);
            String value = arg instanceof Msg nested ? text(bundle, nested) : String.valueOf(arg);
            out = out.replace("{" + i + "}", value);
        }
        return out;
    }
}
