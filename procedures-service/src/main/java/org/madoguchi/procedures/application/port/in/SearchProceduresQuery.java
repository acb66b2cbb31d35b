package org.madoguchi.procedures.application.port.in;

/** 手続き検索: finds procedures by one query in Japanese, over names, readings, descriptions, departments and form titles. */
public interface SearchProceduresQuery {

    /** Runs the search as the viewer may: the public only finds procedures available online. */
    SearchResults search(ProcedureSearch search, Viewer viewer);
}
