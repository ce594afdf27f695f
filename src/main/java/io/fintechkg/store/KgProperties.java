package io.fintechkg.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code kg.*}). They matter only for the embedded database: with
 * {@code spring.neo4j.uri} set, the graph lives on that server and neither data directory nor Bolt port is used.
 *
 * @param dataDir where the embedded database keeps its files
 * @param bolt    the embedded database's Bolt connector
 * @param samples what to do with the bundled sample articles
 */
@ConfigurationProperties("kg")
public record KgProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Bolt bolt, @DefaultValue Samples samples) {

    /** @param port the Bolt port on 127.0.0.1; {@code 0} picks a free one */
    public record Bolt(@DefaultValue("7687") int port) {
    }

    /** @param loadOnEmpty whether the first start with an empty graph ingests the samples in {@code classpath:samples/} */
    public record Samples(@DefaultValue("true") boolean loadOnEmpty) {
    }
}
