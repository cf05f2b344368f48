import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { redisServerAvailable, startLocalSpace, startRedisServer, type LocalRedis, type LocalSpace } from '@g4f/local-space';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Three `g4f serve` replicas (the built CLI) sharing a real redis-server, in front of one local
// QVQ Space that runs any number of jobs at once: only the replicas' shared cap bounds them.
const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const available = localSpaceUrl('qvq') !== undefined && redisServerAvailable();
const LEASE_MS = 3000;

interface Replica {
  url: string;
  child: ChildProcess;
  log: () => string;
}

async function startReplica(space: string, redis: string): Promise<Replica> {
  const args = [bin, 'serve', '--port', '0', '--base-url', space, '--redis', redis, '--space-concurrency', '2', '--slot-lease', String(LEASE_MS), '--log-format', 'json'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', () => {
      const found = /at (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(stderr)?.[1];
      if (found !== undefined) resolve(found);
    });
    child.on('exit', () => {
      reject(new Error(stderr));
    });
  });
  return { url, child, log: () => stderr };
}

async function stopReplica(replica: Replica): Promise<void> {
  if (replica.child.exitCode !== null || replica.child.signalCode !== null) return;
  const closed = new Promise((resolve) => replica.child.once('close', resolve));
  replica.child.kill('SIGTERM');
  await closed;
}

const ask = (replica: Replica, content: string) =>
  fetch(`${replica.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content }] }) });

const slowWords = (count: number): string => `trigger:slow ${'w '.repeat(count).trim()}`;

describe.skipIf(!available)('g4f serve replicas sharing Redis', () => {
  let space: LocalSpace;
  let redis: LocalRedis;
  let replicas: Replica[] = [];
  const heldSlots = (): number => Number(execFileSync('redis-cli', ['-p', String(redis.port), 'ZCARD', 'g4f:slots:{Qwen_QVQ_72B}:holders']).toString().trim());

  beforeAll(async () => {
    [space, redis] = await Promise.all([startLocalSpace({ app: 'qvq' }), startRedisServer()]);
    replicas = await Promise.all([1, 2, 3].map(() => startReplica(space.url, redis.url)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(replicas.map(stopReplica));
    await Promise.all([space.stop(), redis.stop()]);
  });

  it('hold a cap of 2 under 30 requests at once spread over them: all answered, the Space never runs more than 2', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, index) => ask(replicas[index % 3] as Replica, `trigger:slow request ${index}`)));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 30 }, () => 200));
    const stats = await spaceStats(space.url);
    expect(stats.started).toBe(30);
    expect(stats.peak).toBe(2);
    expect(heldSlots()).toBe(0);
    // The replicas read the Space's /config into Redis, with a TTL, for all of them.
    const ttl = Number(execFileSync('redis-cli', ['-p', String(redis.port), 'PTTL', `g4f:cache:gradio-config:${space.url}`]).toString().trim());
    expect(ttl).toBeGreaterThan(0);
  }, 120_000);

  it("give a killed replica's slots back once their lease runs out", async () => {
    const [first, , doomed] = replicas as [Replica, Replica, Replica];
    const before = await spaceStats(space.url);
    const held = [ask(doomed, slowWords(60)), ask(doomed, slowWords(60))].map((answer) => answer.catch(() => undefined));
    expect(await eventually(async () => (await spaceStats(space.url)).started === before.started + 2)).toBe(true);
    doomed.child.kill('SIGKILL');
    await Promise.all(held);
    // Nobody gave the slots back: they outlive the replica, until their lease runs out.
    expect(heldSlots()).toBe(2);
    const answer = await ask(first, 'after the crash');
    expect(answer.status).toBe(200);
    expect(JSON.stringify(await answer.json())).toContain('after the crash');
    // A replacement, as an orchestrator would start one.
    replicas[2] = await startReplica(space.url, redis.url);
  }, 60_000);

  it('lose no request when Redis stops mid-run, log it once, and share again when it returns', async () => {
    const [first, second] = replicas as [Replica, Replica];
    const before = await spaceStats(space.url);
    const inFlight = Array.from({ length: 6 }, (_, index) => ask(index % 2 === 0 ? first : second, slowWords(10)));
    expect(await eventually(async () => (await spaceStats(space.url)).started >= before.started + 2)).toBe(true);
    await redis.stop();
    expect((await Promise.all(inFlight)).map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const during = await Promise.all([first, second, first, second].map((replica) => ask(replica, 'while Redis is away')));
    expect(during.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    for (const replica of [first, second]) expect(replica.log().match(/Redis is unreachable/g)).toHaveLength(1);
    await redis.restart();
    for (const replica of replicas) expect(await eventually(() => Promise.resolve(replica.log().includes('Redis is back')), 15_000)).toBe(true);
  }, 90_000);

  it('continue through one replica a response another gave (previous_response_id), and read it through a third', async () => {
    const [first, second, third] = replicas as [Replica, Replica, Replica];
    const respond = async (replica: Replica, body: Record<string, unknown>) => {
      const answer = await fetch(`${replica.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'qvq-72b', ...body }) });
      expect(answer.status).toBe(200);
      return (await answer.json()) as { id: string; output: { content: { text: string }[] }[] };
    };
    const opening = await respond(first, { input: 'kept in Redis' });
    const followUp = await respond(second, { input: 'and read back', previous_response_id: opening.id });
    expect(followUp.output[0]?.content[0]?.text).toBe('User: kept in Redis\nAssistant: kept in Redis\nUser: and read back\nAssistant:');
    const read = await fetch(`${third.url}/v1/responses/${followUp.id}`);
    expect(await read.json()).toMatchObject({ id: followUp.id, previous_response_id: opening.id });
  });

  it('after a quota error seen through one replica, the others answer 429 with Retry-After without calling the Space', async () => {
    const [first, second, third] = replicas as [Replica, Replica, Replica];
    const quota = await ask(first, 'trigger:quota');
    expect(quota.status).toBe(429);
    const before = await spaceStats(space.url);
    for (const replica of [second, third]) {
      const refused = await ask(replica, 'hello');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('cooling down');
    }
    expect((await spaceStats(space.url)).started).toBe(before.started);
  }, 30_000);
});
