package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.madoguchi.lending.domain.model.NotebookArrangement;

/**
 * What happens to the borrower's own notebook at hand-over.
 *
 * @param arrangement deposited, left on at the desk, or not involved
 * @param assetTag    its asset tag, when deposited
 * @param storage     where it is kept, when deposited
 */
public record NotebookRequest(@NotNull NotebookArrangement arrangement, @Size(max = 40) String assetTag,
                              @Size(max = 200) String storage) {
}
