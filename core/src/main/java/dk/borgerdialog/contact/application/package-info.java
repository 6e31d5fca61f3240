/**
 * The use cases of Mine kontakter. Each checks access through {@code AccessControl} first, runs in
 * one transaction, and records its audit record, notices and change together.
 */
@NullMarked
package dk.borgerdialog.contact.application;

import org.jspecify.annotations.NullMarked;
