/** The announcement feed as RSS 2.0 and Atom 1.0, written with Rome. */
package org.madoguchi.notification.adapter.in.rest.feed;
