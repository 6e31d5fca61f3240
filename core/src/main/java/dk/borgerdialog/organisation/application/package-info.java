/** Setting up the organisation: municipalities, centres, units, staff, citizens and templates. */
@NullMarked
package dk.borgerdialog.organisation.application;

import org.jspecify.annotations.NullMarked;
