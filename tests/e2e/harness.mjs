// Starts the fake provider and `switchboard-cli serve` against it (real HTTP on 127.0.0.1 only),
// with a catalog whose two providers point at the fake, keys from an environment variable and a
// keys file, a fresh ledger and a small global budget. Used by the tests and the benchmark.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const TOKEN = 'sb-e2e-token-0123456789';

function waitForLine(child, regex, what, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs} ms:\n${buffer}\n${errors}`)), timeoutMs);
    child.stderr.on('data', (d) => { errors += d; });
    child.stdout.on('data', (d) => {
      buffer += d;
      const m = buffer.match(regex);
      if (m) { clearTimeout(timer); resolve(m); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${what} exited with ${code}:\n${buffer}\n${errors}`)); });
  });
}

// The embedded model as the "local" provider (with `serve --local-model`).
const localProvider = {
  id: 'local', name: 'Local', kind: 'local', base_url: '', wire: 'local', auth: 'none', streaming_usage: true,
  enabled: true, price_date: '2025-07-01',
  models: [{ id: 'HuggingFaceTB/SmolLM3-3B', provider_model_id: 'smollm3-3b', context_window: 4096, input_per_mtok: 0, output_per_mtok: 0 }],
};

export function catalogFor(fakePort, { local = false } = {}) {
  const model = (id, input, output, context = 32768) =>
    ({ id, provider_model_id: id, context_window: context, input_per_mtok: input, output_per_mtok: output });
  return {
    version: 1, currency: 'USD', price_date: '2025-07-01',
    providers: [
      { id: 'fakeone', name: 'Fake One', kind: 'custom', base_url: `http://127.0.0.1:${fakePort}/p1/v1`, wire: 'openai',
        auth: 'bearer', streaming_usage: true, enabled: true, price_date: '2025-07-01',
        models: [model('test/echo', 0.01, 0.02), model('test/tools', 0.01, 0.02), model('test/pricey', 1000, 1000)] },
      { id: 'faketwo', name: 'Fake Two', kind: 'custom', base_url: `http://127.0.0.1:${fakePort}/p2/v1`, wire: 'openai',
        auth: 'bearer', streaming_usage: true, enabled: true, price_date: '2025-07-01',
        models: [model('test/echo', 0.05, 0.1), model('test/tools', 0.05, 0.1)] },
      ...(local ? [localProvider] : []),
    ],
  };
}

// localModel: a model folder served as the "local" provider on the CPU backend.
export async function startStack(cliPath, { budget = 'monthly:0.05', extraArgs = [], localModel = null } = {}) {
  if (!cliPath) throw new Error('set SWITCHBOARD_CLI to the switchboard-cli executable');
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-e2e-'));
  const fake = spawn(process.execPath, [path.join(here, 'fake-provider.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [, fakePort] = await waitForLine(fake, /listening on (\d+)/, 'fake provider');
  const catalog = path.join(dir, 'catalog.json');
  writeFileSync(catalog, JSON.stringify(catalogFor(fakePort, { local: !!localModel }), null, 2));
  if (localModel) extraArgs = [...extraArgs, '--local-model', localModel, '--backend', 'cpu'];
  const keys = path.join(dir, 'keys.txt');
  writeFileSync(keys, '# provider=key\nfaketwo=key-two\n', { mode: 0o600 });
  const ledger = path.join(dir, 'ledger.sqlite');
  const args = ['serve', '--port', '0', '--token', TOKEN, '--catalog', catalog, '--catalog-only', '--keys-file', keys,
                '--ledger', ledger, ...(budget ? ['--budget', budget] : []), ...extraArgs];
  const server = spawn(cliPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SWITCHBOARD_KEY_FAKEONE: 'key-one', QT_QPA_PLATFORM: 'offscreen' },
  });
  const log = [];
  server.stdout.on('data', (d) => log.push(...String(d).split('\n').filter(Boolean)));
  const [, baseURL] = await waitForLine(server, /listening on (http:\/\/\S+\/v1)/, 'switchboard-cli serve');
  return {
    baseURL, fakePort: Number(fakePort), ledger, dir, log,
    async fakeStats() { return (await fetch(`http://127.0.0.1:${fakePort}/stats`)).json(); },
    async stop() {
      for (const child of [server, fake]) {
        if (child.exitCode === null) {
          const gone = new Promise((r) => child.on('exit', r));
          child.kill('SIGTERM');
          await gone;
        }
      }
    },
  };
}
