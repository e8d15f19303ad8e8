// Introspection made to explode: __type nested through fields, ofType and interfaces, __schema types × fields ×
// args × types, hundreds of aliases of the whole schema, introspection behind fragments, absurd __type names.
import { postJson, get } from './shared.mjs';

function nestedType(depth) {
  // Each level goes from a type to its fields' types, unwrapping non-null and list wrappers on the way.
  let selection = 'name';
  for (let i = 0; i < depth; i++) selection = `name kind fields(includeDeprecated: true) { name args { name type { name } } type { name kind ofType { name kind ofType { name kind ofType { ${selection} } } } } }`;
  return selection;
}

function nestedOfType(depth) {
  let selection = 'name';
  for (let i = 0; i < depth; i++) selection = `kind name ofType { ${selection} }`;
  return selection;
}

const CASES = [
  [4, 'deep __type through fields', (rng) => {
    const depth = rng.logInt(3, 12);
    return [`{ __type(name: "Query") { ${nestedType(depth)} } }`, `__type nested ${depth} levels through fields`];
  }],
  [3, '__schema types × fields × types', (rng) => {
    const depth = rng.int(2, 6);
    return [`{ __schema { types { ${nestedType(depth)} } } }`, `__schema types nested ${depth} levels`];
  }],
  [2, 'deep ofType', (rng) => {
    const depth = rng.logInt(10, 5_000);
    return [`{ __type(name: "Report") { fields { type { ${nestedOfType(depth)} } } } }`, `ofType nested ${depth} deep`];
  }],
  [2, 'aliases of the whole schema', (rng) => {
    const count = rng.logInt(2, 30);
    const full = '__schema { types { name kind fields { name args { name type { name } } type { name kind ofType { name } } } inputFields { name } enumValues { name } possibleTypes { name } interfaces { name } } directives { name args { name } locations } }';
    return [`{ ${Array.from({ length: count }, (_, i) => `s${i}: ${full}`).join(' ')} }`, `${count} aliases of the whole schema`];
  }],
  [2, 'introspection in fragments', (rng) => {
    const count = rng.logInt(2, 10);
    const fragments = ['fragment T0 on __Type { name kind }'];
    for (let i = 1; i <= count; i++) fragments.push(`fragment T${i} on __Type { ...T${i - 1} fields { type { ...T${i - 1} ofType { ...T${i - 1} } } } }`);
    return [`{ __schema { types { ...T${count} } } } ${fragments.join(' ')}`, `introspection through ${count} nested fragments`];
  }],
  [1, 'a strange __type name', (rng) => [`{ __type(name: ${JSON.stringify(rng.pick(['', ' ', '__Type', 'Query!', '[Query]', 'x'.repeat(100_000), '\u0000', 'Query\n']))}) { name fields { name } } }`, 'a strange __type name']],
  [1, '__typename everywhere', (rng) => {
    const count = rng.logInt(100, 3_000);
    return [`{ __schema { types { ${'__typename '.repeat(count)} } } }`, `${count} __typename on every type`]; 
  }],
  [1, 'introspection on a mutation or subscription', (rng) => [rng.pick(['mutation { __schema { types { name } } }', 'subscription { __schema { types { name } } }', 'mutation { __typename }']), 'introspection at another root']],
];

export default {
  name: 'introspection-bombs',
  weight: 6,
  make(rng) {
    const [, , make] = rng.weighted(CASES.map((entry) => [entry[0], entry]));
    const [query, note] = make(rng);
    return rng.chance(0.1) && query.length < 6_000 ? get({ query }, `GET ${note}`) : postJson({ query }, note);
  },
};
