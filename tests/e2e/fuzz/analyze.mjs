// Reading what came back: the GraphQL results in a response body (JSON, a JSON array, or server-sent events),
// errors without extensions.code, and mutations that say they were applied.

/** The GraphQL results a response body holds: [] when it holds none (not JSON, empty, too big to keep). */
export function resultsIn(body, contentType) {
  if (!body || body.length === 0) return [];
  const text = body.toString('utf8');
  if (/event-stream/i.test(contentType ?? '')) {
    return text.split(/\r?\n/).filter((line) => line.startsWith('data:')).flatMap((line) => parsed(line.slice(5).trim()));
  }
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return [];
  return parsed(text);
}

function parsed(text) {
  try {
    const value = JSON.parse(text);
    if (Array.isArray(value)) return value.filter((item) => item && typeof item === 'object');
    return value && typeof value === 'object' ? [value] : [];
  } catch {
    return [];
  }
}

/** The errors of these results that lack extensions.code. */
export function errorsWithoutCode(results) {
  const missing = [];
  for (const result of results) {
    if (!('errors' in result)) continue;
    if (!Array.isArray(result.errors)) {
      missing.push({ message: `"errors" is not a list: ${JSON.stringify(result.errors)?.slice(0, 100)}` });
      continue;
    }
    for (const error of result.errors) {
      const code = error?.extensions?.code;
      if (typeof code !== 'string' || code.length === 0) missing.push(error);
    }
  }
  return missing;
}

/**
 * The errors coded INTERNAL_SERVER_ERROR: the server failed on the request instead of refusing it, a 5xx in all but
 * the status code (GraphQL.NET answers an exception inside execution with a 200 or 400 and this code).
 */
export function internalErrors(results) {
  return results.flatMap((result) => (Array.isArray(result.errors) ? result.errors : []))
    .filter((error) => error?.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/** True when any payload in the results' data says `applied: true`. */
export function anyApplied(results) {
  const visit = (value) => {
    if (!value || typeof value !== 'object') return false;
    if (value.applied === true) return true;
    return Object.values(value).some(visit);
  };
  return results.some((result) => visit(result.data));
}

/** A request as text for the report: method, target, the headers that matter, the body cut to `max` bytes. */
export function describeRequest(spec, url, max = 300) {
  if (spec.raw) return `raw bytes: ${printable(spec.raw, max)}`;
  const target = spec.path ?? url.pathname + (spec.query === undefined ? '' : `?${spec.query}`);
  const headers = Object.entries(spec.headers ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name}: ${printable(Buffer.from(String(value), 'latin1'), 80)}`)
    .join(' | ');
  const body = spec.body === undefined ? '' : ` body: ${printable(Buffer.isBuffer(spec.body) ? spec.body : Buffer.from(spec.body, 'utf8'), max)}`;
  return `${spec.method ?? 'POST'} ${printable(Buffer.from(target, 'latin1'), 200)} [${headers}]${body}`;
}

/** Bytes as readable text: printable ASCII as is, the rest as \xHH (and \n, \r, \t), cut to `max` bytes. */
export function printable(buffer, max) {
  let text = '';
  const shown = buffer.subarray(0, max);
  for (const byte of shown) {
    if (byte === 0x0a) text += '\\n';
    else if (byte === 0x0d) text += '\\r';
    else if (byte === 0x09) text += '\\t';
    else if (byte === 0x5c) text += '\\\\';
    else if (byte >= 0x20 && byte < 0x7f) text += String.fromCharCode(byte);
    else text += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return buffer.length > max ? `${text}… (${buffer.length} bytes)` : text;
}
