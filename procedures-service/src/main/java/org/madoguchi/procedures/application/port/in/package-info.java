/** Use cases of the Procedure registry context, as interfaces with self-validating command records. */
package org.madoguchi.procedures.application.port.in;
