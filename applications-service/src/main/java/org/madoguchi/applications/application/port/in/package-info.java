/** Use cases of the E-applications context, as interfaces with self-validating command records. */
package org.madoguchi.applications.application.port.in;
