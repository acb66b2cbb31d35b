/** Virus scanning adapter: the pass-through scanner in use until a real one is plugged in. */
package org.madoguchi.applications.adapter.out.scanning;
