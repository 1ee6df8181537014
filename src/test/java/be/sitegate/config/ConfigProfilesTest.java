package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three profiles in {@code kiosk-config/}: each loads, the production one names the real
 * service, and no slip makes a simulation kiosk reach production or a production kiosk take a
 * test shortcut. Every error names the key and the fix.
 */
class ConfigProfilesTest {

    private static final Map<String, String> ENV = Map.of("XDG_DATA_HOME", "/srv/data");

    private static KioskConfig profile(String name) {
        return KioskConfig.load(Path.of("kiosk-config", name + ".properties"), ENV);
    }

    private static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("central.environment", "production");
        values.put("central.url", "https://services.socialsecurity.be/REST/presenceRegistration/v1");
        values.put("central.token-url", "https://services.socialsecurity.be/REST/oauth/v5/token");
        return values;
    }

    @Test
    void theProductionProfileNamesTheRealServiceAndItsOwnTokenEndpoint() {
        KioskConfig config = profile("production");
        assertThat(config.centralEnvironment()).isEqualTo(CentralEnvironment.PRODUCTION);
        assertThat(config.centralUrl()).contains(
                URI.create("https://services.socialsecurity.be/REST/presenceRegistration/v1"));
        assertThat(config.centralTokenUrl()).contains(URI.create("https://services.socialsecurity.be/REST/oauth/v5/token"));
        assertThat(config.acceptSpecimenCards()).isFalse();
        assertThat(config.centralOffers()).isEqualTo(CentralOffers.NONE);
        assertThat(config.centralCaFile()).as("TLS trusts the operator's CA file alone").isPresent();
    }

    @Test
    void theSimulationAndDemoProfilesLoadAndAreSimulation() {
        assertThat(profile("simulation").centralEnvironment()).isEqualTo(CentralEnvironment.SIMULATION);
        assertThat(profile("simulation").centralUrl()).hasValueSatisfying(
                url -> assertThat(CentralEnvironment.isProduction(url)).isFalse());
        assertThat(profile("demo").centralEnvironment()).isEqualTo(CentralEnvironment.SIMULATION);
        assertThat(profile("demo").centralUrl()).isEmpty();
    }

    @Test
    void nothingDefaultsToProduction() {
        assertThat(KioskConfig.of(Map.of(), ENV).centralEnvironment()).isEqualTo(CentralEnvironment.SIMULATION);
    }

    @Test
    void aSimulationKioskIsRefusedTheRealServicesAddressWithTheFix() {
        assertThatThrownBy(() -> KioskConfig.of(Map.of("central.url",
                "https://services.socialsecurity.be/REST/presenceRegistration/v1"), ENV))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("central.url: ")
                .hasMessageContaining("central.environment=production");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("central.url", "https://API.Services.SocialSecurity.be/x"), ENV))
                .as("a host under the real service's, in any case").isInstanceOf(ConfigException.class);
    }

    @Test
    void aProductionKioskTakesOnlyTheRealServicesAddresses() {
        Map<String, String> elsewhere = production();
        elsewhere.put("central.url", "https://services-sim.socialsecurity.be.example.org/v1");
        assertThatThrownBy(() -> KioskConfig.of(elsewhere, ENV)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("central.url: ");

        Map<String, String> token = production();
        token.put("central.token-url", "https://127.0.0.1:8443/oauth2/token");
        assertThatThrownBy(() -> KioskConfig.of(token, ENV)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("central.token-url: ");
    }

    @Test
    void aProductionKioskRefusesTheSpecimenCards() {
        Map<String, String> specimen = production();
        specimen.put("card.accept-specimen", "true");
        assertThatThrownBy(() -> KioskConfig.of(specimen, ENV)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("card.accept-specimen: ").hasMessageContaining("set it to false");
    }

    @Test
    void anUnknownEnvironmentNamesTheKeyAndTheChoices() {
        assertThatThrownBy(() -> KioskConfig.of(Map.of("central.environment", "staging"), ENV))
                .isInstanceOf(ConfigException.class)
                .hasMessage("central.environment: 'staging' is not simulation or production");
    }

    @Test
    void theServicesSimulationHostIsSimulationNotProduction() {
        assertThat(CentralEnvironment.isProduction(
                URI.create("https://services-sim.socialsecurity.be/REST/presenceRegistration/v1"))).isFalse();
    }
}
