/** What the E-applications core needs from the outside world, named by capability. */
package org.madoguchi.applications.application.port.out;
