package be.sitegate.kiosk;

import static be.sitegate.testkit.Fixtures.BUILDER;
import static be.sitegate.testkit.Fixtures.ELECTRICIAN;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.EmployerResolver.Resolution;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerResolverTest {

    private final FakeCentralService central = new FakeCentralService();
    private final InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
    private final EmployerResolver resolver = new EmployerResolver(central, choices);
    private final Workplace site = Fixtures.construction().workplace();
    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    void onlineSingleEmployerIsUsedAndRemembered() {
        central.employs(WORKER, ROOFER);
        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ROOFER));
        assertThat(choices.find(site.id(), WORKER)).contains(ROOFER.enterpriseNumber());
    }

    @Test
    void onlineSeveralEmployersAreOfferedUnlessOneWasChosenBefore() {
        central.employs(WORKER, ROOFER, ELECTRICIAN);
        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Choose(List.of(ROOFER, ELECTRICIAN)));
        choices.remember(site.id(), WORKER, ELECTRICIAN.enterpriseNumber());
        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ELECTRICIAN));
    }

    @Test
    void onlineButUnknownCentrallyOffersTheDeclaration() {
        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Choose(List.of(BUILDER, ROOFER, ELECTRICIAN)));
    }

    @Test
    void offlineUsesTheEarlierChoiceElseTheDeclaration() {
        central.setOnline(false);
        assertThat(resolver.resolve(site, WORKER, today)).isInstanceOf(Resolution.Choose.class);
        choices.remember(site.id(), WORKER, ROOFER.enterpriseNumber());
        assertThat(resolver.resolve(site, WORKER, today)).isEqualTo(new Resolution.Known(ROOFER));
    }

    @Test
    void aDeclarationWithOneCompanyNeedsNoQuestion() {
        central.setOnline(false);
        Workplace single = new Workplace(site.id(), site.address(), site.sector(), site.mode(), List.of(BUILDER));
        assertThat(resolver.resolve(single, WORKER, today)).isEqualTo(new Resolution.Known(BUILDER));
    }
}
