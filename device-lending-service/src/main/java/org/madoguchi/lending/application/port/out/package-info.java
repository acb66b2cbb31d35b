/** What the LGWAN mobile PC lending core needs from the outside world, named by capability. */
package org.madoguchi.lending.application.port.out;
