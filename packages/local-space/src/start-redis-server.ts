import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';

/** Debian's redis-server, which scripts/setup-redis.sh installs. */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A real redis-server on 127.0.0.1, for tests; it keeps nothing on disk. */
export interface LocalRedis {
  /** "redis://127.0.0.1:PORT". */
  url: string;
  port: number;
  /** Stops it (SIGTERM) and waits for it to exit; its data is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** Starts redis-server on a free port (no snapshots, no append-only file, a temp dir), and waits until it answers PING. */
export async function startRedisServer(): Promise<LocalRedis> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`local-space: no ${REDIS_SERVER}; run "bash scripts/setup-redis.sh" first.`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'g4f-redis-'));
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    mkdirSync(dir, { recursive: true });
    const started = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    child = started;
    for (let tries = 0; tries < 100; tries++) {
      if (started.exitCode !== null) throw new Error(`redis-server exited with code ${started.exitCode}`);
      if (await answers(port)) return;
      await sleep(50);
    }
    throw new Error('redis-server did not answer in 5 s');
  };
  const stop = async (): Promise<void> => {
    const running = child;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    restart: start,
  };
}

/** Whether tests with Redis can run: outside CI a missing redis-server skips them (with the reason), in CI it fails them. */
export function redisServerAvailable(): boolean {
  if (existsSync(REDIS_SERVER)) return true;
  const reason = `${REDIS_SERVER} is missing; scripts/setup-redis.sh installs it.`;
  if (process.env.CI === 'true') throw new Error(`The tests with Redis need it: ${reason}`);
  console.warn(`Skipping the tests with Redis: ${reason}`);
  return false;
}
