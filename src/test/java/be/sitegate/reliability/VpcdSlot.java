package be.sitegate.reliability;

import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VpcdCardClient;

/**
 * The first vpcd slot of the local pcscd: a card is a TCP client of vpcd, and pulling it closes the
 * connection, which is what pcscd sees when a card leaves a real reader mid-command.
 */
final class VpcdSlot implements CardSlot {

    static final String READER = "Virtual PCD 00 00";

    @Override
    public String name() {
        return "real PC/SC stack (pcscd + vpcd)";
    }

    @Override
    public Inserted insert(VirtualCardProfile profile, int pullAfterApdus) {
        BelpicCard card = new BelpicCard(profile);
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT, card);
        client.removeAfterApdus(pullAfterApdus);
        client.insert();
        return new Inserted() {
            @Override
            public BelpicCard card() {
                return card;
            }

            @Override
            public void pull() {
                client.close();
            }
        };
    }
}
