/**
 * Mit netværk: organisers, activities and communities in the local area, their occurrences, signups
 * with capacity and a waiting list, staff suggestions and the citizen's interests.
 */
@NullMarked
package dk.borgerdialog.network.model;

import org.jspecify.annotations.NullMarked;
