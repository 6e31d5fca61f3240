/**
 * The Borgerdialog SDK: start it with {@link dk.borgerdialog.Borgerdialog#builder()}, then act as
 * an authenticated actor with {@link dk.borgerdialog.Borgerdialog#as}.
 */
@NullMarked
package dk.borgerdialog;

import org.jspecify.annotations.NullMarked;
