/**
 * The audit trail for people: the citizen's access log ("who has looked at my data", as on
 * sundhed.dk's Min log) and the verification of the trail's hash chain.
 */
@NullMarked
package dk.borgerdialog.audit.application;

import org.jspecify.annotations.NullMarked;
