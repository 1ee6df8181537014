package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The vpcd wire protocol against a stand-in for vpcd on a loopback port (no pcscd needed). */
class VpcdCardClientTest {

    private static byte[] exchange(DataOutputStream out, DataInputStream in, String hex) throws IOException {
        byte[] payload = HexFormat.of().parseHex(hex);
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
        int length = in.readUnsignedShort();
        return in.readNBytes(length);
    }

    private static void control(DataOutputStream out, int code) throws IOException {
        out.writeShort(1);
        out.write(code);
        out.flush();
    }

    @Test
    void speaksTheVpcdFramingAndIsPulledAfterItsBudget() throws Exception {
        VirtualCardProfile profile = VirtualCardProfiles.named("rsa-17");
        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                VpcdCardClient client = new VpcdCardClient("127.0.0.1", vpcd.getLocalPort(), new BelpicCard(profile))) {
            vpcd.setSoTimeout(5000);
            client.removeAfterApdus(2);
            client.reinsertAfter(Duration.ofMillis(100));
            client.insert();
            try (Socket s = vpcd.accept()) {
                s.setSoTimeout(5000);
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                control(out, 0x01); // power on: no answer
                assertThat(exchange(out, in, "04")).isEqualTo(profile.atr());
                control(out, 0x02); // reset: no answer
                assertThat(exchange(out, in, "00A4080C063F00DF014031")).containsExactly(0x90, 0x00);
                byte[] read = exchange(out, in, "00B0000004");
                assertThat(read).hasSize(6);
                assertThat(in.read()).as("socket closed = card pulled after 2 APDUs").isEqualTo(-1);
            }
            try (Socket again = vpcd.accept()) {
                again.setSoTimeout(5000);
                DataInputStream in = new DataInputStream(again.getInputStream());
                DataOutputStream out = new DataOutputStream(again.getOutputStream());
                assertThat(exchange(out, in, "04")).as("re-inserted").isEqualTo(profile.atr());
                assertThat(exchange(out, in, "80E400001C")[21]).isEqualTo((byte) 0x17);
                client.remove();
                assertThat(in.read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void refusesNonLoopbackHosts() {
        BelpicCard card = new BelpicCard(VirtualCardProfiles.named("rsa-17"));
        assertThatThrownBy(() -> new VpcdCardClient("192.0.2.10", 35963, card))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
