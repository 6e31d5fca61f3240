/**
 * Information material: texts, links and videos ("Vis Vej") attached to course templates or to one
 * course, the rules that release them along the course, and what each citizen has seen and
 * understood.
 */
@NullMarked
package dk.borgerdialog.material.model;

import org.jspecify.annotations.NullMarked;
