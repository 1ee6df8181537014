/**
 * The client of the central presence-registration service (contract: {@code docs/central-api.md}).
 *
 * <p>Wiring: {@code new CentralClient(CentralConfig.of(url, trustedCas, TechnicalUser.fromPkcs12(...)), clock)};
 * a kiosk's configuration names the files ({@code be.sitegate.app.ProductionEnvironment} reads them).
 * Only the configured CA certificates are trusted; the technical user's key signs a private_key_jwt
 * assertion for each access token, and a refused token is renewed once per call. OkHttp never
 * retries on its own: the outbox owns retries. Every failure is a {@link be.sitegate.central.CentralException}
 * with a reason code for the UI; nothing here logs a national number, a password or a token.
 *
 * <p>Depends only on {@code be.sitegate.domain} and {@code be.sitegate.pki}.
 */
package be.sitegate.central;
