package be.sitegate.ops;

/** The Java runtime is 17 or newer and JavaFX is on the class path (the kiosk's window needs both). */
public final class JavaRuntimeCheck implements Check {

    static final String JAVAFX_CLASS = "javafx.application.Platform";
    private final String javafxClass;

    public JavaRuntimeCheck() {
        this(JAVAFX_CLASS);
    }

    /** With another class to load in JavaFX's place: lets a test see what a missing JavaFX reports. */
    JavaRuntimeCheck(String javafxClass) {
        this.javafxClass = javafxClass;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public CheckResult run() {
        Runtime.Version version = Runtime.version();
        String java = "Java " + version + " (" + System.getProperty("java.vendor", "?") + ")";
        if (version.feature() < 17) {
            return CheckResult.fail(name(), java + " is older than 17",
                    "install openjdk-17-jre (apt-get install openjdk-17-jre-headless) and start SiteGate with it");
        }
        try {
            Class<?> fx = Class.forName(javafxClass, false, JavaRuntimeCheck.class.getClassLoader());
            String fxVersion = fx.getPackage() == null || fx.getPackage().getImplementationVersion() == null
                    ? "present" : fx.getPackage().getImplementationVersion();
            return CheckResult.ok(name(), java + ", JavaFX " + fxVersion);
        } catch (ClassNotFoundException | LinkageError e) {
            return CheckResult.fail(name(), java + ", but JavaFX is missing (" + javafxClass + " not found)",
                    "start SiteGate with its jar and its lib/ folder side by side (java -jar sitegate.jar), or"
                            + " reinstall the sitegate package");
        }
    }
}
