// The explorer's only data source: the GraphQL endpoint of this server.

export class GraphQlError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

/** Posts one operation to /graphql and returns its data, throwing on GraphQL or HTTP errors. */
export async function graphql(query, variables = {}, { signal } = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`GraphQL endpoint answered ${response.status} without JSON`);
  }
  if (body.errors && body.errors.length > 0) throw new GraphQlError(body.errors);
  if (!response.ok) throw new Error(`GraphQL endpoint answered ${response.status}`);
  return body.data;
}

/** Where to reach the graph with Cypher; null when the server does not say. */
export async function serverInfo() {
  try {
    const response = await fetch('/api/info', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
