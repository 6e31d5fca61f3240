/**
 * Relatives (pårørende) and proxies (fuldmagt, værgemål): people with their own identity whom a
 * citizen, or staff on a legal basis, lets act for the citizen within scopes and until an expiry.
 */
@NullMarked
package dk.borgerdialog.relative.model;

import org.jspecify.annotations.NullMarked;
