package be.sitegate.ui.employerchoice;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerChoiceViewModelTest {

    private final List<Company> chosen = new ArrayList<>();
    private final EmployerChoiceViewModel vm = new EmployerChoiceViewModel((step, c) -> chosen.add(c), () -> { });
    private final Worker jan = Worker.typed(WorkerId.of(Fixtures.WORKER), IdentificationMethod.TYPED_NATIONAL_NUMBER);

    private static List<Company> companies(String... names) {
        List<Company> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            long first8 = 4_000_000L + 777L * (i + 1);
            out.add(new Company(EnterpriseNumber.parse(String.format("%08d%02d", first8, 97 - first8 % 97)), names[i]));
        }
        return out;
    }

    @Test
    void aFewCompaniesAreJustButtons() {
        vm.show(new RegistrationStep.ChooseEmployer(jan, companies("Alfa", "Beta", "Gamma")));
        assertThat(vm.searchShownProperty().get()).isFalse();
        assertThat(vm.initials()).isEmpty();
        assertThat(vm.nameProperty().get()).isEqualTo("**.**.**-***.28");
        vm.onChoose(vm.visibleCompanies().get(1));
        assertThat(chosen).extracting(Company::name).containsExactly("Beta");
    }

    @Test
    void manyCompaniesGetASearchAndFirstLetterButtons() {
        vm.show(new RegistrationStep.ChooseEmployer(jan, companies("Bouw A", "bouw B", "Dak C", "Elektro D", "Sanitair E",
                "Schilder F", "Steiger G")));
        assertThat(vm.searchShownProperty().get()).isTrue();
        assertThat(vm.initials()).containsExactly("B", "D", "E", "S");

        vm.onInitial("S");
        assertThat(vm.visibleCompanies()).extracting(Company::name).containsExactly("Sanitair E", "Schilder F", "Steiger G");
        vm.onInitial("");
        assertThat(vm.visibleCompanies()).hasSize(7);

        vm.searchProperty().set("bouw");
        assertThat(vm.visibleCompanies()).extracting(Company::name).containsExactly("Bouw A", "bouw B");
        vm.searchProperty().set(vm.visibleCompanies().get(0).enterpriseNumber().formatted().substring(0, 12));
        assertThat(vm.visibleCompanies()).hasSize(1);
    }
}
