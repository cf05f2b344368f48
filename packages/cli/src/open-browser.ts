import { spawn } from 'node:child_process';

/** How to open a URL in this system's browser, or why it cannot: `$BROWSER` first, then the system's opener where a display exists. */
export function browserCommand(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } | { reason: string } {
  const chosen = env.BROWSER?.trim();
  if (chosen !== undefined && chosen !== '') return { command: chosen, args: [] };
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  if ((env.DISPLAY ?? '') === '' && (env.WAYLAND_DISPLAY ?? '') === '') return { reason: 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  return { command: 'xdg-open', args: [] };
}

/**
 * Opens `url` in a browser and leaves it running; resolves with why not when none could be
 * started. Never throws: a server without a browser is still a server.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const found = browserCommand(env);
  if ('reason' in found) return Promise.resolve(found.reason);
  return new Promise((resolve) => {
    const child = spawn(found.command, [...found.args, url], { detached: true, stdio: 'ignore', env });
    child.once('error', (error) => {
      resolve(`${found.command} could not be started (${error.message})`);
    });
    child.once('spawn', () => {
      child.unref();
      resolve(undefined);
    });
  });
}
