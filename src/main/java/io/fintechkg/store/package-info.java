/** Stage 5: the Neo4j graph: embedded database, schema migrations, writing resolved articles and reading the graph back. */
package io.fintechkg.store;
