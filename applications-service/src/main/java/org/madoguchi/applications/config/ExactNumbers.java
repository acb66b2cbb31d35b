package org.madoguchi.applications.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads JSON numbers with a fraction as {@link java.math.BigDecimal}, so that an answer of {@code 2.50} or
 * {@code 123456789012345.123456} is checked and kept exactly as the applicant wrote it, not rounded to a double.
 */
@Singleton
public class ExactNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
