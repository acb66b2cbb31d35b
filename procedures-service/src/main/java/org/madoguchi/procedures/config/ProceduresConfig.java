package org.madoguchi.procedures.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the procedure registry ({@code madoguchi.procedures.*}). */
@ConfigMapping(prefix = "madoguchi.procedures")
public interface ProceduresConfig {

    /** The city's time zone: it decides what "today" is for completion dates and fiscal years. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();

    Forms forms();

    Import csvImport();

    Seed seed();

    /** How long the start-up rebuild of the search index may take. */
    @WithDefault("30m")
    Duration indexRebuildTimeout();

    /** Forms (様式). */
    interface Forms {

        /** Base of the public URL of a form; the form id is appended, e.g. {@code https://city.example.jp/forms/}. */
        @WithDefault("http://localhost:8080/forms/")
        URI publicBaseUrl();

        /** Largest QR code, in pixels, that may be asked for. */
        @WithDefault("2000")
        int qrMaxSize();
    }

    /** CSV import. */
    interface Import {

        /** Largest file accepted, in bytes. */
        @WithDefault("5242880")
        int maxBytes();

        /** Most lines accepted in one file. */
        @WithDefault("20000")
        int maxRows();

        /** How long the one transaction of an import may take. */
        @WithDefault("10m")
        Duration timeout();
    }

    /** Seed data loaded at start-up when missing (class-path resources or files). */
    interface Seed {

        /** Whether seed data is loaded at all. */
        @WithDefault("true")
        boolean enabled();

        /** Departments: CSV {@code code,name,name_en,division}; empty for none. */
        Optional<String> departments();

        /** Printed progress tables: CSV {@code fiscal_year,department,planned,completed,revised,contents,note}. */
        Optional<String> publishedProgress();

        /** Printed numbers of online procedures: CSV {@code label,as_of,online_procedures,note}. */
        Optional<String> publishedOnlineCounts();
    }
}
