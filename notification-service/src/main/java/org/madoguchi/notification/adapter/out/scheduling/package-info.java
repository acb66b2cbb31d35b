/** Wake-ups of the background work, fired in the business transaction and acted on after it commits. */
package org.madoguchi.notification.adapter.out.scheduling;
