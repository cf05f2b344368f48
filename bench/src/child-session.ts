import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, venvPython } from '@g4f/local-space';
import type { AskReply, AskRequest, ChildSpec, EndReply } from './child-protocol.js';
import { contenderNamed } from './contenders/index.js';

const askTimeoutMs = Number(process.env.BENCH_ASK_TIMEOUT_MS ?? 180_000);
const nodeChild = fileURLToPath(new URL('./child.js', import.meta.url));

/** One contender in a fresh process of its own, asked one request at a time. */
export class ChildSession {
  private readonly replies: string[] = [];
  private waiter: ((reply: string | Error) => void) | undefined;
  private stderr = '';
  private readonly closed: Promise<void>;

  private constructor(
    private readonly spec: ChildSpec,
    private readonly child: ChildProcessWithoutNullStreams,
  ) {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      // Clients may print lines of their own; replies are the JSON ones.
      for (const line of lines) if (line.startsWith('{')) this.deliver(line);
    });
    // A child that died (say, g4f missing from .venv) is reported by 'close', with its stderr.
    child.stdin.on('error', () => undefined);
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.closed = new Promise((resolve) => {
      child.on('close', (code) => {
        this.deliver(new Error(`${spec.contender} exited (${code ?? 'killed'}) without replying:\n${this.stderr.slice(-2000)}`));
        resolve();
      });
    });
  }

  /** Starts the contender's process; it connects (reads /config) before it reads a request. */
  static start(spec: ChildSpec): ChildSession {
    const [command, args] =
      contenderNamed(spec.contender).make === undefined
        ? [venvPython(5), [join(repoRoot(), 'bench/python/child.py'), JSON.stringify(spec)]]
        : [process.execPath, [nodeChild, JSON.stringify(spec)]];
    return new ChildSession(spec, spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Asks one request and waits for its measurements. */
  async ask(request: AskRequest): Promise<AskReply> {
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
    return JSON.parse(await this.reply()) as AskReply;
  }

  /** Closes the child's stdin and returns what it reports on leaving (its peak RSS). */
  async end(): Promise<EndReply> {
    this.child.stdin.end();
    const reply = JSON.parse(await this.reply()) as EndReply;
    await this.closed;
    return reply;
  }

  /** Kills the process if it is still running: after an error, nothing is left behind. */
  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private deliver(reply: string | Error): void {
    if (typeof reply === 'string') this.replies.push(reply);
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(this.replies.shift() ?? reply);
  }

  private async reply(): Promise<string> {
    const ready = this.replies.shift();
    if (ready !== undefined) return ready;
    if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`${this.spec.contender} has exited:\n${this.stderr.slice(-2000)}`);
    // A client that hangs (gradio_client did, with more jobs than threads) fails the run, with its output.
    const timer = setTimeout(() => this.child.kill('SIGKILL'), askTimeoutMs);
    try {
      const reply = await new Promise<string | Error>((resolve) => (this.waiter = resolve));
      if (reply instanceof Error) throw reply;
      return reply;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Runs `use` with a fresh session of `spec`, and stops the process however `use` ends. */
export async function withSession<T>(spec: ChildSpec, use: (session: ChildSession) => Promise<T>): Promise<T> {
  const session = ChildSession.start(spec);
  try {
    return await use(session);
  } finally {
    session.stop();
  }
}
