package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoScalarsTest {

    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void datesAreWrittenAndReadAsIsoDays() {
        var coercing = IsoScalars.DATE.getCoercing();
        assertThat(coercing.serialize(LocalDate.of(2021, 7, 8), context, Locale.ROOT)).isEqualTo("2021-07-08");
        assertThat(coercing.parseValue("2021-07-08", context, Locale.ROOT)).isEqualTo(LocalDate.of(2021, 7, 8));
        assertThat(coercing.parseLiteral(StringValue.of("2021-07-08"), CoercedVariables.emptyVariables(), context,
                Locale.ROOT)).isEqualTo(LocalDate.of(2021, 7, 8));
    }

    @Test
    void dateTimesKeepTheirOffset() {
        var coercing = IsoScalars.DATE_TIME.getCoercing();
        var shanghai = ZonedDateTime.of(2021, 7, 8, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        assertThat(coercing.serialize(shanghai, context, Locale.ROOT)).isEqualTo("2021-07-08T09:30+08:00");
        assertThat(coercing.parseValue("2021-07-08T09:30:00+08:00", context, Locale.ROOT))
                .isEqualTo(OffsetDateTime.parse("2021-07-08T09:30+08:00"));
    }

    @Test
    void refusesWhatIsNotAnIsoDate() {
        var coercing = IsoScalars.DATE.getCoercing();
        assertThatThrownBy(() -> coercing.parseValue("2021/07/08", context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("2021/07/08");
        assertThatThrownBy(() -> coercing.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(),
                context, Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }
}
