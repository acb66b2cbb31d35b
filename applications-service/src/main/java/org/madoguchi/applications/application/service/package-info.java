/** Implementations of the use cases; transactions start here. */
package org.madoguchi.applications.application.service;
