package be.sitegate.app;

import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.sound.Tone;
import be.sitegate.sound.TonePlayer;

/** The kiosk's outcome sounds on the bundled tones, at the configured volume. */
final class ToneOutcomeSounds implements OutcomeSounds, AutoCloseable {

    private final TonePlayer player;

    ToneOutcomeSounds(int volume) {
        this.player = new TonePlayer(volume);
    }

    @Override
    public void play(Outcome outcome) {
        player.play(switch (outcome) {
            case REGISTERED -> Tone.REGISTERED;
            case FLAGGED -> Tone.FLAGGED;
            case NOT_REGISTERED -> Tone.NOT_REGISTERED;
        });
    }

    @Override
    public void close() {
        player.close();
    }
}
