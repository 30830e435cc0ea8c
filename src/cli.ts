/**
 * The command line: `claimdiff [options] <file | folder | ->...`. See `claimdiff --help`, and
 * `src/cli/` for the parts: arguments, reading inputs (HTML and JSON too), rendering, the run.
 */
import { readFileSync } from 'node:fs';
import { run } from './cli/run';

/** The package's version. This file and dist/cli.js both sit one folder below package.json. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

// A reader that stops early (`claimdiff … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, readStdin, version });
