/**
 * The SDK's wiring and façade implementations. Do not use directly: these types may change in any
 * release. Use {@link dk.borgerdialog.Borgerdialog}.
 */
@NullMarked
package dk.borgerdialog.internal;

import org.jspecify.annotations.NullMarked;
