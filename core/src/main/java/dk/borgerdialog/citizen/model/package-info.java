/** The citizen the dialog is for: the host's reference, an optional CPR number, language, zone. */
@NullMarked
package dk.borgerdialog.citizen.model;

import org.jspecify.annotations.NullMarked;
