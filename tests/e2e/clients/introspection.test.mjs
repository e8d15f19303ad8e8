// graphql-js 16's getIntrospectionQuery(), what GraphiQL, graphql-codegen, graphql-inspector, Apollo's tooling,
// Postman and Altair send, with each of its options and with all of them at once: the server answers data without
// errors, and buildClientSchema builds the schema from it. Then what client caches need of that schema: every
// object type has `id: ID!`, but for the connection wrappers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClientSchema, getIntrospectionQuery, isObjectType, isNonNullType, getNamedType } from 'graphql';
import { post } from './support.mjs';

const OPTIONS = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'oneOf'];

async function introspect(options) {
  // No token: tools introspect anonymously.
  const { status, body } = await post(getIntrospectionQuery(options), undefined, { token: '', accept: 'application/json' });
  assert.equal(typeof body, 'object', `the answer is not JSON (${status}): ${String(body).slice(0, 300)}`);
  assert.equal(body.errors, undefined, `errors (${status}): ${JSON.stringify(body.errors)?.slice(0, 600)}`);
  assert.ok(body.data?.__schema, `no data.__schema (${status})`);
  return body.data;
}

for (const option of OPTIONS) {
  test(`getIntrospectionQuery({ ${option}: true }) answers data, no errors; buildClientSchema takes it`, async () => {
    // descriptions is on by default in graphql-js: "each option set" turns the others off.
    const options = Object.fromEntries(OPTIONS.map((name) => [name, name === option]));
    buildClientSchema(await introspect(options));
  });
}

test('getIntrospectionQuery() with every option at once answers data, no errors; buildClientSchema takes it', async () => {
  const data = await introspect(Object.fromEntries(OPTIONS.map((name) => [name, true])));
  const schema = buildClientSchema(data);
  assert.ok(schema.getQueryType()?.getFields().report, 'Query.report is missing');
  // The October 2021 fields come back filled in, not merely tolerated.
  assert.ok(data.__schema.directives.every((directive) => typeof directive.isRepeatable === 'boolean'), 'isRepeatable missing');
  const decimal = data.__schema.types.find((type) => type.name === 'Decimal');
  assert.ok(decimal && 'specifiedByURL' in decimal, 'Decimal has no specifiedByURL');
});

test('getIntrospectionQuery() at its defaults (what most tools send) answers data, no errors', async () => {
  buildClientSchema(await introspect());
});

test('every object type has id: ID! for client caches (all but *Connection, *Edge, PageInfo and the roots)', async () => {
  const schema = buildClientSchema(await introspect());
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((type) => type?.name));
  const exempt = (name) => roots.has(name) || name.startsWith('__') || /(Connection|Edge)$/.test(name) || name === 'PageInfo';
  const missing = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !exempt(type.name))
    .filter((type) => {
      const id = type.getFields().id;
      return !id || !isNonNullType(id.type) || getNamedType(id.type).name !== 'ID';
    })
    .map((type) => type.name)
    .sort();
  assert.deepEqual(missing, [], `${missing.length} object types without id: ID!: ${missing.join(', ')}`);
});
