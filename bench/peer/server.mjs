// The peer of the HTTP benchmark: what a well-built Node GraphQL server answers for the same requests. Our SDL
// (schema/schema.graphql, the same file) served by mercurius on fastify, every query compiled by graphql-jit from its
// first use, one worker per core (node:cluster) behind the primary's shared port. It answers from reports captured
// from our server before the run (run.mjs writes them), so both give the same answers; its resolvers cover only what
// the benchmark asks, and every other field is the captured property of the same name.
//
//   node server.mjs --schema schema/schema.graphql --data reports.json --port 4000 [--workers 2]
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    schema: { type: 'string' },
    data: { type: 'string' },
    port: { type: 'string' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
  },
});

if (cluster.isPrimary) {
  const workers = Number(options.workers);
  for (let i = 0; i < workers; i++) cluster.fork();
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) console.log(`peer: ${workers} workers on 127.0.0.1:${options.port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    // A worker that dies makes every later figure wrong: stop, and let the benchmark say so.
    console.error(`peer: worker ${worker.process.pid} exited (${code ?? signal}); stopping`);
    process.exit(1);
  });
  for (const name of ['SIGTERM', 'SIGINT']) {
    process.on(name, () => {
      cluster.removeAllListeners('exit');
      for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
      process.exit(0);
    });
  }
} else {
  const { default: Fastify } = await import('fastify');
  const { default: mercurius } = await import('mercurius');
  const { reports } = JSON.parse(readFileSync(options.data, 'utf8'));

  // A report is asked for by province slug or statistical code, as ours accepts.
  const byKey = new Map();
  for (const report of reports) {
    byKey.set(`${report.province.slug}/${report.year}`, report);
    byKey.set(`${report.province.code}/${report.year}`, report);
  }

  const resolvers = {
    Query: {
      report: (_, { province, year }) => byKey.get(`${province}/${year}`) ?? null,
    },
    Report: {
      indicators: (report, { code }) => (code === undefined || code === null
        ? report.indicators
        : report.indicators.filter((figure) => figure.code === code)),
    },
  };

  const app = Fastify({ logger: false });
  app.register(mercurius, {
    schema: readFileSync(options.schema, 'utf8'),
    resolvers,
    jit: 1,
    graphiql: false,
  });
  await app.listen({ host: '127.0.0.1', port: Number(options.port) });
}
