/** Implementation details of core. Do not use directly: these types may change in any release. */
@NullMarked
package dk.borgerdialog.common.internal;

import org.jspecify.annotations.NullMarked;
