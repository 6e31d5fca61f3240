/**
 * Personal data under the GDPR: the small SPI through which every capability exports and erases
 * what it holds about a citizen.
 */
@NullMarked
package dk.borgerdialog.gdpr.model;

import org.jspecify.annotations.NullMarked;
