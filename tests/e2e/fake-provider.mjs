// A fake upstream provider speaking the OpenAI chat-completions wire format on 127.0.0.1, for
// the end-to-end tests and the load benchmark. Two providers share the server, told apart by the
// path prefix: /p1/v1 ("fakeone", key "key-one") and /p2/v1 ("faketwo", key "key-two").
// The last user message steers it:
//   "[fail-first]"  p1 answers 503 (overloaded), so the router must fail over to p2
//   "[fail-all]"    both answer 500
//   "[slow]"        the stream sends 200 ticks 20 ms apart (for client-abort tests)
//   tools present   the answer is a get_weather tool call
//   otherwise       "echo: <message>", streamed word by word
// GET /stats says how many requests arrived and how many clients went away mid-answer.
// Usage: node fake-provider.mjs  ->  prints "fake-provider listening on <port>".
import http from 'node:http';

const keys = { p1: 'key-one', p2: 'key-two' };
const stats = { requests: 0, aborted: 0, completed: 0 };

function sendJson(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

function words(text) {
  return text.split(' ').map((w, i) => (i === 0 ? w : ' ' + w));
}

async function handleChat(prefix, req, res, body) {
  stats.requests++;
  if (req.headers.authorization !== `Bearer ${keys[prefix]}`)
    return sendJson(res, 401, { error: { message: 'Invalid API key', type: 'invalid_request_error', code: 'invalid_api_key' } });
  const last = [...body.messages].reverse().find((m) => m.role === 'user');
  const text = typeof last?.content === 'string' ? last.content : '';
  if (text.includes('[fail-all]') || (text.includes('[fail-first]') && prefix === 'p1'))
    return sendJson(res, prefix === 'p1' && !text.includes('[fail-all]') ? 503 : 500,
                    { error: { message: `${prefix} is overloaded`, type: 'overloaded_error' } });

  const id = `chatcmpl-fake-${stats.requests}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = { prompt_tokens: text.length, completion_tokens: 0, total_tokens: 0 };
  const wantsTool = Array.isArray(body.tools) && body.tools.length > 0;
  const pieces = wantsTool ? [] : words(`echo: ${text}`);
  if (text.includes('[slow]')) for (let i = 0; i < 200; i++) pieces.push(' tick');
  usage.completion_tokens = wantsTool ? 12 : pieces.length;
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;

  if (!body.stream) {
    const message = wantsTool
      ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_fake_1', type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] }
      : { role: 'assistant', content: pieces.join('') };
    stats.completed++;
    return sendJson(res, 200, { id, object: 'chat.completion', created, model: body.model,
      choices: [{ index: 0, message, finish_reason: wantsTool ? 'tool_calls' : 'stop' }], usage });
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  let gone = false;
  res.on('close', () => { if (!res.writableFinished) { gone = true; stats.aborted++; } });
  const send = (obj) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
  const chunk = (delta, finish = null) => ({ id, object: 'chat.completion.chunk', created, model: body.model,
    choices: [{ index: 0, delta, finish_reason: finish }] });
  const delay = text.includes('[slow]') ? 20 : 0;
  send(chunk({ role: 'assistant', content: '' }));
  if (wantsTool) {
    send(chunk({ tool_calls: [{ index: 0, id: 'call_fake_1', type: 'function', function: { name: 'get_weather', arguments: '' } }] }));
    send(chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }));
    send(chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }));
  }
  for (const p of pieces) {
    if (gone) return;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (gone) return;
    send(chunk({ content: p }));
  }
  send(chunk({}, wantsTool ? 'tool_calls' : 'stop'));
  if (body.stream_options?.include_usage) send({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage });
  res.write('data: [DONE]\n\n');
  res.end();
  stats.completed++;
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.method === 'GET' && req.url === '/stats') return sendJson(res, 200, stats);
    const m = req.url.match(/^\/(p1|p2)\/v1\/chat\/completions$/);
    if (req.method !== 'POST' || !m) return sendJson(res, 404, { error: { message: `no route ${req.url}`, type: 'not_found' } });
    let body;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch {
      return sendJson(res, 400, { error: { message: 'bad json', type: 'invalid_request_error' } });
    }
    handleChat(m[1], req, res, body).catch((e) => { res.destroy(e); });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.FAKE_PROVIDER_PORT ?? 0), '127.0.0.1', () => {
  console.log(`fake-provider listening on ${server.address().port}`);
});
