/**
 * The demo portal: an HTTP JSON API and a citizen and a staff page over the SDK, on embedded H2
 * with demo data. Start it with {@link dk.borgerdialog.examples.portal.Portal#main(String[])}.
 *
 * <p>Sign-in is a demo person picker that stands in for MitID; a host replaces {@link
 * dk.borgerdialog.examples.portal.SignIn} with its own identity provider.
 */
@NullMarked
package dk.borgerdialog.examples.portal;

import org.jspecify.annotations.NullMarked;
