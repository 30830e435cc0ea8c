import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // compareClaimsParallel() starts dist/parallel-worker.js (.cjs from the CommonJS build), which
    // it finds beside the module that holds it.
    entry: { index: 'src/index.ts', 'parallel-worker': 'src/parallel-worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    // import.meta.url in the CommonJS build too (src/parallel.ts looks for the worker by it).
    shims: true,
    target: 'node20',
    // eld ships ESM only; bundling it lets the CommonJS build load it with require().
    noExternal: ['eld'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['eld'],
  },
]);
