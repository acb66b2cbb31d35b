/** What the Notifications core needs from the outside world, named by capability. */
package org.madoguchi.notification.application.port.out;
