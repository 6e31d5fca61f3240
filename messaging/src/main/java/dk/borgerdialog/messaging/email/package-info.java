/** E-mail over SMTP with Jakarta Mail (Eclipse Angus). */
@NullMarked
package dk.borgerdialog.messaging.email;

import org.jspecify.annotations.NullMarked;
