/** SMS through an HTTP JSON gateway, sent with the JDK's {@link java.net.http.HttpClient}. */
@NullMarked
package dk.borgerdialog.messaging.sms;

import org.jspecify.annotations.NullMarked;
