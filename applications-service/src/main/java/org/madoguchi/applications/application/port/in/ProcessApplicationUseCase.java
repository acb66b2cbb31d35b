package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Application;

/**
 * Staff of the owning department move an application on: 受付, 審査開始, 完了, 却下 or 差戻し, each with who,
 * when and a comment; two members of staff acting at once cannot overwrite each other.
 */
public interface ProcessApplicationUseCase {

    Application process(ProcessApplicationCommand command);
}
