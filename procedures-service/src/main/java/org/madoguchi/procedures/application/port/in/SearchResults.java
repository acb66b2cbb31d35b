package org.madoguchi.procedures.application.port.in;

import java.util.List;

import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * A page of search results, best first.
 *
 * @param total how many procedures match in all
 * @param hits  this page's matches
 */
public record SearchResults(long total, List<Hit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * One match.
     *
     * @param procedureId      the procedure's id
     * @param code             its code
     * @param name             its name
     * @param kana             its reading
     * @param category         its category
     * @param departmentCode   its department's code
     * @param departmentName   its department's name
     * @param departmentNameEn its department's English name
     * @param status           its status
     * @param score            how well it matches (higher is better; 0 without query text)
     */
    public record Hit(String procedureId, String code, String name, String kana, String category,
            String departmentCode, String departmentName, String departmentNameEn, StatusKind status, float score) {
    }
}
