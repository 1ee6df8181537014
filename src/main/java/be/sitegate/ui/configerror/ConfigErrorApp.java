package be.sitegate.ui.configerror;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The configuration or database error as a JavaFX application; launched through {@link ConfigErrorLauncher}. */
public final class ConfigErrorApp extends Application {

    @Override
    public void start(Stage stage) {
        ConfigErrorLauncher.Launch launch = ConfigErrorLauncher.installed();
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        stage.setScene(new Scene(launch.view().get(), bounds.getWidth(), bounds.getHeight()));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(launch.fullScreen());
        stage.show();
        launch.shown().run();
    }
}
