/** The seed inventory an empty store starts with, read from a class-path CSV. */
package org.madoguchi.lending.adapter.out.seed;
