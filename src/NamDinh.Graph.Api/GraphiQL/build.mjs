// Copies GraphiQL's browser builds and our page into dist/, which the API serves at /graphiql.
import { copyFileSync, mkdirSync } from 'node:fs';

const files = {
  'index.html': 'index.html',
  'node_modules/graphiql/graphiql.min.js': 'graphiql.min.js',
  'node_modules/graphiql/graphiql.min.css': 'graphiql.min.css',
  'node_modules/react/umd/react.production.min.js': 'react.production.min.js',
  'node_modules/react-dom/umd/react-dom.production.min.js': 'react-dom.production.min.js',
};
mkdirSync('dist', { recursive: true });
for (const [from, to] of Object.entries(files)) copyFileSync(from, `dist/${to}`);
console.log(`GraphiQL: ${Object.keys(files).length} files in dist/`);
