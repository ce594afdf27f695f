package io.fintechkg.graphql;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and access rules of the GraphQL API ({@code kg.api.*}).
 *
 * @param maxDepth      deepest field nesting a query may have
 * @param maxComplexity the most a query may cost: every field costs 1 plus its children, times its {@code first}
 * @param maxPageSize   the largest {@code first} a list accepts
 * @param timeout       how long one query may run, in the database and overall
 * @param writeToken    the bearer token mutations need; without one, only localhost may write
 * @param corsOrigins   origins other than the server's own allowed to call {@code /graphql} from a browser
 */
@ConfigurationProperties("kg.api")
public record ApiProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") int maxComplexity,
        @DefaultValue("100") int maxPageSize, @DefaultValue("5s") Duration timeout, String writeToken,
        @DefaultValue List<String> corsOrigins) {
}
