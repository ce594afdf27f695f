// Bundles the explorer (/) and GraphiQL (/graphiql) into the jar's static resources.
// Everything a page loads is written here, so nothing is fetched from a CDN at run time.
import { build } from 'esbuild';
import { checkQueries } from './check-queries.mjs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.find((a) => a.startsWith('--outdir='));
const outdir = outArg ? resolve(outArg.slice('--outdir='.length)) : resolve(here, '../../../target/classes/static');

const common = {
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['es2022'],
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

const checked = await checkQueries(resolve(here, '../../../graphql-schema/schema.graphqls'));
console.log(`${checked} explorer queries match the GraphQL schema`);

await rm(resolve(outdir, 'explorer'), { recursive: true, force: true });
await rm(resolve(outdir, 'graphiql'), { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  ...common,
  entryPoints: { 'explorer/explorer': resolve(here, 'explorer/main.js') },
  outdir,
});
await cp(resolve(here, 'explorer/style.css'), resolve(outdir, 'explorer/style.css'));
await cp(resolve(here, 'explorer/index.html'), resolve(outdir, 'index.html'));

await build({
  ...common,
  entryPoints: { 'graphiql/graphiql': resolve(here, 'graphiql/main.jsx') },
  // GraphiQL's map would be five times the size of the jar's own code, for a page nobody debugs here.
  sourcemap: false,
  loader: { '.js': 'jsx' },
  jsx: 'automatic',
  outdir,
});
await cp(resolve(here, 'graphiql/index.html'), resolve(outdir, 'graphiql/index.html'));

console.log(`explorer and graphiql written to ${outdir}`);
