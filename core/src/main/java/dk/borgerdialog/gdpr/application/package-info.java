/** Use cases of the data subject's rights: export (Art. 15 and 20) and erasure (Art. 17). */
@NullMarked
package dk.borgerdialog.gdpr.application;

import org.jspecify.annotations.NullMarked;
