/**
 * The municipality's organisation: municipality (the tenant), centres, units with their booking
 * rules, and staff members with roles in units.
 */
@NullMarked
package dk.borgerdialog.organisation.model;

import org.jspecify.annotations.NullMarked;
