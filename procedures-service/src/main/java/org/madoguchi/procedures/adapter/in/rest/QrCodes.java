package org.madoguchi.procedures.adapter.in.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes of URLs, drawn by ZXing: PNG for screens, SVG (from the module matrix) for print. */
final class QrCodes {

    private QrCodes() {
    }

    /** A PNG of {@code size}×{@code size} pixels with a quiet zone of {@code margin} modules. */
    static byte[] png(String url, int size, int margin) {
        BitMatrix matrix = encode(url, size, margin);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG", e);
        }
        return png.toByteArray();
    }

    /**
     * An SVG of {@code size}×{@code size} pixels: one square per dark module, merged along rows into
     * one path, so it prints sharp at any scale.
     */
    static byte[] svg(String url, int size, int margin) {
        BitMatrix modules = encode(url, 0, margin);
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 " + width + " " + height + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /** A strong validator of one rendering: the same URL, format, size and margin give the same tag. */
    static String etag(String url, String format, int size, int margin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((url + "|" + format + "|" + size + "|" + margin).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static BitMatrix encode(String url, int size, int margin) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, margin);
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + url + " as a QR code", e);
        }
    }
}
