// The HTTP generators, each with its weight in the stream of requests.
import brokenJson from './broken-json.mjs';
import invalidUtf8 from './invalid-utf8.mjs';
import hugeStrings from './huge-strings.mjs';
import deepNesting from './deep-nesting.mjs';
import cyclicFragments from './cyclic-fragments.mjs';
import unknownNames from './unknown-names.mjs';
import wrongVariables from './wrong-variables.mjs';
import requestShape from './request-shape.mjs';
import httpProtocol from './http-protocol.mjs';
import randomBytes from './random-bytes.mjs';
import unauthenticatedMutations from './unauthenticated-mutations.mjs';
import introspectionBombs from './introspection-bombs.mjs';
import batching from './batching.mjs';
import malformedHttp from './malformed-http.mjs';

export const GENERATORS = [
  brokenJson, invalidUtf8, hugeStrings, deepNesting, cyclicFragments, unknownNames, wrongVariables, requestShape,
  httpProtocol, randomBytes, unauthenticatedMutations, introspectionBombs, batching, malformedHttp,
];
