/**
 * The shape of refusals that every service's domain shares: {@link org.madoguchi.platform.failure.DomainFailure}
 * and input {@link org.madoguchi.platform.failure.Violation}s. JDK only, so that domain packages may depend on it;
 * the REST layer of the platform words them as problems.
 */
package org.madoguchi.platform.failure;
