/**
 * Information material as citizens see it: the Markdown of text items rendered to HTML that is safe
 * to put in a page.
 */
@NullMarked
package dk.borgerdialog.messaging.material;

import org.jspecify.annotations.NullMarked;
