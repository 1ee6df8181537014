#!/bin/sh
# Regenerates the kiosk screenshots: every screen, on in-memory fakes, per screen size and language.
# Needs xvfb-run and libgtk-3-0 (real GTK glass under Xvfb, not Monocle). Run from the project root.
set -eu
LANGUAGES="${LANGUAGES:-nl,pl}"
for SIZE in 1024x768 1280x800 1920x1080; do
  rm -rf "docs/screens/$SIZE"
  xvfb-run -a -s "-screen 0 ${SIZE}x24" \
    mvn -q -o test -Dtest='ScreenshotTour,BadgeScreenshotTour' -Dsurefire.failIfNoSpecifiedTests=false \
      -Dsitegate.screenshots=docs/screens -Dsitegate.screen="$SIZE" -Dsitegate.languages="$LANGUAGES"
done
# The attendance report's pages (PDFBox renders them; no display needed).
rm -rf docs/screens/exports
mvn -q -o test -Dtest='ReportPictures' -Dsurefire.failIfNoSpecifiedTests=false -Dsitegate.screenshots=docs/screens
