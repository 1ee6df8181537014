package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.cli.Main;
import be.sitegate.pki.Certificates;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualCardPkiTest {

    @Test
    void rootIsNamedAndSelfSigned() throws Exception {
        var root = VirtualCardPki.testRoot();
        assertThat(root.getSubjectX500Principal().getName()).contains("SiteGate Test Belgium Root CA");
        root.verify(root.getPublicKey());
    }

    @Test
    void rootIsTheSameInEveryProcess() throws Exception {
        // A fresh generation stands in for another JVM: the seeded keys give the same bytes.
        assertThat(VirtualCardPki.generate().root().getEncoded()).isEqualTo(VirtualCardPki.testRoot().getEncoded());
    }

    @Test
    void commandWritesTheRootAndListsProfiles(@TempDir Path dir) {
        Path pem = dir.resolve("root.pem");
        assertThat(Main.run("virtual-card", "--write-root", pem.toString(), "--run-for-ms", "1", "--port", "9")).isZero();
        assertThat(Certificates.readAll(pem)).containsExactly(VirtualCardPki.testRoot());
        assertThat(Main.run("virtual-card", "--list-profiles")).isZero();
        assertThat(Main.run("virtual-card", "--profile", "nope")).isEqualTo(1);
        assertThat(Main.run("virtual-card", "--host", "192.0.2.1", "--run-for-ms", "1")).isEqualTo(1);
    }

    @Test
    void profilesCoverTheRequiredCases() {
        assertThat(VirtualCardProfiles.all()).extracting(VirtualCardProfile::name)
                .contains("rsa-17", "ec-18", "bis", "accents", "expired", "tampered", "kids", "ec-18-cloned-chip",
                        "ec-18-wrong-key-hash", "ec-18-no-basic-key");
        assertThat(VirtualCardProfiles.named("ec-18").appletVersion()).isEqualTo(0x18);
        assertThat(VirtualCardProfiles.named("ec-18").file(VirtualCardProfile.BASIC_PUBLIC_KEY)).isNotNull();
        assertThat(VirtualCardProfiles.named("ec-18").basicKey()).as("the chip's own basic key").isPresent();
        assertThat(VirtualCardProfiles.named("rsa-17").basicKey()).isEmpty();
        assertThat(VirtualCardProfiles.named("ec-18-no-basic-key").basicKey()).isEmpty();
    }
}
