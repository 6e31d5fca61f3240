/**
 * For hosts that use Guice: a module that exposes a started {@link dk.borgerdialog.Borgerdialog}.
 */
@NullMarked
package dk.borgerdialog.guice;

import org.jspecify.annotations.NullMarked;
