package org.madoguchi.procedures.adapter.out.search;

/**
 * The fields of the two Lucene indexes: one document per procedure, and one per published form that
 * serves a procedure, with its open period (the public finds procedures through the forms open now only).
 */
final class ProcedureFields {

    static final String ID = "id";
    static final String CODE = "code";
    static final String CODE_SORT = "code_sort";
    static final String CODE_WORDS = "code_words";
    static final String NAME = "name";
    static final String NAME_GRAMS = "name_g";
    static final String KANA = "kana";
    static final String READING_GRAMS = "reading_g";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String DEPARTMENT_WORDS = "department";
    static final String DEPARTMENT = "dept";
    static final String DEPARTMENT_NAME = "dept_name";
    static final String DEPARTMENT_NAME_EN = "dept_name_en";
    static final String FORMS = "forms";
    static final String FORM_GRAMS = "forms_g";
    static final String TEXT_GRAMS = "text_g";
    static final String STATUS = "status";
    static final String FORM_KIND = "form_kind";
    /** In the forms index: the procedure a form serves. */
    static final String FORM_OF = "form_of";
    /** In the forms index: when a form opens and closes, as epoch milliseconds (unbounded: the extremes). */
    static final String OPENS_AT = "opens_at";
    static final String CLOSES_AT = "closes_at";

    private ProcedureFields() {
    }
}
