package org.madoguchi.notification.application.port.out;

/** The {@link TemplatesContract} held against {@link WordingTemplates}, the wording the use-case tests use. */
class WordingTemplatesTest extends TemplatesContract {

    @Override
    protected Templates templates() {
        return new WordingTemplates();
    }
}
