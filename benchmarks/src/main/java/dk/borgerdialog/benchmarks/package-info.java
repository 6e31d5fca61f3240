/**
 * Benchmarks of Borgerdialog: each compares one of our paths with a raw baseline doing the same
 * work on the same data in the same run, and reports the ratio; and the scale run on PostgreSQL.
 *
 * <p>Run the quick suite with {@code mvn -q -pl benchmarks -am package -DskipTests exec:java}, and
 * the full suite (with the scale run) by adding {@code -Dbench.suite=full}. See docs/BENCHMARKS.md.
 */
@NullMarked
package dk.borgerdialog.benchmarks;

import org.jspecify.annotations.NullMarked;
