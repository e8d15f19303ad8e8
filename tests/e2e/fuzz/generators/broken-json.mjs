// Bodies that are not the JSON object of a GraphQL request: truncated, with garbage after, of another top-level
// type, with keys twice, NaN and Infinity, numbers no type holds, broken strings and escapes, lone surrogates,
// deep arrays. Expected: 400 (or 200 with errors for application/json), never 5xx.
import { post, VALID_QUERIES, VALID_VARIABLES } from './shared.mjs';

const NAMED = VALID_QUERIES[VALID_QUERIES.length - 1];

function validBody(rng) {
  const query = rng.pick(VALID_QUERIES);
  return JSON.stringify(query === NAMED ? { query, variables: VALID_VARIABLES, operationName: 'Named' } : { query });
}

const YEAR_QUERY = 'query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }';
const TEXT_QUERY = 'query($p: String!) { province(id: $p) { name } }';
const DECIMAL_QUERY = 'query($v: Decimal!) { indicators(where: { codes: ["postal.revenue"] }, first: 1) { totalCount } x: __typename }';

const CASES = [
  ['truncated', (rng) => {
    const body = validBody(rng);
    return body.slice(0, rng.int(0, body.length - 1));
  }],
  ['trailing garbage', (rng) => validBody(rng) + rng.pick(['}', ']', '}}', 'x', ' {"query":"{ __typename }"}', ',', '\u0000', 'null', '//', '/* */', '\n\n\nGET / HTTP/1.1'])],
  ['leading garbage', (rng) => rng.pick(['\uFEFF', ')]}\'\n', 'x', ',', '\u0000', '\uFEFF\uFEFF']) + validBody(rng)],
  ['top-level not an object', (rng) => rng.pick(['42', '-1', '1e400', '"{ __typename }"', '""', 'null', 'true', 'false', '[]', '[[]]', '[null]', '"query"', '{}', '{"query":null}', '{"query":""}', ' ', '', '\t\r\n'])],
  ['duplicated keys', (rng) => rng.pick([
    '{"query":"{ __typename }","query":"{ reports { id } }"}',
    '{"query":"{ __typename }","query":42}',
    `{"query":${JSON.stringify(YEAR_QUERY)},"variables":{"y":2021},"variables":{"y":"x"}}`,
    `{"query":${JSON.stringify(YEAR_QUERY)},"variables":{"y":2021,"y":2021,"y":null}}`,
    '{"query":"{ __typename }","operationName":null,"operationName":"A"}',
    `{"query":"{ __typename }"${',"extensions":{}'.repeat(rng.int(2, 2000))}}`,
  ])],
  ['NaN and Infinity', (rng) => `{"query":${JSON.stringify(rng.pick([YEAR_QUERY, DECIMAL_QUERY]))},"variables":{"${rng.pick(['y', 'v'])}":${rng.pick(['NaN', 'Infinity', '-Infinity', '+1', 'undefined', 'nan'])}}}`],
  ['numbers no type holds', (rng) => `{"query":${JSON.stringify(rng.pick([YEAR_QUERY, DECIMAL_QUERY]))},"variables":{"${rng.pick(['y', 'v'])}":${rng.pick([
    '1e309', '-1e309', '1e-400', '123456789012345678901234567890', '2147483648', '-2147483649', '9007199254740993', '-0',
    '0.1e1', '2021.0', '2021.5', '01', '1.', '.5', '0x7E5', '1e', '--1', '2_021', `9${'9'.repeat(rng.int(100, 100_000))}`,
    `0.${'0'.repeat(rng.int(100, 50_000))}1`, `1e${'9'.repeat(rng.int(5, 400))}`,
  ])}}}`],
  ['broken strings and escapes', (rng) => rng.pick([
    '{"query":"{ __typename }',
    '{"query":"{ __typename \n }"}',
    '{"query":"{ __typename \u0000 }"}',
    '{"query":"{ __typename \\x41 }"}',
    '{"query":"{ __typename \\u12 }"}',
    '{"query":"{ __typename \\uZZZZ }"}',
    '{"query":"{ __typename \\"}',
    "{'query':'{ __typename }'}",
    '{query:"{ __typename }"}',
    '{"query":"{ __typename }",}',
    '{"query" "{ __typename }"}',
    '{"query"::"{ __typename }"}',
    '{"query":"{ __typename }" /* comment */}',
    '{"\\u0071uery":"{ __typename }"}',
  ])],
  // JSON allows the escape; the text it stands for is not valid Unicode.
  ['lone surrogate escapes', (rng) => rng.pick([
    `{"query":"{ __typename ${rng.pick(['\\ud800', '\\udfff', '\\udc00\\ud800'])} }"}`,
    `{"query":${JSON.stringify(TEXT_QUERY)},"variables":{"p":"${rng.pick(['\\ud800', '\\udbff', '\\udc00x'])}"}}`,
    `{"query":"{ __typename }","operationName":"\\ud83d"}`,
    `{"query":"{ __typename }","extensions":{"\\ud800":1}}`,
    `{"query":"{ __typename }","variables":{"\\udfff":"x"}}`,
  ])],
  ['deep JSON', (rng) => {
    const depth = rng.logInt(10, 10_000);
    const [open, close] = rng.pick([['[', ']'], ['{"a":', '}']]);
    return `{"query":${JSON.stringify(YEAR_QUERY)},"variables":{"y":${open.repeat(depth)}1${close.repeat(depth)}}}`;
  }],
  ['unbalanced', (rng) => '{"query":"{ __typename }"' + rng.pick(['', ']', '}}', ',"variables":{', ',"variables":[}']) + rng.pick(['', '{', '[[['])],
];

export default {
  name: 'broken-json',
  weight: 12,
  make(rng) {
    const [what, make] = rng.pick(CASES);
    const headers = rng.chance(0.2) ? { accept: 'application/json' } : {};
    return post(make(rng), `broken JSON: ${what}`, headers);
  },
};
