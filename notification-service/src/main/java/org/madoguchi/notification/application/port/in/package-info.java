/** Use cases of the Notifications context, as interfaces with self-validating command records. */
package org.madoguchi.notification.application.port.in;
