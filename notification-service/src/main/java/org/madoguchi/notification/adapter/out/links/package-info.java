/** Signed links: the one-click unsubscribe tokens of emails. */
package org.madoguchi.notification.adapter.out.links;
