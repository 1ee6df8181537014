package be.sitegate.kiosk.fake;

import be.sitegate.kiosk.OutcomeSounds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Outcome sounds that play nothing and remember what the screens asked for, in order. */
public final class RecordingSounds implements OutcomeSounds {

    private final List<Outcome> played = new CopyOnWriteArrayList<>();

    @Override
    public void play(Outcome outcome) {
        played.add(outcome);
    }

    public List<Outcome> played() {
        return List.copyOf(played);
    }

    public void clear() {
        played.clear();
    }
}
