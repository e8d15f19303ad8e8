// graphql-codegen for NamDinh.Graph: TypeScript types for the whole schema (the `typescript` plugin) and for each
// of your operations (`typescript-operations`), from the running server's introspection, i.e. the schema as served.
//
// Copy this file into your front-end project, beside its node_modules, after
//   npm i -D @graphql-codegen/cli @graphql-codegen/typescript @graphql-codegen/typescript-operations typescript
// keep your operations in .graphql files under src/ (schema/operations/ in this repository holds the ones the server
// registers: a good start), then run `npx graphql-codegen --config codegen.ts`. The environment may override:
//   NAMDINH_GRAPH_URL  the GraphQL endpoint (default http://localhost:5000/graphql)
//   CODEGEN_DOCUMENTS  a glob of your operations (default src/**/*.graphql)
//   CODEGEN_OUTPUT     the folder to write schema.ts and operations.ts to (default src/graphql)
// scripts/test.sh runs this very file against its server (tests/e2e/clients/codegen.test.mjs) over
// schema/operations/*.graphql and compiles what it writes with `tsc --noEmit --strict`.
//
// Two files, not one: typescript-operations 6 writes the enums and input types an operation uses itself, so with the
// `typescript` plugin in the same file each would be declared twice (TS2300). operations.ts imports them from
// schema.ts instead. If you need only the operations' types, keep the second entry alone and drop
// `importSchemaTypesFrom`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const output = process.env.CODEGEN_OUTPUT ?? 'src/graphql';

// The API's own scalars travel as JSON strings: decimals exactly as written ("130", "99.5", never a float), dates and
// times as ISO 8601. strictScalars makes a scalar the server adds later an error here instead of a silent `any`.
const scalars = { Decimal: 'string', DateOnly: 'string', DateTimeOffset: 'string' };

const config: CodegenConfig = {
  schema: process.env.NAMDINH_GRAPH_URL ?? 'http://localhost:5000/graphql',
  documents: [process.env.CODEGEN_DOCUMENTS ?? 'src/**/*.graphql'],
  generates: {
    [`${output}/schema.ts`]: {
      plugins: ['typescript'],
      // Enums as string unions, not TypeScript `enum`s: erasable syntax, so files compile under `erasableSyntaxOnly`
      // and `isolatedModules` (today's Vite templates).
      config: { scalars, strictScalars: true, enumsAsTypes: true },
    },
    [`${output}/operations.ts`]: {
      plugins: ['typescript-operations'],
      config: { scalars, strictScalars: true, importSchemaTypesFrom: `${output}/schema.ts` },
    },
  },
};

export default config;
