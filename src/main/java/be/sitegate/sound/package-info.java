/**
 * The kiosk's outcome sounds over {@code javax.sound.sampled}: three small bundled WAV files, played
 * on a background thread at the configured volume. A kiosk without a sound device (Xvfb, CI, a
 * broken USB speaker) simply stays silent.
 */
package be.sitegate.sound;
