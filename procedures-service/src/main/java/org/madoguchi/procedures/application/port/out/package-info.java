/** What the Procedure registry core needs from the outside world, named by capability. */
package org.madoguchi.procedures.application.port.out;
