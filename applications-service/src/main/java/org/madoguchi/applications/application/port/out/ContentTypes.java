package org.madoguchi.applications.application.port.out;

import java.io.InputStream;

/**
 * Tells what a file is from its bytes alone (its name and the type its sender claimed are not trusted): a file
 * named {@code .pdf} that is a PNG is a PNG.
 */
public interface ContentTypes {

    /**
     * The media type of the content, e.g. {@code image/png}, {@code text/plain}; {@code application/octet-stream}
     * when nothing is recognised. Reads only as much of the stream as it needs; the caller closes it.
     */
    String detect(InputStream content);
}
