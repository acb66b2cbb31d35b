package org.madoguchi.lending.adapter.in.rest;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.UsageRule;

/**
 * 貸出: what the desk records at hand-over.
 *
 * @param notebook          the borrower's own notebook
 * @param kit               the items handed over
 * @param disinfected       whether the device was disinfected
 * @param operationChecked  whether the ~30-minute operation check was done
 * @param rulesAcknowledged the usage rules the borrower acknowledged
 */
public record HandOverDeviceRequest(@NotNull @Valid NotebookRequest notebook, @NotNull Set<KitItem> kit,
                                    boolean disinfected, boolean operationChecked,
                                    @NotNull Set<UsageRule> rulesAcknowledged) {
}
