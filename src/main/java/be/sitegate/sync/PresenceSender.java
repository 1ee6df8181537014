package be.sitegate.sync;

import be.sitegate.central.CentralException;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import java.util.List;

/** Sends one batch to the central service; {@code CentralClient::register} in production. */
@FunctionalInterface
public interface PresenceSender {

    /** One result per item, in item order, or a {@link CentralException} for the batch as a whole. */
    List<ItemResult> send(List<PresenceItem> items);
}
