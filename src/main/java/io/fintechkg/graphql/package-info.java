/** Stage 6: serves the graph through the GraphQL endpoint, GraphiQL and the explorer page. */
package io.fintechkg.graphql;
