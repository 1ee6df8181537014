package be.sitegate.ui.badgelink;

/** "Hold your badge on the reader": the one thing to do after agreeing, or cancel. */
public final class BadgeHoldViewModel {

    private final Runnable cancel;

    public BadgeHoldViewModel(Runnable cancel) {
        this.cancel = cancel;
    }

    public void onCancel() {
        cancel.run();
    }
}
