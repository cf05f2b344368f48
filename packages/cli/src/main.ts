#!/usr/bin/env node
import { runCli } from './run-cli.js';
import { processIO } from './terminal-io.js';

const controller = new AbortController();
for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signalName, () => {
    controller.abort();
  });
}
process.exitCode = await runCli(process.argv.slice(2), processIO, controller.signal);
