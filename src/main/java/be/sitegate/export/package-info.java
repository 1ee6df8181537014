/**
 * Documents for an inspector and for the site: the attendance of a day or a period as CSV and as a
 * PDF report, and the workplace poster with its QR code. Plain data in (registrations, events, the
 * workplace, the period), files out, written to a folder the admin chooses (a USB stick is a folder)
 * by an {@link be.sitegate.export.ExportJob} that runs on an executor it is given, reports its
 * progress and can be cancelled, so the worker's screen never waits for it.
 *
 * <p>Depends on the domain, the JDK, PDFBox and ZXing only; its texts are its own small bundles
 * ({@code labels_*.properties}), so a report is in the language asked for, whatever the screen shows.
 */
package be.sitegate.export;
