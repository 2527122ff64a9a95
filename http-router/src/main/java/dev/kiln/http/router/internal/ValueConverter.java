package dev.kiln.http.router.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts one request string (a path segment, query value, header or cookie) to a parameter type.
 * Chosen once per parameter at build time.
 *
 * @param type the target type
 * @param expected what a valid value looks like, for error messages, e.g. {@code "an integer"}
 * @param parse the conversion; throws on an invalid value
 */
public record ValueConverter(Class<?> type, String expected, Function<String, Object> parse) {

    private static final Map<Class<?>, ValueConverter> CONVERTERS = Map.ofEntries(
            entry(String.class, "text", value -> value),
            entry(CharSequence.class, "text", value -> value),
            entry(int.class, "an integer", Integer::valueOf),
            entry(Integer.class, "an integer", Integer::valueOf),
            entry(long.class, "an integer", Long::valueOf),
            entry(Long.class, "an integer", Long::valueOf),
            entry(short.class, "an integer from -32768 to 32767", Short::valueOf),
            entry(Short.class, "an integer from -32768 to 32767", Short::valueOf),
            entry(byte.class, "an integer from -128 to 127", Byte::valueOf),
            entry(Byte.class, "an integer from -128 to 127", Byte::valueOf),
            entry(double.class, "a number", ValueConverter::parseDouble),
            entry(Double.class, "a number", ValueConverter::parseDouble),
            entry(float.class, "a number", value -> (float) parseDouble(value)),
            entry(Float.class, "a number", value -> (float) parseDouble(value)),
            entry(boolean.class, "true or false", ValueConverter::parseBoolean),
            entry(Boolean.class, "true or false", ValueConverter::parseBoolean),
            entry(char.class, "one character", ValueConverter::parseChar),
            entry(Character.class, "one character", ValueConverter::parseChar),
            entry(BigDecimal.class, "a decimal number", BigDecimal::new),
            entry(BigInteger.class, "an integer", BigInteger::new),
            entry(UUID.class, "a UUID", ValueConverter::parseUuid),
            entry(LocalDate.class, "an ISO-8601 date like 2026-01-31", LocalDate::parse),
            entry(LocalDateTime.class, "an ISO-8601 date-time like 2026-01-31T12:00:00", LocalDateTime::parse),
            entry(LocalTime.class, "an ISO-8601 time like 12:30:00", LocalTime::parse),
            entry(OffsetDateTime.class, "an ISO-8601 date-time with offset like 2026-01-31T12:00:00+01:00", OffsetDateTime::parse),
            entry(ZonedDateTime.class, "an ISO-8601 date-time with zone like 2026-01-31T12:00:00Z[UTC]", ZonedDateTime::parse),
            entry(Instant.class, "an ISO-8601 instant like 2026-01-31T12:00:00Z", Instant::parse),
            entry(Duration.class, "an ISO-8601 duration like PT15M", Duration::parse),
            entry(Year.class, "a year like 2026", Year::parse),
            entry(YearMonth.class, "a year and month like 2026-01", YearMonth::parse));

    /**
     * Returns the converter for a type.
     *
     * @param type the parameter type
     * @return the converter, or {@code null} when the type is not supported
     */
    public static ValueConverter forType(Class<?> type) {
        ValueConverter converter = CONVERTERS.get(type);
        if (converter != null) {
            return converter;
        }
        if (type.isEnum()) {
            return forEnum(type);
        }
        return null;
    }

    /**
     * Converts a value.
     *
     * @param value the request string
     * @return the converted value
     * @throws RuntimeException when the value is invalid
     */
    public Object convert(String value) {
        return parse.apply(value);
    }

    private static ValueConverter forEnum(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(constant -> ((Enum<?>) constant).name()).toList().toString();
        return new ValueConverter(type, "one of " + names, value -> {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("not a constant of " + type.getSimpleName());
        });
    }

    private static Map.Entry<Class<?>, ValueConverter> entry(Class<?> type, String expected, Function<String, Object> parse) {
        return Map.entry(type, new ValueConverter(type, expected, parse));
    }

    private static double parseDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (Double.isNaN(parsed) || Double.isInfinite(parsed) || value.endsWith("d") || value.endsWith("D")
                || value.endsWith("f") || value.endsWith("F")) {
            throw new NumberFormatException("not a finite decimal number");
        }
        return parsed;
    }

    private static Object parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static Object parseChar(String value) {
        if (value.length() != 1) {
            throw new IllegalArgumentException("not one character");
        }
        return value.charAt(0);
    }

    private static Object parseUuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }
}
