/** Content adapter: what a file is, told from its bytes (Apache Tika core). */
package org.madoguchi.applications.adapter.out.content;
