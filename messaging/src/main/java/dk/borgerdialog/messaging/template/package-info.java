/**
 * The texts of messages to people, in Danish and English: reminder SMS and e-mails.
 *
 * <p>Every text is neutral: it carries the time, the unit's neutral public name and a link to the
 * app, never the service, a CPR number or any health or social detail.
 */
@NullMarked
package dk.borgerdialog.messaging.template;

import org.jspecify.annotations.NullMarked;
