/** Use cases of relatives and proxies: granting, registering, revoking and listing access. */
@NullMarked
package dk.borgerdialog.relative.application;

import org.jspecify.annotations.NullMarked;
