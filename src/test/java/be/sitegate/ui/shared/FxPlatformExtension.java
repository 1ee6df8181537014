package be.sitegate.ui.shared;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX platform once per JVM for the few plain tests that need its thread (AtlantaFX
 * style). Goes through TestFX's toolkit so it coexists with the robot tests in the same JVM.
 */
public final class FxPlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage(); // idempotent: starts the platform only the first time
    }
}
