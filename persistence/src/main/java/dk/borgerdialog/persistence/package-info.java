/**
 * The jOOQ persistence of Borgerdialog on H2 and PostgreSQL: start with {@link
 * dk.borgerdialog.persistence.JooqPersistence#create(javax.sql.DataSource)}.
 */
@NullMarked
package dk.borgerdialog.persistence;

import org.jspecify.annotations.NullMarked;
