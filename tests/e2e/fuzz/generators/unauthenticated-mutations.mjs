// Mutations from a client without credentials, or with garbage ones (Authorization: Bearer xyz, an unsigned
// "alg: none" token, a token signed with a key no one trusts…). They must all be refused and change nothing.
// Every mutation here is also one the server must refuse on its content (a version that is not the report's, a
// province or year or code that does not exist, a value out of range, a malformed input) or one that changes
// nothing by contract (dryRun: true): even a server that wrongly let the client in (or one without
// authentication) must change nothing, so any change to the data is a bug; a response saying `applied: true`
// is one too.
import { postJson, get, garbageAuthorization, MUTATIONS, PROVINCE, YEAR } from './shared.mjs';

/** expectedVersion values the report can never be at (it is at 1, and the fuzz run changes nothing). */
const STALE_VERSIONS = [0, -1, 99999, 2147483647, -2147483648];

const PAYLOAD = '{ applied version }';

function target(rng) {
  return rng.weighted([
    [6, { province: PROVINCE, year: YEAR, refusal: 'stale' }],
    [2, { province: rng.pick(['zz', 'nowhere', '99', '', ' ', 'nam dinh', 'NAM-DINH\u0000', '36 ', '00', '-36']), year: YEAR, refusal: 'unknown province' }],
    [2, { province: PROVINCE, year: rng.pick([1999, 2101, 0, -2021, 1, 9999]), refusal: 'year out of range' }],
  ]);
}

function common(rng, where) {
  const parts = [`province: ${JSON.stringify(where.province)}`, `year: ${where.year}`];
  if (where.refusal === 'stale' || rng.chance(0.5)) parts.push(`expectedVersion: ${rng.pick(STALE_VERSIONS)}`);
  if (rng.chance(0.3)) parts.push('dryRun: true');
  if (rng.chance(0.5)) parts.push(`reason: ${JSON.stringify(rng.pick(['fuzz', '', 'x'.repeat(5000), '<script>alert(1)</script>', "'; DROP TABLE reports; --"]))}`);
  return parts.join(', ');
}

