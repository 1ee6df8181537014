package be.sitegate.ui.shared.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keyboard's editing rules, as a physical keyboard applies them to a text field. */
class TextEditTest {

    @Test
    void typingInsertsAtTheCaretAndLeavesTheCaretAfterIt() {
        TextEdit edit = new TextEdit("deo", 2, 2).insert("m");
        assertThat(edit).isEqualTo(new TextEdit("demo", 3, 3));
    }

    @Test
    void typingReplacesTheSelectionWhicheverWayItWasMade() {
        assertThat(new TextEdit("demo-site", 5, 9).insert("x")).isEqualTo(new TextEdit("demo-x", 6, 6));
        assertThat(new TextEdit("demo-site", 9, 5).insert("x")).isEqualTo(new TextEdit("demo-x", 6, 6));
    }

    @Test
    void backspaceDeletesTheCharacterBeforeTheCaretOrTheSelection() {
        assertThat(new TextEdit("demo", 2, 2).backspace()).isEqualTo(new TextEdit("dmo", 1, 1));
        assertThat(new TextEdit("demo", 1, 3).backspace()).isEqualTo(new TextEdit("do", 1, 1));
    }

    @Test
    void backspaceOnAnEmptyFieldOrAtItsStartDoesNothing() {
        assertThat(TextEdit.atEnd("").backspace()).isEqualTo(TextEdit.atEnd(""));
        assertThat(new TextEdit("demo", 0, 0).backspace()).isEqualTo(new TextEdit("demo", 0, 0));
    }

    @Test
    void backspaceNeverLeavesHalfASurrogatePair() {
        assertThat(TextEdit.atEnd("a\uD83D\uDE00").backspace()).isEqualTo(TextEdit.atEnd("a"));
    }
}
