/**
 * Fresh databases for tests: in-memory H2 and an embedded PostgreSQL, shipped in the persistence
 * module's test-jar.
 */
@NullMarked
package dk.borgerdialog.persistence.testing;

import org.jspecify.annotations.NullMarked;
