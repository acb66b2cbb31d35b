package org.madoguchi.e2e.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.devstack.ChildProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GreenMail ({@code greenmail-standalone}) as the real SMTP server notification-service sends to, as the devstack
 * runs it but on free ports; what it received is read back through its REST API.
 */
public final class MailServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildProcess process;
    private final int smtpPort;
    private final int apiPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MailServer(ChildProcess process, int smtpPort, int apiPort) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    /** Starts GreenMail with SMTP and its API on free loopback ports; any password works. */
    static MailServer start(Path jar, Path home, Path logFile) {
        int smtp = ChildProcess.freePort();
        int api = ChildProcess.freePort();
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtp,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + api,
                "-Dgreenmail.auth.disabled", "-jar", jar.toString()).directory(home.toFile());
        ChildProcess process = ChildProcess.start("greenmail", command, logFile);
        process.awaitHttpOk(URI.create("http://127.0.0.1:" + api + "/api/service/readiness"), Duration.ofSeconds(60));
        return new MailServer(process, smtp, api);
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** One message as GreenMail received it. */
    public record Mail(String subject, String mime) {
    }

    /** The messages in the inbox of an address, oldest first. */
    public List<Mail> inbox(String address) {
        URI uri = URI.create("http://127.0.0.1:" + apiPort + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX/");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<Mail> mails = new ArrayList<>();
            if (response.statusCode() != 200) {
                // no mailbox yet: nothing has arrived for the address
                return mails;
            }
            for (JsonNode message : JSON.readTree(response.body())) {
                mails.add(new Mail(message.path("subject").asText(), message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail of " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
