package org.madoguchi.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The summary of a run as two files under {@code target/}: Markdown to read, JSON to compare runs by machine. */
public final class SummaryFiles {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private SummaryFiles() {
    }

    /** Writes {@code <name>.md} and {@code <name>.json} into the directory and returns the two paths. */
    public static Path[] write(Path directory, String name, String markdown, Object summary) {
        try {
            Files.createDirectories(directory);
            Path md = directory.resolve(name + ".md");
            Path json = directory.resolve(name + ".json");
            Files.writeString(md, markdown, StandardCharsets.UTF_8);
            JSON.writeValue(json.toFile(), summary);
            return new Path[] { md, json };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary into " + directory, e);
        }
    }
}
