import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';
import { LOCAL_SPACE_APPS, type LocalSpaceApp, type LocalSpaceAppSpec } from './local-space-apps.js';
import { repoRoot, venvPython, type GradioMajor } from './repo-paths.js';

/** Options of `startLocalSpace`. */
export interface LocalSpaceOptions {
  /** Which app to run. Default: "qvq". */
  app?: LocalSpaceApp;
  /** The Gradio major to run it on. Default: the app's own (the real Space's). */
  gradio?: GradioMajor;
  /** The port on 127.0.0.1. Default: a free one. */
  port?: number;
  /** Extra environment for the app (SPACE_TOKEN_DELAY, say). */
  env?: Record<string, string>;
  /** Milliseconds to wait for the app to answer. Default: 90000. */
  startTimeout?: number;
}

/** A running local Space. */
export interface LocalSpace {
  /** Its root URL: "http://127.0.0.1:PORT". */
  url: string;
  /** The app's output so far, for diagnosing a failure. */
  logs(): string;
  /** Stops the app and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts several local Spaces at once; if one fails, stops the others and throws its error. */
export async function startLocalSpaces<T extends LocalSpaceApp>(
  apps: readonly T[],
  options: Omit<LocalSpaceOptions, 'app' | 'port'> = {},
): Promise<Record<T, LocalSpace>> {
  const results = await Promise.allSettled(apps.map((app) => startLocalSpace({ ...options, app })));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop()] : [])));
    throw failed.reason;
  }
  return Object.fromEntries(apps.map((app, index) => [app, (results[index] as PromiseFulfilledResult<LocalSpace>).value])) as Record<T, LocalSpace>;
}

/**
 * Starts one of the project's Gradio apps (real Gradio, from `.venv`) on 127.0.0.1 and waits
 * until its `/config` (or the app's `readyPath`) answers. Run `bash scripts/setup-gradio-venv.sh` once before.
 */
export async function startLocalSpace(options: LocalSpaceOptions = {}): Promise<LocalSpace> {
  const { app = 'qvq', startTimeout = 90_000 } = options;
  const spec: LocalSpaceAppSpec = LOCAL_SPACE_APPS[app];
  const python = venvPython(options.gradio ?? spec.gradio);
  if (!existsSync(python)) {
    throw new Error(`local-space: no Gradio virtualenv at ${python}; run "bash scripts/setup-gradio-venv.sh" first.`);
  }
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(python, [join(repoRoot(), 'spaces', spec.script), ...spec.args, String(port)], {
    env: {
      ...process.env,
      GRADIO_ANALYTICS_ENABLED: 'False',
      HF_HUB_DISABLE_TELEMETRY: '1',
      NO_PROXY: '127.0.0.1,localhost',
      PYTHONUNBUFFERED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
  const state = { running: true };
  void exited.then(() => {
    state.running = false;
  });

  const stop = async (): Promise<void> => {
    if (!state.running) return;
    child.kill('SIGTERM');
    const killed = sleep(5000).then(() => child.kill('SIGKILL'));
    await Promise.race([exited, killed]);
    await exited;
  };

  const deadline = Date.now() + startTimeout;
  while (Date.now() < deadline) {
    if (!state.running) throw new Error(`local-space: the "${app}" app exited before answering:\n${output}`);
    const ready = await fetch(`${url}${spec.readyPath ?? '/config'}`).then((response) => response.ok, () => false);
    if (ready) return { url, logs: () => output, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`local-space: the "${app}" app did not answer on ${url} within ${startTimeout} ms:\n${output}`);
}
