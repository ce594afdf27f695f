package io.fintechkg.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j database inside this JVM that listens for Bolt on 127.0.0.1, so that the driver, Spring Data Neo4j,
 * cypher-shell and Neo4j Browser all reach it exactly as they would reach a server. Authentication is off, which
 * is why it never listens on another interface.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts a database in {@code home}. Fails with Neo4j's own exception (its cause a file lock exception) when
     * another process holds the store.
     *
     * @param home          the Neo4j home; data and transaction logs go below it
     * @param boltPort      the port, {@code 0} for any free one
     * @param pageCacheSize page cache in bytes; set explicitly because Neo4j would otherwise size it from RAM
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheSize) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheSize)
                // without these, closing the Bolt server waits out Netty's default quiet period (~10 s)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .build();
        try {
            var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            return new EmbeddedNeo4j(service, URI.create("bolt://" + LOOPBACK + ":" + address.getPort()));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /** {@return where Bolt listens, e.g. {@code bolt://127.0.0.1:7687}} */
    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
