import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../../..');
const STARTUP_TIMEOUT_MS = 30_000;

/** Asks the kernel for a port that is free right now on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('Could not read the port the kernel gave us.'));
      });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `vite preview` of `outDir` on a free port and resolves once it answers with the app's page. */
async function startPreview(outDir: string): Promise<{ child: ChildProcess; baseURL: string }> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // Spawned directly (no npx, no shell) so the PID we hold is the server's own and kill() reaches it.
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`);
    }
    try {
      const response = await fetch(baseURL, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (await response.text()).includes('<div id="root">')) return { child, baseURL };
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 150));
  }
  await stop(child);
  throw new Error(`vite preview did not answer on ${baseURL} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`);
}

/** Vitest globalSetup: serves the built app for every end-to-end test file and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the end-to-end tests (npm test does both).');
  }
  // Serve a private copy: a `vite build` started meanwhile (another terminal, another engineer)
  // empties dist/, and chunks the tests are about to load would vanish mid-run.
  const served = mkdtempSync(join(tmpdir(), 'navigator-e2e-dist-'));
  cpSync(join(root, 'dist'), served, { recursive: true });
  const { child, baseURL } = await startPreview(served).catch((error: unknown) => {
    rmSync(served, { recursive: true, force: true });
    throw error;
  });
  // Backstop: never leave the server running if Vitest dies without calling the teardown.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  project.provide('baseURL', baseURL);
  return async () => {
    process.off('exit', killOnExit);
    await stop(child);
    rmSync(served, { recursive: true, force: true });
  };
}
