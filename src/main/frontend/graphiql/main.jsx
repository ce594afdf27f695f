// GraphiQL bundled from npm so that /graphiql works offline; Spring's own GraphiQL page loads a CDN.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

const defaultQuery = `# 金融数据港 and what the news says about it
query {
  entity(name: "金融数据港") {
    name
    type
    aliases
    relations(first: 10) {
      totalCount
      edges {
        node {
          type
          source { name }
          target { name }
          confidence
        }
      }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />,
);
