// Load benchmark: C concurrent streaming clients (default 200) on loopback, each running R
// requests in a row, first straight against the fake provider (baseline) and then through
// `switchboard-cli serve`. Every stream is checked: its text must be exactly its own prompt's
// echo, its chunks must all carry one id, and it must end with [DONE] (no lost or mixed-up
// streams). Reports time to first token and total time, p50/p99, for both, the difference
// (the server's added latency) and requests/s.
// Usage: node bench-load.mjs <path to switchboard-cli> [clients=200] [requestsPerClient=10]
import { TOKEN, startStack } from './harness.mjs';

const [cli, clientsArg, perClientArg] = process.argv.slice(2);
const clients = Number(clientsArg ?? 200);
const perClient = Number(perClientArg ?? 10);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function oneStream(url, token, prompt) {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ model: 'test/echo', stream: true, stream_options: { include_usage: true },
                           messages: [{ role: 'user', content: prompt }] }),
  });
  if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  let ttft = null;
  let done = false;
  const ids = new Set();
  for await (const bytes of res.body) {
    buffer += decoder.decode(bytes, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      if (!event.startsWith('data: ')) continue;
      const data = event.slice(6);
      if (data === '[DONE]') { done = true; continue; }
      const chunk = JSON.parse(data);
      ids.add(chunk.id);
      const piece = chunk.choices?.[0]?.delta?.content;
      if (piece) {
        if (ttft === null) ttft = performance.now() - t0;
        text += piece;
      }
    }
  }
  const total = performance.now() - t0;
  if (!done) throw new Error('stream ended without [DONE]');
  if (ids.size !== 1) throw new Error(`chunks carried ${ids.size} ids`);
  if (text !== `echo: ${prompt}`) throw new Error(`mixed-up stream: expected "echo: ${prompt}", got "${text}"`);
  return { ttft, total };
}

async function run(label, url, token) {
  const ttfts = [];
  const totals = [];
  let failures = 0;
  const firstErrors = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let r = 0; r < perClient; r++) {
      const prompt = `client ${c} request ${r} says ${'w' + c + '_' + r} and more words to stream`;
      try {
        const { ttft, total } = await oneStream(url, token, prompt);
        ttfts.push(ttft);
        totals.push(total);
      } catch (e) {
        failures++;
        if (firstErrors.length < 3) firstErrors.push(String(e.message ?? e));
      }
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  ttfts.sort((a, b) => a - b);
  totals.sort((a, b) => a - b);
  const result = {
    label, requests: clients * perClient, ok: ttfts.length, failures, seconds,
    rps: ttfts.length / seconds,
    ttftP50: percentile(ttfts, 50), ttftP99: percentile(ttfts, 99),
    totalP50: percentile(totals, 50), totalP99: percentile(totals, 99), firstErrors,
  };
  console.log(`${label}: ${result.ok}/${result.requests} streams ok, ${failures} failed, ${result.rps.toFixed(0)} req/s, ` +
              `TTFT p50 ${result.ttftP50.toFixed(2)} ms p99 ${result.ttftP99.toFixed(2)} ms, ` +
              `total p50 ${result.totalP50.toFixed(2)} ms p99 ${result.totalP99.toFixed(2)} ms`);
  for (const e of firstErrors) console.log(`  error: ${e}`);
  return result;
}

const stack = await startStack(cli, { budget: null, extraArgs: ['--quiet'] });
let status = 0;
try {
  // Warm-up: connections, JIT, SQLite pages.
  await run('warm-up (switchboard)', `${stack.baseURL}/chat/completions`, TOKEN).catch(() => {});
  const direct = await run(`direct to fake provider, ${clients} clients`,
                           `http://127.0.0.1:${stack.fakePort}/p1/v1/chat/completions`, 'key-one');
  const routed = await run(`through switchboard-cli serve, ${clients} clients`, `${stack.baseURL}/chat/completions`, TOKEN);
  console.log(`added latency (switchboard - direct): TTFT p50 ${(routed.ttftP50 - direct.ttftP50).toFixed(2)} ms, ` +
              `p99 ${(routed.ttftP99 - direct.ttftP99).toFixed(2)} ms; total p50 ${(routed.totalP50 - direct.totalP50).toFixed(2)} ms, ` +
              `p99 ${(routed.totalP99 - direct.totalP99).toFixed(2)} ms; throughput ${routed.rps.toFixed(0)} req/s ` +
              `(direct ${direct.rps.toFixed(0)} req/s)`);
  if (routed.failures || direct.failures) status = 1;
} finally {
  await stack.stop();
}
process.exit(status);
