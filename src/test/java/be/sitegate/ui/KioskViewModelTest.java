package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root view model connects the screens' view models to the ports only while the window is shown. */
class KioskViewModelTest extends ViewModelsOnFakes {

    @Test
    void deactivateLeavesNoListenersBehind() {
        openConstruction();
        assertThat(h.card.listenerCount()).isEqualTo(1);
        assertThat(h.presences.listenerCount()).isEqualTo(1);
        vm.deactivate();
        assertThat(h.card.listenerCount()).isZero();
        assertThat(h.presences.listenerCount()).isZero();
    }
}
