package org.madoguchi.applications.application.port.out;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.AttachmentType;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormKind;

/** Real sample files made on the spot, forms with attachment fields and uploads, for the attachment tests. */
public final class AttachmentExamples {

    /** The department that owns the example forms. */
    public static final DepartmentCode DEPARTMENT = new DepartmentCode("kenko-kosodate");
    /** The attachment field for photographs. */
    public static final String PHOTOS = "photos";
    /** The attachment field for documents. */
    public static final String DOCUMENTS = "documents";
    /** A text field. */
    public static final String NAME = "name";
    /** The text the in-memory scanner refuses, standing in for a virus signature. */
    public static final String REFUSED_MARKER = "MADOGUCHI-TEST-SIGNATURE-REFUSE-ME";

    private AttachmentExamples() {
    }

    /** A small PNG image, drawn and encoded by {@link ImageIO}. */
    public static byte[] png() {
        return image("png");
    }

    /** A small JPEG photograph, drawn and encoded by {@link ImageIO}. */
    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** A minimal one-page PDF document. */
    public static byte[] pdf() {
        return pdfWith("申請書");
    }

    /** A PDF that carries the marker the in-memory scanner refuses. */
    public static byte[] pdfTheScannerRefuses() {
        return pdfWith(REFUSED_MARKER);
    }

    /** Plain UTF-8 text, as a text file renamed {@code .pdf} would be. */
    public static byte[] text() {
        return "これは申請書ではありません。\nJust some plain text, whatever the file is called.\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Linux executable (ELF, 64-bit, little-endian), as an executable renamed {@code .pdf} would be. */
    public static byte[] linuxExecutable() {
        byte[] elf = new byte[256];
        byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0 };
        System.arraycopy(header, 0, elf, 0, header.length);
        return elf;
    }

    /** The start of a Windows executable (MZ and PE headers), as an executable renamed {@code .pdf} would be. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] dosStub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(dosStub, 0, exe, 0x4e, dosStub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** The file followed by zero bytes up to {@code size} bytes in all (what follows the end of a PNG is ignored). */
    public static byte[] padded(byte[] file, int size) {
        if (size < file.length) {
            throw new IllegalArgumentException("the file is larger than " + size + " bytes already");
        }
        return Arrays.copyOf(file, size);
    }

    /** The SHA-256 digest of the bytes, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /**
     * A published, open form of {@link #DEPARTMENT} with a text field {@link #NAME} and the attachment fields
     * {@link #PHOTOS} and {@link #DOCUMENTS}, none required.
     */
    public static Form form(FormId id, boolean acceptsAnonymous, AttachmentLimits limits) {
        return new Form(id, 1, acceptsAnonymous ? FormKind.SURVEY : FormKind.PROCEDURE, DEPARTMENT, "児童手当 認定請求書",
                "Child allowance claim", List.of(
                        field(NAME, "氏名", FieldType.TEXT),
                        field(PHOTOS, "写真", FieldType.ATTACHMENT),
                        field(DOCUMENTS, "添付書類", FieldType.ATTACHMENT)),
                acceptsAnonymous, null, null, OptionalInt.empty(), Optional.of(limits), false);
    }

    /** A new form id. */
    public static FormId newFormId() {
        return new FormId(UUID.randomUUID());
    }

    /** An unclaimed upload of a small PNG. */
    public static Attachment upload(FormId form, String field, Optional<String> uploader, Instant at) {
        return new Attachment(AttachmentId.random(), form, field, uploader, "写真.png", AttachmentType.PNG, 1234,
                sha256(png()), at, Optional.empty());
    }

    private static FormField field(String key, String label, FieldType type) {
        return new FormField(key, label, null, type, false, null, null, null, List.of());
    }

    private static byte[] pdfWith(String text) {
        String body = "%PDF-1.4\n"
                + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
                + "% " + text + "\n"
                + "trailer <</Root 1 0 R>>\n"
                + "%%EOF\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, new Color(x * 15, y * 20, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
