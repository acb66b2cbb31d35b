package org.madoguchi.notification.application.port.out;

import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;

/** The {@link DirectoryContract} held against {@link InMemoryDirectory}, the directory of the tests. */
class InMemoryDirectoryTest extends DirectoryContract {

    @Override
    protected Directory directoryWith(DirectoryEntry desk, DirectoryEntry infoPolicy, String site) {
        return new InMemoryDirectory().add(desk, new Addressee.SiteDesk(site)).add(infoPolicy, new Addressee.InformationPolicy());
    }
}
