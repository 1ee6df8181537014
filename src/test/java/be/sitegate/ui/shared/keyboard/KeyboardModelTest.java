package be.sitegate.ui.shared.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ui.shared.keyboard.Key.Kind;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Hint;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Layout;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Page;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Shift;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The keyboard without a screen: layouts, pages, shift, and what each key sends to its target. */
class KeyboardModelTest {

    /** A target over a plain {@link TextEdit}, as a PIN field with its own buffer would be. */
    private static final class EditTarget implements KeyboardTarget {
        TextEdit edit = TextEdit.atEnd("");
        int enters;

        @Override
        public void type(String text) {
            edit = edit.insert(text);
        }

        @Override
        public void backspace() {
            edit = edit.backspace();
        }

        @Override
        public void enter() {
            enters++;
        }
    }

    private final KeyboardModel model = new KeyboardModel();
    private final EditTarget target = new EditTarget();

    private Key key(Kind kind) {
        return model.rows().stream().flatMap(List::stream).filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    private Key key(char c) {
        return model.rows().stream().flatMap(List::stream)
                .filter(k -> k.kind() == Kind.CHAR && k.text().equals(String.valueOf(c))).findFirst().orElseThrow();
    }

    private void tap(String chars) {
        for (char c : chars.toCharArray()) {
            model.press(key(c), target);
        }
    }

    private String row(int index) {
        return model.rows().get(index).stream().filter(k -> k.kind() == Kind.CHAR).map(Key::text)
                .collect(Collectors.joining());
    }

    @Test
    void startsOnBelgianAzertyWithADigitsRowAndSwitchesToQwerty() {
        assertThat(model.state()).isEqualTo(new KeyboardModel.State(Layout.AZERTY, Page.LETTERS, Shift.OFF));
        assertThat(row(0)).isEqualTo("1234567890");
        assertThat(row(1)).isEqualTo("azertyuiop");
        assertThat(row(2)).isEqualTo("qsdfghjklm");
        assertThat(row(3)).isEqualTo("wxcvbn");

        model.press(key(Kind.LAYOUT), target);

        assertThat(row(1)).isEqualTo("qwertyuiop");
        assertThat(row(2)).isEqualTo("asdfghjkl");
        assertThat(row(3)).isEqualTo("zxcvbnm");
    }

    @Test
    void lettersAndDigitsAreTypedAtTheCaret() {
        tap("demo");
        target.edit = new TextEdit(target.edit.text(), 2, 2);
        tap("2026");
        assertThat(target.edit).isEqualTo(new TextEdit("de2026mo", 6, 6));
    }

    @Test
    void aTypedKeyReplacesTheSelection() {
        target.edit = new TextEdit("demo-site", 0, 4);
        tap("x");
        assertThat(target.edit.text()).isEqualTo("x-site");
    }

    @Test
    void shiftOnceGivesOneCapitalTwiceHoldsCapitalsAThirdTimeReleases() {
        Key shift = key(Kind.SHIFT);
        model.press(shift, target);
        assertThat(model.label(key('a'))).isEqualTo("A");
        tap("aa");
        assertThat(target.edit.text()).isEqualTo("Aa");
        assertThat(model.state().shift()).isEqualTo(Shift.OFF);

        model.press(shift, target);
        model.press(shift, target);
        assertThat(model.state().shift()).isEqualTo(Shift.LOCKED);
        tap("bc");
        model.press(shift, target);
        tap("d");

        assertThat(target.edit.text()).isEqualTo("AaBCd");
        assertThat(model.state().shift()).isEqualTo(Shift.OFF);
    }

    @Test
    void shiftDoesNotChangeDigitsOrSymbols() {
        model.press(key(Kind.SHIFT), target);
        tap("1@");
        assertThat(target.edit.text()).isEqualTo("1@");
    }

    @Test
    void backspaceOnAnEmptyFieldDoesNothingAndSpaceTypesASpace() {
        model.press(key(Kind.BACKSPACE), target);
        assertThat(target.edit).isEqualTo(TextEdit.atEnd(""));
        tap("a");
        model.press(key(Kind.SPACE), target);
        tap("b");
        model.press(key(Kind.BACKSPACE), target);
        assertThat(target.edit.text()).isEqualTo("a ");
    }

    @Test
    void theSymbolsPageHasWhatUserNamesAndPasswordsUseAndLeadsBackToTheLetters() {
        model.press(key(Kind.PAGE), target);
        assertThat(model.state().page()).isEqualTo(Page.SYMBOLS);
        String symbols = model.rows().stream().flatMap(List::stream).filter(k -> k.kind() == Kind.CHAR)
                .map(Key::text).collect(Collectors.joining());
        assertThat(symbols).contains(".", "-", "_", "@", "!", "?", "#", "$", "%", "&", "*", "+", "=", "/", "€")
                .startsWith("1234567890");
        tap("-_!");
        model.press(key(Kind.PAGE), target);
        assertThat(model.state().page()).isEqualTo(Page.LETTERS);
        tap("a");
        assertThat(target.edit.text()).isEqualTo("-_!a");
    }

    @Test
    void theEnterKeyGoesToTheTarget() {
        model.press(key(Kind.ENTER), target);
        assertThat(target.enters).isEqualTo(1);
    }

    @Test
    void aCodeFieldStartsInCapitalsOnTheLettersAndATextFieldInLowerCase() {
        model.press(key(Kind.PAGE), target);
        model.useFor(Hint.CODE);
        assertThat(model.state()).isEqualTo(new KeyboardModel.State(Layout.AZERTY, Page.LETTERS, Shift.LOCKED));
        tap("1y1");
        assertThat(target.edit.text()).isEqualTo("1Y1");
        model.useFor(Hint.TEXT);
        assertThat(model.state().shift()).isEqualTo(Shift.OFF);
    }

    @Test
    void noRowIsWiderThanTenKeysSoEveryKeyKeepsItsSizeAt1024Pixels() {
        for (KeyboardModel m : List.of(model, qwerty(), symbols())) {
            for (List<Key> row : m.rows()) {
                assertThat(row.stream().mapToDouble(Key::units).sum()).isLessThanOrEqualTo(10);
            }
        }
    }

    private KeyboardModel qwerty() {
        KeyboardModel m = new KeyboardModel();
        m.press(m.rows().get(4).get(1), target);
        return m;
    }

    private KeyboardModel symbols() {
        KeyboardModel m = new KeyboardModel();
        m.press(m.rows().get(4).get(0), target);
        return m;
    }

    @Test
    void everyKeyHasAnIdThatIsTheSameInEveryStateAndValidInCss() {
        assertThat(Key.ch('A').id()).isEqualTo("a");
        assertThat(Key.ch('7').id()).isEqualTo("7");
        assertThat(Key.ch('-').id()).isEqualTo("u2d");
        assertThat(Key.of(Kind.ENTER, 2).id()).isEqualTo("enter");
    }
}
