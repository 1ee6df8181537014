package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.typedentry.TypedEntryViewModel.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The keypad stays put: every key has the same size and the same place in the window, for a national
 * or a Limosa number, in every language, with or without a message, and is big enough for a gloved
 * finger. Layout measured in the scene, on fakes.
 */
class KeypadLayoutTest extends KioskUiTestBase {

    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "Back");

    @Test
    void atTheSmallestScreenEveryKeyIsAtLeast90PxAndNeverMoves() throws Exception {
        Map<String, Bounds> keys = keysStayPut(1024, 768);
        assertThat(keys.values()).allSatisfy(key -> {
            assertThat(key.getWidth()).isGreaterThanOrEqualTo(90);
            assertThat(key.getHeight()).isGreaterThanOrEqualTo(90);
        });
    }

    @Test
    void onALargerScreenTheKeysAreBiggerAndNeverMove() throws Exception {
        Map<String, Bounds> keys = keysStayPut(1920, 1080);
        assertThat(keys.values()).allSatisfy(key -> {
            assertThat(key.getWidth()).isGreaterThanOrEqualTo(120);
            assertThat(key.getHeight()).isGreaterThanOrEqualTo(120);
        });
    }

    /** Measures the keys in every state the keypad screen has; returns the one set of bounds they all share. */
    private Map<String, Bounds> keysStayPut(int width, int height) throws Exception {
        h = new KioskHarness(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH));
        h.open(Fixtures.CIAW_SITE);
        showAsSet(h.services, h.services.settings().withTapSettle(Duration.ZERO), width, height);
        awaitScreen(Screen.IDLE);
        assertThat(lookup("#key1").tryQuery()).isEmpty();

        Map<String, Map<String, Bounds>> states = new LinkedHashMap<>();
        for (Language language : Language.ALL) {
            for (Kind kind : Kind.values()) {
                String state = language.code() + " " + kind;
                states.put(state, keysOnScreen(language, kind, false));
                states.put(state + " with a message", keysOnScreen(language, kind, true));
            }
        }
        Map<String, Bounds> first = states.values().iterator().next();
        assertThat(states).allSatisfy((state, keys) -> assertThat(keys).as(state).isEqualTo(first));

        double statusBarTop = inScene(lookup("#status-bar").query()).getMinY();
        assertThat(first.values()).allSatisfy(key -> {
            assertThat(key.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(key.getMaxX()).isLessThanOrEqualTo(width);
            assertThat(key.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(key.getMaxY()).isLessThanOrEqualTo(statusBarTop);
        });
        return first;
    }

    private Map<String, Bounds> keysOnScreen(Language language, Kind kind, boolean withMessage) {
        interact(() -> {
            vm.flow.toIdle();
            i18n.setLocale(language.locale());
            if (kind == Kind.INSS) {
                vm.idle.onTypeNumber();
                "90021214542".chars().forEach(c -> vm.entry.onDigit((char) c)); // a wrong check digit
            } else {
                vm.idle.onTypeLimosa();
                "1234567".chars().forEach(c -> vm.entry.onDigit((char) c)); // one digit short
            }
            if (withMessage) {
                vm.entry.onSubmit();
            }
        });
        awaitScreen(Screen.TYPED_ENTRY);
        assertThat(vm.entry.errorProperty().get().isNone()).as("a message shown").isEqualTo(!withMessage);
        assertThat(shown("#error")).isEqualTo(withMessage);
        Map<String, Bounds> keys = new LinkedHashMap<>();
        interact(() -> {
            javafx.scene.Parent root = lookup("#key1").query().getScene().getRoot();
            root.applyCss();
            root.layout();
            for (String key : KEYS) {
                keys.put(key, inScene(lookup("#key" + key).query()));
            }
        });
        return keys;
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
