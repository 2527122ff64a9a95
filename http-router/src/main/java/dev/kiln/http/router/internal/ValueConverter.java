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
import java.util.UUID;

/**
 * Converts one request string (a path segment, query value, header or cookie) to a parameter type.
 * Chosen once per parameter at build time. (A switch rather than a table of lambdas: each lambda
 * class costs start-up time, and there are thirty of them.)
 *
 * @param type the target type
 * @param expected what a valid value looks like, for error messages, e.g. {@code "an integer"}
 * @param kind how to parse
 */
public record ValueConverter(Class<?> type, String expected, Kind kind) {

    /** How a value is parsed. */
    enum Kind {
        STRING, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BOOLEAN, CHAR, BIG_DECIMAL, BIG_INTEGER, UUID, LOCAL_DATE,
        LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT, DURATION, YEAR, YEAR_MONTH, ENUM
    }

    /**
     * Returns the converter for a type.
     *
     * @param type the parameter type
     * @return the converter, or {@code null} when the type is not supported
     */
    public static ValueConverter forType(Class<?> type) {
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList().toString();
            return new ValueConverter(type, "one of " + names, Kind.ENUM);
        }
        if (type == String.class || type == CharSequence.class) {
            return new ValueConverter(type, "text", Kind.STRING);
        }
        if (type == int.class || type == Integer.class) {
            return new ValueConverter(type, "an integer", Kind.INT);
        }
        if (type == long.class || type == Long.class) {
            return new ValueConverter(type, "an integer", Kind.LONG);
        }
        if (type == short.class || type == Short.class) {
            return new ValueConverter(type, "an integer from -32768 to 32767", Kind.SHORT);
        }
        if (type == byte.class || type == Byte.class) {
            return new ValueConverter(type, "an integer from -128 to 127", Kind.BYTE);
        }
        if (type == double.class || type == Double.class) {
            return new ValueConverter(type, "a number", Kind.DOUBLE);
        }
        if (type == float.class || type == Float.class) {
            return new ValueConverter(type, "a number", Kind.FLOAT);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new ValueConverter(type, "true or false", Kind.BOOLEAN);
        }
        if (type == char.class || type == Character.class) {
            return new ValueConverter(type, "one character", Kind.CHAR);
        }
        if (type == BigDecimal.class) {
            return new ValueConverter(type, "a decimal number", Kind.BIG_DECIMAL);
        }
        if (type == BigInteger.class) {
            return new ValueConverter(type, "an integer", Kind.BIG_INTEGER);
        }
        if (type == UUID.class) {
            return new ValueConverter(type, "a UUID", Kind.UUID);
        }
        if (type == LocalDate.class) {
            return new ValueConverter(type, "an ISO-8601 date like 2026-01-31", Kind.LOCAL_DATE);
        }
        if (type == LocalDateTime.class) {
            return new ValueConverter(type, "an ISO-8601 date-time like 2026-01-31T12:00:00", Kind.LOCAL_DATE_TIME);
        }
        if (type == LocalTime.class) {
            return new ValueConverter(type, "an ISO-8601 time like 12:30:00", Kind.LOCAL_TIME);
        }
        if (type == OffsetDateTime.class) {
            return new ValueConverter(type, "an ISO-8601 date-time with offset like 2026-01-31T12:00:00+01:00", Kind.OFFSET_DATE_TIME);
        }
        if (type == ZonedDateTime.class) {
            return new ValueConverter(type, "an ISO-8601 date-time with zone like 2026-01-31T12:00:00Z[UTC]", Kind.ZONED_DATE_TIME);
        }
        if (type == Instant.class) {
            return new ValueConverter(type, "an ISO-8601 instant like 2026-01-31T12:00:00Z", Kind.INSTANT);
        }
        if (type == Duration.class) {
            return new ValueConverter(type, "an ISO-8601 duration like PT15M", Kind.DURATION);
        }
        if (type == Year.class) {
            return new ValueConverter(type, "a year like 2026", Kind.YEAR);
        }
        if (type == YearMonth.class) {
            return new ValueConverter(type, "a year and month like 2026-01", Kind.YEAR_MONTH);
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
        return switch (kind) {
            case STRING -> value;
            case INT -> Integer.valueOf(value);
            case LONG -> Long.valueOf(value);
            case SHORT -> Short.valueOf(value);
            case BYTE -> Byte.valueOf(value);
            case DOUBLE -> parseDouble(value);
            case FLOAT -> (float) parseDouble(value);
            case BOOLEAN -> parseBoolean(value);
            case CHAR -> parseChar(value);
            case BIG_DECIMAL -> new BigDecimal(value);
            case BIG_INTEGER -> new BigInteger(value);
            case UUID -> parseUuid(value);
            case LOCAL_DATE -> LocalDate.parse(value);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(value);
            case LOCAL_TIME -> LocalTime.parse(value);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(value);
            case ZONED_DATE_TIME -> ZonedDateTime.parse(value);
            case INSTANT -> Instant.parse(value);
            case DURATION -> Duration.parse(value);
            case YEAR -> Year.parse(value);
            case YEAR_MONTH -> YearMonth.parse(value);
            case ENUM -> parseEnum(value);
        };
    }

    private Object parseEnum(String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("not a constant of " + type.getSimpleName());
    }

    private static double parseDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (Double.isNaN(parsed) || Double.isInfinite(parsed) || value.endsWith("d") || value.endsWith("D")
                || value.endsWith("f") || value.endsWith("F")) {
            throw new NumberFormatException("not a finite decimal number");
        }
        return parsed;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static Character parseChar(String value) {
        if (value.length() != 1) {
            throw new IllegalArgumentException("not one character");
        }
        return value.charAt(0);
    }

    private static java.util.UUID parseUuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return java.util.UUID.fromString(value);
    }
}
