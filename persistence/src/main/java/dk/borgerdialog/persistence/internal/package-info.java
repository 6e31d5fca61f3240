/**
 * Implementation details of the persistence module: the jOOQ adapters of core's ports, their
 * transaction scope and reference-data caches. Do not use directly: these types may change in any
 * release; obtain the ports from {@link dk.borgerdialog.persistence.JooqPersistence}.
 */
@NullMarked
package dk.borgerdialog.persistence.internal;

import org.jspecify.annotations.NullMarked;
