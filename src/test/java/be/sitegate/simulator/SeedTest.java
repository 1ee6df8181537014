package be.sitegate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.RegistrationMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTest {

    private final Seed seed = SeedLoader.loadDefault();

    @Test
    void everyIdentifierInTheDefaultSeedIsValid() {
        assertThat(seed.persons()).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(p -> assertThat(Inss.isValid(p.inss())).as(p.lastName()).isTrue());
        assertThat(seed.companies()).allSatisfy(c -> assertThat(EnterpriseNumber.isValid(c.enterpriseNumber())).isTrue());
    }

    @Test
    void defaultSeedHasTheCasesTestsAndDemosNeed() {
        assertThat(seed.person("71715100070")).isPresent();
        assertThat(seed.person("01050399963")).isPresent();
        assertThat(seed.persons()).anySatisfy(p -> assertThat(Inss.parse(p.inss()).isBis()).isTrue());
        assertThat(seed.companies()).anySatisfy(c -> assertThat(c.active()).isFalse());
        assertThat(seed.declarations()).anySatisfy(d -> assertThat(d.mode()).isEqualTo(RegistrationMode.CIAOW));
        assertThat(seed.declarations()).anySatisfy(d -> assertThat(d.subjectToRegistration()).isFalse());
        LocalDate someday = LocalDate.of(2026, 6, 1);
        assertThat(seed.limosaDeclarations()).hasSize(3).anySatisfy(l -> assertThat(l.activeOn(someday)).isFalse());
        assertThat(PasswordHasher.matches("demo-site-2026".toCharArray(), seed.account("demo").orElseThrow()
                .passwordHash())).isTrue();
    }

    @Test
    void brokenSeedIsRefusedWithEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"defaultSender": "0566988259",
                 "companies": [{"enterpriseNumber": "0566988259", "name": "A", "active": true}],
                 "persons": [{"inss": "85073003300", "firstName": "X", "lastName": "Y"}],
                 "declarations": [{"workplaceId": "1Y1X", "address": "a", "sector": 1, "mode": "CIAW",
                   "subjectToRegistration": true, "builder": "0403123486"}]}
                """);

        assertThatThrownBy(() -> SeedLoader.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid INSS").hasMessageContaining("builder");
    }

    @Test
    void faultInjectorIsReproducibleForAGivenSeed() {
        FaultInjector a = new FaultInjector(7);
        FaultInjector b = new FaultInjector(7);
        a.serverErrors(0.5);
        b.serverErrors(0.5);
        List<Boolean> first = new java.util.ArrayList<>();
        List<Boolean> second = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            first.add(a.rollServerError());
            second.add(b.rollServerError());
        }
        assertThat(first).isEqualTo(second).contains(true, false);
    }
}
