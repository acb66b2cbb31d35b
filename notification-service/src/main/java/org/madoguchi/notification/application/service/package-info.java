/** Implementations of the use cases; transactions start here. */
package org.madoguchi.notification.application.service;
