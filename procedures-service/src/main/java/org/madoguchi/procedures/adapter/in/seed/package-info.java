/** Start-up: loads the configured seed data when missing, then builds the search index. */
package org.madoguchi.procedures.adapter.in.seed;
