package org.madoguchi.applications.application.port.in;

/**
 * 情報政策課 puts a form under a usage category (taking it out of any other), so that its live figures are
 * counted as a breakdown row of the category, as the imported figures are. A form not known here yet may be
 * assigned: the category applies as soon as its applications come in.
 */
public interface AssignFormToCategoryUseCase {

    void assign(AssignFormToCategoryCommand command);
}
