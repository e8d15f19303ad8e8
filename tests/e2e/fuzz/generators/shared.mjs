// What the generators share: how a request spec is made, and pieces of valid GraphQL to break.
//
// A request spec is { method, query?, path?, headers, body?, raw?, note, mutation? }: `query` the raw query
// string after "?", `raw` bytes written as they are on a connection of their own, `note` a short description
// for the report, `mutation` set when the request carries a mutation that must be refused.

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
export const JSON_TYPE = 'application/json';

export const PROVINCE = 'nam-dinh';
export const YEAR = 2021;

/** A POST with a JSON content type; `body` a string or Buffer sent as it is. */
export function post(body, note, headers = {}) {
  return {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE, ...headers },
    body,
    note,
  };
}

/** A POST of a value serialised as JSON. */
export function postJson(value, note, headers = {}) {
  return post(JSON.stringify(value), note, headers);
}

/** A GET with the given parameters, each encoded as a URL parameter. */
export function get(parameters, note, headers = {}) {
  const query = Object.entries(parameters)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join('&');
  return { method: 'GET', query, headers: { accept: GRAPHQL_RESPONSE, ...headers }, note };
}

/** Queries that are valid and change nothing: the material the generators break. */
export const VALID_QUERIES = [
  '{ __typename }',
  `{ report(province: "${PROVINCE}", year: ${YEAR}) { version rankings { index position total } } }`,
  `{ report(province: "36", year: ${YEAR}) { id version indicators(sector: POSTAL_TELECOM) { code value multiplier unit { code } status } } }`,
  `{ report(province: "${PROVINCE}", year: ${YEAR}) { document { number title(lang: EN) signer recipients } tasks { id text } } }`,
  '{ reports { id version synthetic province { code slug name } } }',
  '{ provinces { code slug name kind } }',
  '{ province(id: "nam-dinh") { code name } }',
  '{ units { code name } indicatorDefinitions(sector: INFORMATION_TECHNOLOGY) { code kind unit { code } } }',
  '{ rankingIndexes { code name sharesPlaces } }',
  `{ sectorSummary(sector: POSTAL_TELECOM, year: ${YEAR}) { reportingProvinces indicators { code count sum median } } }`,
  '{ indicators(where: { sector: POSTAL_TELECOM }, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { code figure { value } } } }',
  `{ indicatorSeries(province: "${PROVINCE}", code: "postal.revenue") { points { year figure { figure { value } } } } }`,
  `{ compare(provinces: ["${PROVINCE}"], year: ${YEAR}, codes: ["postal.revenue"]) { rows { province { name } figures { value } } } }`,
  `{ report(province: "${PROVINCE}", year: ${YEAR}) { findings { kind message } history(first: 5) { totalCount nodes { version by } } } }`,
  'query Named($province: String!, $year: Int!) { report(province: $province, year: $year) { version } }',
];

/** Variables for the queries above that declare some. */
export const VALID_VARIABLES = { province: PROVINCE, year: YEAR };

/** Root query fields and the arguments they take, to build wrong calls of real fields. */
export const ROOT_FIELDS = {
  report: '(province: "nam-dinh", year: 2021) { version }',
  reports: ' { id }',
  provinces: ' { code }',
  province: '(id: "36") { name }',
  indicatorDefinitions: ' { code }',
  units: ' { code }',
  rankingIndexes: ' { code }',
  changes: '(first: 1) { cursor }',
};

/** Mutation names of the schema (every generated mutation is one that must be refused). */
export const MUTATIONS = [
  'setIndicator', 'removeIndicator', 'addTask', 'updateTask', 'removeTask', 'addPriority', 'updatePriority',
  'removePriority', 'setRanking', 'createReport', 'importReport',
];

/** Bytes that are never valid UTF-8, or only in sequences they are not in here. */
export const INVALID_UTF8 = [
  [0xff], [0xfe], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0x80], [0xbf],
  [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfc, 0x84, 0x80, 0x80, 0x80, 0x80], [0xc1, 0xbf], [0xe0, 0x9f, 0xbf],
];

export function invalidUtf8(rng) {
  return Buffer.from(rng.pick(INVALID_UTF8));
}

/** Percent-encodes every byte: how invalid UTF-8 travels in a URL. */
export function percentEncode(buffer) {
  return [...buffer].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A GraphQL string literal holding `text` (quotes and backslashes escaped). */
export function graphQLString(text) {
  return JSON.stringify(text);
}

/** Headers a client without valid credentials might send. */
export function garbageAuthorization(rng) {
  return rng.pick([
    {},
    { authorization: 'Bearer xyz' },
    { authorization: 'Bearer ' },
    { authorization: 'Bearer' },
    { authorization: 'bearer xyz' },
    { authorization: 'Basic YWRtaW46YWRtaW4=' },
    { authorization: `Bearer ${'x'.repeat(rng.pick([1000, 8000]))}` },
    // alg "none", unsigned: a server must never take it.
    { authorization: 'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsIm5hbWUiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiIsImV4cCI6NDEwMjQ0NDgwMH0.' },
    // HS256 signed with the key "secret": a well-formed token no server of ours should trust.
    { authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmdXp6IiwibmFtZSI6ImZ1enoiLCJleHAiOjQxMDI0NDQ4MDB9.bm90LWEtcmVhbC1zaWduYXR1cmUtYXQtYWxsLWp1c3QtZnV6eg' },
    { authorization: 'Bearer a.b.c' },
    { authorization: 'Bearer ..' },
    { authorization: 'Bearer eyJ' },
    { authorization: ['Bearer xyz', 'Bearer abc'] },
    { authorization: `Bearer ${Buffer.from(rng.bytes(48)).toString('base64')}` },
  ]);
}
