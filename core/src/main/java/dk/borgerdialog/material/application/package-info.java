/** Use cases of information material: attaching and releasing items, reading and progress. */
@NullMarked
package dk.borgerdialog.material.application;

import org.jspecify.annotations.NullMarked;
