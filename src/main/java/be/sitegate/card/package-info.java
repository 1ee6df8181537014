/**
 * Reading Belgian eID cards for the kiosk.
 *
 * <p>Start-up: {@link be.sitegate.card.PcscLibrary#configure()} before anything touches smartcardio;
 * then a {@link be.sitegate.card.CardMonitor} over a {@link be.sitegate.card.TerminalSource}
 * ({@link be.sitegate.card.PcscTerminalSource} for real readers, {@code TerminalSource.of(
 * VirtualTerminals.withCard(profile))} for the demo) and an {@link be.sitegate.card.EidReader}
 * configured with {@link be.sitegate.card.EidReaderSettings} (trusted roots, clock, time limit).
 * The {@link be.sitegate.card.CardListener} receives {@link be.sitegate.card.CardStatus} codes and
 * one {@link be.sitegate.card.EidReadResult} per inserted card; the photo comes from
 * {@link be.sitegate.card.EidSession#readPhoto()} when the confirmation screen shows. Nothing in
 * this package throws to its callers: failures are {@link be.sitegate.card.ReadFailure} and
 * {@link be.sitegate.card.MonitorStatus} codes, authenticity is a
 * {@link be.sitegate.card.Verification}, and what the chip proved is the read card's
 * {@link be.sitegate.domain.ChipProof} (applet 1.8 cards are challenged once per
 * {@link be.sitegate.card.CardInsertion}).
 */
package be.sitegate.card;
