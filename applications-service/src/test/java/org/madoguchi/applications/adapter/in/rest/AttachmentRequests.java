package org.madoguchi.applications.adapter.in.rest;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the attachment API tests do again and again: publish a form, upload over HTTP, count what is stored. */
final class AttachmentRequests {

    private AttachmentRequests() {
    }

    /** Publishes the form in the service's catalogue, as a form-published event would. */
    static void publish(FormCatalogue catalogue, Form form) {
        QuarkusTransaction.requiringNew().run(() -> catalogue.publish(form, Instant.now()));
    }

    /** A request as that caller ({@code null}: anonymous). */
    static RequestSpecification as(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    /** Uploads the bytes for a field, naming the file in Content-Disposition (RFC 8187). */
    static Response upload(String token, Form form, String field, String fileName, byte[] content) {
        return as(token).contentType("application/octet-stream")
                .header("Content-Disposition", ContentDispositions.attachment(fileName))
                .queryParam("field", field)
                .body(content)
                .post("/api/v1/forms/{formId}/attachments", form.id().value())
                .then().extract().response();
    }

    /** Uploads as {@link #upload} and returns the id of the accepted upload. */
    static String uploaded(String token, Form form, String field, String fileName, byte[] content) {
        return upload(token, form, field, fileName, content).then().statusCode(201).extract().path("id");
    }

    /** What the database holds of uploads: large objects, content rows, records. */
    record Stored(long largeObjects, long contents, long records) {

        static Stored in(DataSource dataSource) {
            return new Stored(count(dataSource, "pg_largeobject_metadata"), count(dataSource, "attachment_content"),
                    count(dataSource, "attachment"));
        }

        private static long count(DataSource dataSource, String table) {
            try (Connection connection = dataSource.getConnection(); Statement count = connection.createStatement();
                    ResultSet result = count.executeQuery("select count(*) from " + table)) {
                result.next();
                return result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
