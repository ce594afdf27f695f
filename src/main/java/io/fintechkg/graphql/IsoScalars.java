package io.fintechkg.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The {@code Date} (yyyy-MM-dd) and {@code DateTime} (ISO-8601 with offset) scalars, written and read as strings. */
final class IsoScalars {

    static final GraphQLScalarType DATE = scalar("Date", LocalDate.class, LocalDate::parse, "2024-05-23");
    static final GraphQLScalarType DATE_TIME = scalar("DateTime", OffsetDateTime.class, OffsetDateTime::parse,
            "2024-05-23T09:30:00+08:00");

    private IsoScalars() {
    }

    private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parse,
            String example) {
        return GraphQLScalarType.newScalar().name(name).coercing(new IsoCoercing<>(name, type, parse, example)).build();
    }

    private record IsoCoercing<T>(String name, Class<T> type, Function<String, T> parse, String example)
            implements Coercing<T, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof ZonedDateTime zoned && type == OffsetDateTime.class) {
                return zoned.toOffsetDateTime().toString();
            }
            if (type.isInstance(value)) {
                return value.toString();
            }
            throw new CoercingSerializeException(name + " cannot hold a " + value.getClass().getSimpleName());
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(invalid(text));
                }
            }
            throw new CoercingParseValueException(name + " must be a string like " + example);
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                try {
                    return parse.apply(string.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(invalid(string.getValue()));
                }
            }
            throw new CoercingParseLiteralException(name + " must be a string like " + example);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private String invalid(String text) {
            return "'" + text + "' is not a " + name + " like " + example;
        }
    }
}
