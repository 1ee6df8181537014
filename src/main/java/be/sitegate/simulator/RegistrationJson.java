package be.sitegate.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The contract's REGISTRATION object and its history, written from a stored registration. */
final class RegistrationJson {

    private RegistrationJson() {
    }

    static ObjectNode of(StoredRegistration r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("presenceRegistrationId", r.id());
        o.put("clientReference", r.clientReference());
        o.put("workplaceId", r.workplaceId());
        o.put("registrationDate", r.registrationDate().toString());
        if (r.inss() != null) {
            o.put("inss", r.inss());
        }
        if (r.limosaId() != null) {
            o.put("limosaId", r.limosaId());
        }
        if (r.companyId() != null) {
            o.put("companyId", r.companyId());
        }
        if (r.direction() != null) {
            o.put("direction", r.direction());
            o.put("timestamp", r.timestamp());
        }
        o.put("creationDate", r.creationDate().toString());
        o.put("channel", r.channel());
        o.put("sender", r.sender());
        if (r.sector() != 0) {
            o.put("sector", r.sector()); // unknown for a workplace the service does not know
        }
        o.put("status", r.status());
        ArrayNode remarks = o.putArray("remarks");
        r.remarks().forEach(remarks::add);
        return o;
    }

    static ObjectNode withHistory(StoredRegistration r, List<StoredRegistration.HistoryEntry> history) {
        ObjectNode o = of(r);
        ArrayNode h = o.putArray("history");
        for (StoredRegistration.HistoryEntry e : history) {
            ObjectNode entry = h.addObject();
            entry.put("at", e.at().toString());
            entry.put("status", e.status());
            ArrayNode remarks = entry.putArray("remarks");
            e.remarks().forEach(remarks::add);
        }
        return o;
    }
}
