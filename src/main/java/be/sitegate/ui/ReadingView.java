package be.sitegate.ui;

/** "Reading your card": nothing to bind, the texts are static. */
final class ReadingView extends FxmlView {
    @Override
    protected void onActivate() {
        // static screen
    }
}
