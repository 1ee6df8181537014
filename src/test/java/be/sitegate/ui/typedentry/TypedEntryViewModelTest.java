package be.sitegate.ui.typedentry;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.Worker;
import be.sitegate.ui.shared.Msg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedEntryViewModelTest {

    private final List<Worker> identified = new ArrayList<>();
    private final TypedEntryViewModel vm = new TypedEntryViewModel(identified::add, () -> { });

    private void type(String digits) {
        digits.chars().forEach(c -> vm.onDigit((char) c));
    }

    @Test
    void aValidNationalNumberIsToldAtItsLastDigitBeforeOk() {
        List<be.sitegate.domain.WorkerId> complete = new ArrayList<>();
        TypedEntryViewModel keypad = new TypedEntryViewModel(identified::add, complete::add, () -> { });
        keypad.start(TypedEntryViewModel.Kind.INSS, "");
        "8507300332".chars().forEach(c -> keypad.onDigit((char) c));
        assertThat(complete).as("ten digits are not a number yet").isEmpty();
        keypad.onDigit('8');
        assertThat(complete).containsExactly(be.sitegate.domain.WorkerId.of(be.sitegate.domain.Inss.parse("85073003328")));
        keypad.onDigit('9');
        assertThat(complete).as("a digit past the end changes nothing").hasSize(1);
        assertThat(identified).as("OK is still the worker's").isEmpty();

        keypad.onBackspace();
        keypad.onDigit('9');
        assertThat(complete).as("wrong check digits are not sent anywhere").hasSize(1);

        keypad.start(TypedEntryViewModel.Kind.LIMOSA, "");
        "23456789012345678".chars().forEach(c -> keypad.onDigit((char) c));
        assertThat(complete).as("a Limosa number needs no employer look-up").hasSize(1);
    }

    @Test
    void formatsLiveAsYYMMDDSSSCC() {
        vm.start(TypedEntryViewModel.Kind.INSS, "");
        assertThat(vm.displayProperty().get()).isEqualTo("__.__.__-___.__");
        type("8507");
        assertThat(vm.displayProperty().get()).isEqualTo("85.07.__-___.__");
        type("3003328999");
        assertThat(vm.displayProperty().get()).isEqualTo("85.07.30-033.28"); // extra digits are ignored
        assertThat(vm.completeProperty().get()).isTrue();
        vm.onSubmit();
        assertThat(identified).hasSize(1);
        assertThat(vm.displayProperty().get()).isEqualTo("__.__.__-___.__"); // cleared for the next worker
    }

    @Test
    void explainsEachRuleInPlainWords() {
        vm.start(TypedEntryViewModel.Kind.INSS, "");
        vm.onSubmit();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("reason.EMPTY"));
        type("8507300");
        vm.onSubmit();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("reason.WRONG_LENGTH"));
        vm.onClear();
        type("85133003328");
        vm.onSubmit();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("reason.IMPOSSIBLE_MONTH"));
        vm.onClear();
        type("85073003399");
        vm.onSubmit();
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("reason.WRONG_CHECK_DIGITS"));
        assertThat(identified).isEmpty();
    }

    @Test
    void switchesToLimosaNumbersInGroupsOfFour() {
        vm.start(TypedEntryViewModel.Kind.INSS, "8");
        vm.onSwitchKind();
        assertThat(vm.kindProperty().get()).isEqualTo(TypedEntryViewModel.Kind.LIMOSA);
        assertThat(vm.displayProperty().get()).as("the L1 form's 17 digits, in the confirmation's groups")
                .isEqualTo("____ ____ ____ ____ _");
        assertThat(vm.hintProperty().get()).isEqualTo(Msg.of("entry.hint.LIMOSA"));
        type("123456");
        assertThat(vm.displayProperty().get()).isEqualTo("1234 56__ ____ ____ _");
        vm.onClear();
        type("12345678901234567");
        assertThat(vm.displayProperty().get()).isEqualTo("1234 5678 9012 3456 7");
        vm.onSubmit();
        assertThat(identified).singleElement().satisfies(w -> assertThat(w.id().key()).isEqualTo("L:12345678901234567"));
    }

    @Test
    void startsWithTheDigitTypedOnTheIdleScreen() {
        vm.start(TypedEntryViewModel.Kind.INSS, "7");
        assertThat(vm.displayProperty().get()).isEqualTo("7_.__.__-___.__");
        vm.onBackspace();
        assertThat(vm.displayProperty().get()).isEqualTo("__.__.__-___.__");
    }

    @Test
    void aLongerLimosaNumberGrowsTheMaskAndTheNationalNumberHasItsOwnHint() {
        vm.start(TypedEntryViewModel.Kind.INSS, "");
        assertThat(vm.hintProperty().get()).isEqualTo(Msg.of("entry.hint.INSS"));
        vm.onSwitchKind();
        type("1234567890123456789");
        assertThat(vm.displayProperty().get()).isEqualTo("1234 5678 9012 3456 789");
    }
}
