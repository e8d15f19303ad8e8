// Variables of the wrong type for what they are declared as: strings for Int!, objects for String!, floats and
// numbers beyond 32 bits, null for non-null, lists for scalars, input objects with unknown or missing fields,
// enum names that do not exist, garbage dates and decimals, undeclared and unused variables, defaults of the
// wrong type. Expected: errors with codes, never 5xx.
import { postJson, get } from './shared.mjs';

const WRONG_VALUES = [
  null, '', 'x', '2021', '2021.0', 2021.5, -1, 0, 2147483648, -2147483649, 1e300, 9007199254740993, true, false,
  [], [2021], [[2021]], {}, { year: 2021 }, '\u0000', 'NaN', 'Infinity', '1e309', ' 2021 ', '0x7E5', '٢٠٢١',
  'POSTAL_TELECOM', 'postal_telecom', '2021-13-45T25:61:61Z', '9999-12-31T23:59:59+14:00', '0001-01-01T00:00:00-14:00',
  '1e400', '-0', '00000000000000000000000000000001', '1'.repeat(400), '1.'.concat('0'.repeat(400)), '∞',
];

const DECLARATIONS = [
  ['query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }', 'y'],
  ['query($p: String!) { province(id: $p) { name } }', 'p'],
  ['query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }', 'p'],
  ['query($a: DateTimeOffset) { report(province: "nam-dinh", year: 2021, asOf: $a) { version } }', 'a'],
  ['query($v: Int) { report(province: "nam-dinh", year: 2021, version: $v) { version } }', 'v'],
  ['query($s: Sector) { report(province: "nam-dinh", year: 2021) { indicators(sector: $s) { code } } }', 's'],
  ['query($l: Language) { report(province: "nam-dinh", year: 2021) { document { title(lang: $l) } } }', 'l'],
  ['query($w: IndicatorFilter) { indicators(where: $w) { totalCount } }', 'w'],
  ['query($o: [IndicatorOrder!]) { indicators(order: $o) { totalCount } }', 'o'],
  ['query($f: Int) { indicators(first: $f) { totalCount } }', 'f'],
  ['query($c: [String!]!) { compare(provinces: $c, year: 2021, codes: ["postal.revenue"]) { year } }', 'c'],
  ['query($w: ChangeFilter, $n: Int) { changes(where: $w, first: $n) { cursor } }', 'w'],
  ['query($b: Boolean!) { __typename @include(if: $b) }', 'b'],
  ['query($s: Sector!, $y: Int!, $c: [String!]) { sectorSummary(sector: $s, year: $y, codes: $c) { reportingProvinces } }', 's'],
];

const INPUT_OBJECTS = [
  { sector: 'NOPE' }, { year: 'x' }, { provinces: 'nam-dinh' }, { provinces: [null] }, { codes: [1, 2] },
  { unknownField: 1 }, { fromYear: 2021, toYear: 'later' }, { status: 'final' }, { sector: ['POSTAL_TELECOM'] },
  { field: 'VALUE', direction: 'SIDEWAYS' }, { direction: 'ASCENDING' }, [{ field: 'VALUE' }, null], { field: null },
];

const SPECIAL = [
  // A variable used but not declared, declared twice, declared and not given, given and not declared.
  ['undeclared', { query: '{ report(province: "nam-dinh", year: $y) { version } }', variables: { y: 2021 } }],
  ['declared twice', { query: 'query($y: Int!, $y: String) { report(province: "nam-dinh", year: $y) { version } }', variables: { y: 2021 } }],
  ['not given', { query: 'query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }' }],
  ['not declared', { query: '{ __typename }', variables: { y: 2021, z: { deep: [1, 2, 3] } } }],
  ['default of the wrong type', { query: 'query($y: Int! = "2021") { report(province: "nam-dinh", year: $y) { version } }' }],
  ['default that is a variable', { query: 'query($y: Int = $z, $z: Int) { __typename }' }],
  ['input type for output', { query: 'query($r: Report) { __typename }' }],
  ['output type as input', { query: 'query($r: Province!) { province(id: $r) { name } }', variables: { r: { code: '36' } } }],
  ['list for a non-list', { query: 'query($y: [Int!]!) { report(province: "nam-dinh", year: $y) { version } }', variables: { y: [2021] } }],
  ['nullable into non-null', { query: 'query($y: Int) { report(province: "nam-dinh", year: $y) { version } }', variables: { y: null } }],
  ['a variable as a field name', { query: 'query($y: Int!) { $y }', variables: { y: 1 } }],
  ['a variable in a fragment without the operation', { query: '{ ...F } fragment F on Query { report(province: "nam-dinh", year: $y) { version } }', variables: { y: 2021 } }],
  ['a variable typed with a directive', { query: 'query($y: Int! @skip(if: true)) { __typename }', variables: { y: 1 } }],
];

export default {
  name: 'wrong-variables',
  weight: 10,
  make(rng) {
    if (rng.chance(0.2)) {
      const [what, body] = rng.pick(SPECIAL);
      return postJson(body, `variables: ${what}`);
    }
    const [query, name] = rng.pick(DECLARATIONS);
    const value = rng.chance(0.25) ? rng.pick(INPUT_OBJECTS) : rng.pick(WRONG_VALUES);
    const variables = { y: 2021, p: 'nam-dinh', s: 'POSTAL_TELECOM', [name]: value };
    const note = `variable $${name} = ${JSON.stringify(value).slice(0, 40)}`;
    if (rng.chance(0.15)) return get({ query, variables }, `GET ${note}`);
    return postJson({ query, variables }, note);
  },
};
