#!/usr/bin/env node
// Runs the TypeScript source through tsx, so the CLI works from a clean checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
