package be.sitegate.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One change to a JSON answer that still parses as JSON, the kind a buggy or hostile service makes:
 * a member's value replaced by another of any type, a member removed or renamed, an array element
 * repeated, a value wrapped in an array. The slot is taken modulo the number of members and elements
 * in the tree, so an edit applies to any answer.
 */
public record JsonEdit(Kind kind, int slot, JsonNode value) {

    public enum Kind {
        REPLACE,
        REMOVE,
        RENAME,
        REPEAT,
        WRAP
    }

    /** A changed deep copy; the answer given is not touched. */
    public JsonNode apply(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, slots);
        if (slots.isEmpty()) {
            return kind == Kind.REPLACE ? value : copy;
        }
        Slot s = slots.get(Math.floorMod(slot, slots.size()));
        JsonNode current = s.get();
        switch (kind) {
            case REPLACE -> s.set(value);
            case REMOVE -> s.remove();
            case RENAME -> s.rename();
            case REPEAT -> s.repeat();
            case WRAP -> s.set(JsonNodeFactory.instance.arrayNode().add(current));
        }
        return copy;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.add(new Slot(o, name, -1));
                collect(o.get(name), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    /** A member of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(name, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        /** A name the contract does not use, close to the real one; in an array, the element moves to the end. */
        void rename() {
            if (parent instanceof ObjectNode o) {
                JsonNode v = o.remove(name);
                o.set(name.isEmpty() ? "x" : Character.toUpperCase(name.charAt(0)) + name.substring(1) + "_", v);
            } else {
                ArrayNode a = (ArrayNode) parent;
                a.add(a.remove(index));
            }
        }

        void repeat() {
            if (parent instanceof ArrayNode a) {
                a.insert(index, get().deepCopy());
            } else {
                // An object cannot hold a member twice after parsing; the repeat goes into the value.
                ObjectNode o = (ObjectNode) parent;
                JsonNode v = o.get(name);
                Iterator<Map.Entry<String, JsonNode>> first = o.fields();
                if (first.hasNext() && v.isObject()) {
                    Map.Entry<String, JsonNode> e = first.next();
                    ((ObjectNode) v).set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
    }
}
