// Names the schema does not have: fields, arguments, types (in fragments and variables), enum values, directives,
// input fields, operation types; and keywords where names go. Expected: validation errors with codes.
import { postJson, get, ROOT_FIELDS, PROVINCE, YEAR } from './shared.mjs';

const REPORT = `report(province: "${PROVINCE}", year: ${YEAR})`;

const CASES = [
  (rng) => `{ ${rng.name()} }`,
  (rng) => `{ ${REPORT} { version ${rng.name()} } }`,
  (rng) => `{ ${REPORT} { indicators { code ${rng.name()} { ${rng.name()} } } } }`,
  (rng) => `{ ${rng.pick(Object.keys(ROOT_FIELDS))}(${rng.name()}: 1) { __typename } }`,
  (rng) => `{ report(province: "${PROVINCE}", year: ${YEAR}, ${rng.name()}: "x") { version } }`,
  (rng) => `{ ${REPORT} { indicators(${rng.name()}: POSTAL_TELECOM) { code } } }`,
  (rng) => `{ ...on ${rng.name()} { __typename } }`,
  (rng) => `{ ...F } fragment F on ${rng.name()} { __typename }`,
  (rng) => `query($x: ${rng.name()}) { __typename }`,
  (rng) => `query($x: [${rng.name()}!]!) { __typename }`,
  (rng) => `{ ${REPORT} { indicators(sector: ${rng.name().toUpperCase()}) { code } } }`,
  (rng) => `{ ${REPORT} { document { title(lang: ${rng.pick(['FR', 'vi', 'EN_US', 'null', 'true', '"EN"', '1'])}) } } }`,
  (rng) => `{ __typename @${rng.name()} }`,
  (rng) => `{ __typename @skip(${rng.name()}: true) }`,
  (rng) => `{ indicators(where: { ${rng.name()}: 1 }) { totalCount } }`,
  (rng) => `{ indicators(order: [{ field: ${rng.name().toUpperCase()} }]) { totalCount } }`,
  (rng) => `${rng.pick(['query', 'mutation', 'subscription', 'fragment', 'schema', 'type', 'extend', 'directive', 'input', 'scalar'])} ${rng.name()} { __typename }`,
  () => 'type Query { hacked: String } { __typename }',
  () => 'extend type Query { hacked: String } { __typename }',
  () => 'schema { query: Mutation } { __typename }',
  () => 'directive @d on FIELD { __typename @d }',
  () => '{ query mutation subscription fragment on true false null }',
  (rng) => `{ __${rng.name()} }`,
  (rng) => `{ __type(name: "${rng.name()}") { name fields { name } } }`,
  (rng) => `{ ${rng.name()}: ${rng.name()} }`,
  (rng) => `{ report(province: "${rng.name()}", year: ${YEAR}) { version } }`,
  (rng) => `{ province(id: "${rng.name()}") { name } }`,
  (rng) => `{ report(province: "${PROVINCE}", year: ${rng.pick([0, -1, 1999, 2101, 9999, 2147483647, -2147483648])}) { version } }`,
  (rng) => `{ changes(after: ["${rng.name()}"], first: ${rng.pick([0, -1, 1001, 2147483647])}) { cursor } }`,
  (rng) => `{ indicators(first: ${rng.pick([0, -1, 501, 2147483647])}, after: "${rng.name()}") { totalCount } }`,
];

export default {
  name: 'unknown-names',
  weight: 8,
  make(rng) {
    const query = rng.pick(CASES)(rng);
    const short = query.length > 60 ? `${query.slice(0, 60)}…` : query;
    return rng.chance(0.15) ? get({ query }, `GET unknown: ${short}`) : postJson({ query }, `unknown: ${short}`);
  },
};
