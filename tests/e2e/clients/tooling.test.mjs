// The command-line tools a front-end developer points at the server's URL:
// - graphql-codegen with the config we ship (clients/codegen.ts: `typescript` + `typescript-operations`, the schema
//   read from the live URL by the standard introspection query) writes types for every operation in
//   schema/operations/*.graphql, and `tsc --noEmit --strict` compiles them;
// - graphql-inspector: `validate` of schema/operations/*.graphql against the live URL passes, and `diff` of the
//   committed schema/schema.graphql against the live URL finds no breaking change, nor any change at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { E2E, REPO, RESULTS, SERVER_URL } from './support.mjs';

const run = promisify(execFile);
const bin = (name) => join(E2E, 'node_modules/.bin', name);
const OPERATIONS = join(REPO, 'schema/operations');
const GENERATED = join(RESULTS, 'codegen');

/** Runs a tool; returns { code, output } (stdout and stderr together), never throws for an exit code. */
async function tool(file, args, { cwd = E2E, env = {}, timeout = 120_000 } = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 16 << 20 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}${error.killed ? '\n(killed: timed out)' : ''}` };
  }
}

/** The operations of schema/operations, as { name, type } ("Report", "query"). */
const operations = readdirSync(OPERATIONS)
  .filter((name) => name.endsWith('.graphql'))
  .flatMap((name) => parse(readFileSync(join(OPERATIONS, name), 'utf8')).definitions)
  .filter((definition) => definition.kind === 'OperationDefinition')
  .map((definition) => ({ name: definition.name.value, type: definition.operation }));

test('graphql-codegen (clients/codegen.ts, schema from the live URL) writes types for every operation', async () => {
  assert.ok(operations.length > 0, 'no operations in schema/operations');
  rmSync(GENERATED, { recursive: true, force: true });
  // The codegen CLI resolves its plugins from its working folder, where node_modules is: a front-end project's root.
  const { code, output } = await tool(bin('graphql-codegen'), ['--config', join(REPO, 'clients/codegen.ts')], {
    env: { NAMDINH_GRAPH_URL: SERVER_URL, CODEGEN_DOCUMENTS: join(OPERATIONS, '*.graphql'), CODEGEN_OUTPUT: GENERATED },
  });
  writeFileSync(join(RESULTS, 'codegen.log'), output);
  assert.equal(code, 0, `graphql-codegen exited ${code}:\n${output.slice(-3000)}`);
  const generated = readFileSync(join(GENERATED, 'operations.ts'), 'utf8');
  const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
  const missing = operations
    .flatMap(({ name, type }) => [`${name}${suffix[type]}`, `${name}${suffix[type]}Variables`])
    .filter((typeName) => !new RegExp(`export type ${typeName} =`).test(generated));
  assert.deepEqual(missing, [], `types missing from operations.ts: ${missing.join(', ')}`);
});

test('tsc --noEmit --strict compiles what graphql-codegen wrote', async (t) => {
  const files = ['schema.ts', 'operations.ts'].map((name) => join(GENERATED, name));
  if (!files.every(existsSync)) assert.fail('graphql-codegen wrote nothing to compile (see the test before)');
  // --strict, plus the module settings of today's Vite TypeScript templates (isolated, erasable syntax only).
  const { code, output } = await tool(bin('tsc'), [
    '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--isolatedModules', '--verbatimModuleSyntax', '--erasableSyntaxOnly', '--skipLibCheck', ...files,
  ]);
  assert.equal(code, 0, `tsc exited ${code}:\n${output.slice(-3000)}`);
  t.diagnostic(`compiled ${files.length} files: ${operations.length} operations`);
});

test('graphql-inspector validate: schema/operations/*.graphql are valid against the live URL', async () => {
  const { code, output } = await tool(bin('graphql-inspector'), ['validate', join(OPERATIONS, '*.graphql'), SERVER_URL]);
  assert.equal(code, 0, `graphql-inspector validate exited ${code}:\n${output.slice(-3000)}`);
  assert.match(output, /All documents are valid/, output.slice(-3000));
});

test('graphql-inspector diff: schema/schema.graphql against the live URL has no breaking change', async (t) => {
  const { code, output } = await tool(bin('graphql-inspector'), ['diff', join(REPO, 'schema/schema.graphql'), SERVER_URL]);
  assert.equal(code, 0, `graphql-inspector diff exited ${code} (breaking changes):\n${output.slice(-3000)}`);
  t.diagnostic(output.trim().split('\n').slice(-1)[0]);
});

// graphql-js's introspection query asks isOneOf only when told to (its oneOf option, off by default), so a tool at its
// defaults reads a @oneOf input (ReportChangeItem) as a plain one: that one difference is the tool's, and is allowed.
test('graphql-inspector diff: the committed schema/schema.graphql is the schema served (no change at all)', async () => {
  const { output } = await tool(bin('graphql-inspector'), ['diff', join(REPO, 'schema/schema.graphql'), SERVER_URL]);
  const oneOfInputs = [...readFileSync(join(REPO, 'schema/schema.graphql'), 'utf8').matchAll(/^input (\w+) @oneOf/gm)].map((match) => match[1]);
  const changes = [...output.matchAll(/Detected the following changes \((\d+)\)/g)].map((match) => Number(match[1]))[0] ?? 0;
  const oneOfOnly = oneOfInputs.every((name) => output.includes(`Directive oneOf was removed from input object ${name}`)) && changes === oneOfInputs.length;
  assert.ok(/No changes detected/.test(output) || oneOfOnly, `the committed SDL differs from the served schema:\n${output.slice(-3000)}`);
});

test('every object selection in schema/operations selects id where its type has one (what client caches key by)', async () => {
  const { buildClientSchema, getIntrospectionQuery, TypeInfo, visit, visitWithTypeInfo, getNamedType, isObjectType } = await import('graphql');
  const response = await fetch(SERVER_URL, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }), signal: AbortSignal.timeout(15_000),
  });
  const schema = buildClientSchema((await response.json()).data);
  const misses = [];
  for (const name of readdirSync(OPERATIONS).filter((file) => file.endsWith('.graphql'))) {
    const typeInfo = new TypeInfo(schema);
    visit(parse(readFileSync(join(OPERATIONS, name), 'utf8')), visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = getNamedType(typeInfo.getType());
        if (!node.selectionSet || !isObjectType(type) || !type.getFields().id) return;
        const selectsId = node.selectionSet.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'id' && !selection.alias);
        if (!selectsId) misses.push(`${name}: ${node.name.value} (${type.name})`);
      },
    }));
  }
  assert.deepEqual(misses, [], `${misses.length} selections without id:\n${misses.join('\n')}`);
});
