package org.madoguchi.procedures.adapter.out.search;

import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CATEGORY;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CLOSES_AT;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CODE;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CODE_SORT;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CODE_WORDS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT_NAME;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT_NAME_EN;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT_WORDS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DESCRIPTION;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORM_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORM_KIND;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORM_OF;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.ID;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.KANA;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.NAME;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.NAME_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.OPENS_AT;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.READING_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.STATUS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.TEXT_GRAMS;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.domain.model.FormKind;

/**
 * What the index holds of a procedure, as Lucene documents: its texts as words and as character grams,
 * the reading of its name, the facts filters need, and the stored values a hit shows; and each published
 * form serving it, with its open period, as a document of the forms index.
 */
final class ProcedureDocuments {

    private final JapaneseAnalysis analysis;

    ProcedureDocuments(JapaneseAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The procedure's document. */
    Document procedure(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(ID, source.procedureId(), Field.Store.YES));
        doc.add(new StringField(CODE, source.code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CODE_SORT, new BytesRef(source.code())));
        doc.add(new TextField(CODE_WORDS, source.code(), Field.Store.NO));
        doc.add(new TextField(NAME, source.name(), Field.Store.YES));
        doc.add(new TextField(NAME_GRAMS, source.name(), Field.Store.NO));
        doc.add(new StoredField(KANA, source.kana()));
        doc.add(new TextField(READING_GRAMS, source.kana(), Field.Store.NO));
        doc.add(new TextField(READING_GRAMS, analysis.readingOf(source.name()), Field.Store.NO));
        doc.add(new TextField(CATEGORY, source.category(), Field.Store.YES));
        doc.add(new TextField(DESCRIPTION, source.description(), Field.Store.NO));
        doc.add(new TextField(DEPARTMENT_WORDS, source.departmentName() + " " + source.departmentNameEn(),
                Field.Store.NO));
        doc.add(new StringField(DEPARTMENT, source.departmentCode(), Field.Store.YES));
        doc.add(new StoredField(DEPARTMENT_NAME, source.departmentName()));
        doc.add(new StoredField(DEPARTMENT_NAME_EN, source.departmentNameEn()));
        for (String title : source.formTitles()) {
            doc.add(new TextField(FORMS, title, Field.Store.NO));
            doc.add(new TextField(FORM_GRAMS, title, Field.Store.NO));
        }
        doc.add(new TextField(TEXT_GRAMS, source.description(), Field.Store.NO));
        doc.add(new TextField(TEXT_GRAMS, source.category(), Field.Store.NO));
        doc.add(new TextField(TEXT_GRAMS, source.departmentName(), Field.Store.NO));
        doc.add(new StringField(STATUS, source.status().name(), Field.Store.YES));
        for (FormKind kind : source.formKinds()) {
            doc.add(new StringField(FORM_KIND, kind.name(), Field.Store.NO));
        }
        return doc;
    }

    /** The serving forms of a procedure as documents of the forms index. */
    List<Document> servingForms(SearchDocument source) {
        List<Document> documents = new ArrayList<>(source.servingForms().size());
        for (SearchDocument.ServingForm form : source.servingForms()) {
            Document doc = new Document();
            doc.add(new StringField(FORM_OF, source.procedureId(), Field.Store.YES));
            for (String title : form.titles()) {
                doc.add(new TextField(FORMS, title, Field.Store.NO));
                doc.add(new TextField(FORM_GRAMS, title, Field.Store.NO));
            }
            doc.add(new StringField(FORM_KIND, form.kind().name(), Field.Store.NO));
            doc.add(new LongPoint(OPENS_AT, form.opensAt() == null ? Long.MIN_VALUE : form.opensAt().toEpochMilli()));
            doc.add(new LongPoint(CLOSES_AT,
                    form.closesAt() == null ? Long.MAX_VALUE : form.closesAt().toEpochMilli()));
            documents.add(doc);
        }
        return documents;
    }
}
