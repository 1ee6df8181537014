package be.sitegate.ui.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * A screen: the FXML file of the same name, this class as its controller, bound to a view model only
 * between {@link #activate} and {@link #deactivate} (Bisq style), so hidden screens hold no listeners.
 * A view is built for one language; switching language builds it again.
 */
public abstract class FxmlView {

    private Parent root;
    protected ViewBindings bind;

    public final FxmlView load(ResourceBundle bundle) {
        String name = getClass().getSimpleName() + ".fxml";
        FXMLLoader loader = new FXMLLoader(getClass().getResource(name), bundle);
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
        bind = new ViewBindings(bundle);
        return this;
    }

    public final Parent root() {
        return root;
    }

    public final void activate() {
        onActivate();
    }

    public final void deactivate() {
        bind.dispose();
    }

    /** Binds the nodes to the view model; everything made through {@link #bind} is undone on deactivate. */
    protected abstract void onActivate();
}
