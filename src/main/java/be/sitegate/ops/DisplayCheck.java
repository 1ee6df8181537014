package be.sitegate.ops;

import java.util.Map;

/**
 * The kiosk's window needs a display (X11 or Wayland). From a shell (SSH, a text console) there is
 * often none, and that says nothing about the kiosk's own session: then it is only a warning.
 */
public final class DisplayCheck implements Check {

    private final Map<String, String> environment;
    private final boolean fromAShell;

    public DisplayCheck(Map<String, String> environment, boolean fromAShell) {
        this.environment = environment;
        this.fromAShell = fromAShell;
    }

    @Override
    public String name() {
        return "display";
    }

    @Override
    public CheckResult run() {
        String x11 = environment.get("DISPLAY");
        String wayland = environment.get("WAYLAND_DISPLAY");
        if (x11 != null && !x11.isBlank()) {
            return CheckResult.ok(name(), "X11 display " + x11);
        }
        if (wayland != null && !wayland.isBlank()) {
            return CheckResult.ok(name(), "Wayland display " + wayland);
        }
        String fix = "the kiosk runs in the graphical session of its user: start it there (the sitegate-kiosk"
                + " unit sets DISPLAY), or check that the display manager logs that user in automatically";
        return fromAShell
                ? CheckResult.warn(name(), "no DISPLAY or WAYLAND_DISPLAY in this shell (normal over SSH)", fix)
                : CheckResult.fail(name(), "no DISPLAY or WAYLAND_DISPLAY: the kiosk's window cannot open", fix);
    }
}
