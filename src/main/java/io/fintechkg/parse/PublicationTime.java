package io.fintechkg.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the publication times news pages write: RFC 1123 ({@code Tue, 27 Jul 2021 10:58:44 GMT}), ISO 8601 with or
 * without a time, and Chinese dates ({@code 2021年07月27日 18:58}).
 *
 * <p>A date without a time becomes midnight UTC, so that its calendar date survives in any zone. A date and time
 * without a zone is taken as China Standard Time, where the news sites we read publish.
 */
final class PublicationTime {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .appendLiteral(' ').appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalEnd()
            .toFormatter();

    private PublicationTime() {
    }

    /** {@return the instant {@code text} names, or {@code null} when it is blank or in no format we know} */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (Character.isLetter(value.charAt(0))) {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
            if (value.indexOf('T') > 0) {
                return isoDateTime(value);
            }
            return local(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant isoDateTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value).atZone(CHINA).toInstant();
        }
    }

    private static Instant local(String value) {
        // 2021年07月27日 18:58 and 2021/7/27 read the same way as 2021-07-27 18:58.
        String normalised = value.replace('年', '-').replace('月', '-').replace('日', ' ').replace('/', '-')
                .replaceAll("\\s+", " ").strip();
        TemporalAccessor parsed = LOCAL.parseBest(normalised, LocalDateTime::from, LocalDate::from);
        if (parsed instanceof LocalDateTime dateTime) {
            return dateTime.atZone(CHINA).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
