/** Use cases of the LGWAN mobile PC lending context, as interfaces with self-validating command records. */
package org.madoguchi.lending.application.port.in;