/** A mutation document the server must refuse (or run as a dry run): { query, variables?, what }. */
export function hostileMutation(rng) {
  const where = target(rng);
  const base = common(rng, where);
  const field = rng.pick(MUTATIONS);
  const text = rng.pick(['', ' ', 'x'.repeat(4001), 'ok', '\u0000', '\ud7ff']);
  const inputs = {
    setIndicator: () => `${base}, code: ${JSON.stringify(rng.pick(['postal.revenue', 'no.such.code', '', 'postal.revenue\n']))}, value: ${JSON.stringify(rng.pick(['1', '-1', '1e999', 'NaN', 'abc', '', '99999999999999999999999999999']))}`,
    removeIndicator: () => `${base}, code: ${JSON.stringify(rng.pick(['postal.revenue', 'no.such.code']))}`,
    addTask: () => `${base}, sector: ${rng.pick(['GENERAL', 'INSPECTION'])}, text: ${JSON.stringify(text)}`,
    updateTask: () => `${base}, id: ${JSON.stringify(rng.pick(['task-3.1-01', 'task-none', '', '../../etc/passwd']))}, text: ${JSON.stringify(text)}`,
    removeTask: () => `${base}, id: ${JSON.stringify(rng.pick(['task-3.1-01', 'task-none', '']))}`,
    addPriority: () => `${base}, sector: GENERAL, text: ${JSON.stringify(text)}, position: ${rng.pick([-1, 0, 1, 100000, 2147483647])}`,
    updatePriority: () => `${base}, id: ${JSON.stringify(rng.pick(['priority-none', '']))}, position: ${rng.pick([-1, 2147483647])}`,
    removePriority: () => `${base}, id: ${JSON.stringify(rng.pick(['priority-none', '']))}`,
    setRanking: () => `${base}, index: ${JSON.stringify(rng.pick(['ict-index', 'no-index', '']))}, position: ${rng.pick([0, -1, 64, 11, 2147483647])}, total: ${rng.pick([63, 0, -63, 10])}`,
    // Unknown provinces and years out of range only: createReport must never be given a slot it could fill.
    createReport: () => `province: ${JSON.stringify(rng.pick(['zz', '99', '', 'nowhere']))}, year: ${rng.pick([1999, 2101, 0, -1])}, expectedVersion: ${rng.pick(STALE_VERSIONS)}${rng.chance(0.5) ? ', dryRun: true' : ''}`,
    importReport: () => `report: ${JSON.stringify(rng.pick(['', '{', 'null', '[]', '{"province":"nam-dinh","year":2021}', '{"province":"zz","year":2021}', 'x'.repeat(10_000)]))}, expectedVersion: ${rng.pick(STALE_VERSIONS)}${rng.chance(0.7) ? ', dryRun: true' : ''}`,
  };
  const shape = rng.weighted([
    [6, 'refused content'],
    [2, 'malformed input'],
    [1, 'aliases'],
    [1, 'variables'],
  ]);
  switch (shape) {
    case 'refused content':
      return { query: `mutation { ${field}(input: { ${inputs[field]()} }) ${PAYLOAD} }`, what: `${field}, ${field === 'createReport' || field === 'importReport' ? 'refused' : where.refusal}` };
    case 'malformed input':
      return {
        query: rng.pick([
          `mutation { ${field} ${PAYLOAD} }`,
          `mutation { ${field}(input: null) ${PAYLOAD} }`,
          `mutation { ${field}(input: "x") ${PAYLOAD} }`,
          `mutation { ${field}(input: { ${base}, nope: 1 }) ${PAYLOAD} }`,
          `mutation { ${field}(input: { province: 36, year: "2021" }) ${PAYLOAD} }`,
          `mutation { ${field}(input: { ${base} }) }`,
          `mutation { ${field}(input: { ${base} }) { applied nope } }`,
          `mutation { ${field}(input: [{ ${base} }]) ${PAYLOAD} }`,
          `mutation { ${field}(input: { ${base} }, extra: 1) ${PAYLOAD} }`,
        ]),
        what: `${field}, malformed input`,
      };
    case 'aliases': {
      const count = rng.logInt(2, 100);
      const input = inputs[field]();
      return { query: `mutation { ${Array.from({ length: count }, (_, i) => `m${i}: ${field}(input: { ${input} }) ${PAYLOAD}`).join(' ')} }`, what: `${count} aliases of ${field}` };
    }
    default:
      return {
        query: 'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version } }',
        variables: {
          input: rng.pick([
            { province: PROVINCE, year: YEAR, code: 'postal.revenue', value: '1', expectedVersion: rng.pick(STALE_VERSIONS) },
            { province: PROVINCE, year: YEAR, code: 'postal.revenue', value: 1, expectedVersion: 0 },
            { province: PROVINCE, year: YEAR, code: 'postal.revenue', value: '1', dryRun: 'false', expectedVersion: 0 },
            { province: PROVINCE, year: YEAR, code: 'postal.revenue', value: '1', dryRun: true },
            { province: PROVINCE, year: YEAR, code: 'postal.revenue', value: '1', expectedVersion: 0, unknown: true },
            'setIndicator', [], null,
          ]),
        },
        what: 'setIndicator through variables, refused',
      };
  }
}

export default {
  name: 'unauthenticated-mutations',
  weight: 9,
  make(rng) {
    const { query, variables, what } = hostileMutation(rng);
    const auth = garbageAuthorization(rng);
    const credentials = auth.authorization ? `Authorization: ${String(auth.authorization).slice(0, 24)}…` : 'no credentials';
    const spec = rng.chance(0.1)
      ? get(variables ? { query, variables } : { query }, `GET mutation (${what}), ${credentials}`, auth)
      : postJson(variables ? { query, variables } : { query }, `mutation ${what}, ${credentials}`, auth);
    return { ...spec, mutation: true };
  },
};
