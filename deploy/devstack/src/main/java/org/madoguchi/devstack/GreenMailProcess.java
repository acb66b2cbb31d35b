package org.madoguchi.devstack;

/** The embedded stack's SMTP server: GreenMail's standalone jar as a child process on loopback. */
record GreenMailProcess(ChildProcess process, int smtpPort, int imapPort, int apiPort) implements MailRelay {

    @Override
    public String smtpHost() {
        return "127.0.0.1";
    }

    @Override
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    @Override
    public void close() {
        process.close();
    }
}
