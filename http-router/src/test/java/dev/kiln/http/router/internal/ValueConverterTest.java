package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueConverterTest {

    enum Size { SMALL, LARGE }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of(String.class, "a b", "a b", null),
                Arguments.of(int.class, "-42", -42, "4.2"),
                Arguments.of(Integer.class, "7", 7, "2147483648"),
                Arguments.of(long.class, "9000000000", 9_000_000_000L, "x"),
                Arguments.of(Long.class, "1", 1L, ""),
                Arguments.of(short.class, "123", (short) 123, "40000"),
                Arguments.of(Short.class, "-1", (short) -1, "1.0"),
                Arguments.of(byte.class, "127", (byte) 127, "128"),
                Arguments.of(Byte.class, "0", (byte) 0, "b"),
                Arguments.of(double.class, "2.5", 2.5, "Infinity"),
                Arguments.of(Double.class, "-0.5", -0.5, "1d"),
                Arguments.of(float.class, "1.5", 1.5f, "NaN"),
                Arguments.of(Float.class, "3", 3.0f, "three"),
                Arguments.of(boolean.class, "TRUE", true, "1"),
                Arguments.of(Boolean.class, "false", false, "no"),
                Arguments.of(char.class, "x", 'x', "xy"),
                Arguments.of(Character.class, "é", 'é', ""),
                Arguments.of(BigDecimal.class, "10.01", new BigDecimal("10.01"), "10,01"),
                Arguments.of(BigInteger.class, "123456789012345678901234567890", new BigInteger("123456789012345678901234567890"), "1e3"),
                Arguments.of(UUID.class, "3f2504e0-4f89-11d3-9a0c-0305e82c3301", UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "1-2-3-4-5"),
                Arguments.of(LocalDate.class, "2026-01-31", LocalDate.of(2026, 1, 31), "31.01.2026"),
                Arguments.of(LocalDateTime.class, "2026-01-31T12:00", LocalDateTime.of(2026, 1, 31, 12, 0), "2026-01-31"),
                Arguments.of(LocalTime.class, "12:30", LocalTime.of(12, 30), "25:00"),
                Arguments.of(OffsetDateTime.class, "2026-01-31T12:00+01:00", OffsetDateTime.parse("2026-01-31T12:00+01:00"), "2026-01-31T12:00"),
                Arguments.of(ZonedDateTime.class, "2026-01-31T12:00Z[UTC]", ZonedDateTime.parse("2026-01-31T12:00Z[UTC]"), "noon"),
                Arguments.of(Instant.class, "2026-01-31T12:00:00Z", Instant.parse("2026-01-31T12:00:00Z"), "2026-01-31"),
                Arguments.of(Duration.class, "PT15M", Duration.ofMinutes(15), "15m"),
                Arguments.of(Year.class, "2026", Year.of(2026), "MMXXVI"),
                Arguments.of(YearMonth.class, "2026-02", YearMonth.of(2026, 2), "2026-13"),
                Arguments.of(Size.class, "large", Size.LARGE, "medium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void convertsValidValuesAndRejectsInvalidOnes(Class<?> type, String valid, Object expected, String invalid) {
        ValueConverter converter = ValueConverter.forType(type);
        assertEquals(expected, converter.convert(valid));
        if (invalid != null) {
            assertThrows(RuntimeException.class, () -> converter.convert(invalid), type + " accepted '" + invalid + "'");
        }
    }

    @Test
    void namesTheEnumConstantsInItsExpectation() {
        assertEquals("one of [SMALL, LARGE]", ValueConverter.forType(Size.class).expected());
    }

    @Test
    void hasNoConverterForOtherTypes() {
        assertNull(ValueConverter.forType(List.class));
        assertNull(ValueConverter.forType(Object.class));
    }
}
