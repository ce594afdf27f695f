package io.fintechkg.store;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date at start-up with the {@code V*.cypher} files of {@code cypher/migrations}, which
 * the build copies into the jar. neo4j-migrations records what it applied in the graph, so a second start applies
 * nothing. Every bean that writes or reads the graph depends on this one, so nothing touches an unmigrated schema.
 */
@Component
public final class SchemaMigrations {

    static final String LOCATION = "classpath:cypher/migrations";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final MigrationVersion version;

    public SchemaMigrations(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(SchemaMigrations::scan)
                .withPackagesToScan()
                .build();
        this.version = new Migrations(config, driver).apply().orElse(null);
        log.info("Graph schema at version {}", version == null ? "none" : version.getValue());
    }

    /** {@return the schema version now in the database} */
    public String version() {
        return version == null ? "" : version.getValue();
    }

    /**
     * Finds the migration files through Spring's resolver, which reads nested jars of a Boot fat jar as well as a
     * classes folder.
     */
    private static List<URL> scan(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
        var urls = new ArrayList<URL>();
        try {
            for (String location : locations) {
                String path = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
                for (Resource resource : resolver.getResources("classpath*:" + path + "/*.cypher")) {
                    urls.add(resource.getURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the schema migrations", e);
        }
        return urls;
    }
}
