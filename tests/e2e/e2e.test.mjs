// End to end: the official `openai` and `@huggingface/inference` clients, unmodified, against
// `switchboard-cli serve` (path in SWITCHBOARD_CLI) routing to a fake provider on 127.0.0.1.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { InferenceClient } from '@huggingface/inference';
import { TOKEN, startStack } from './harness.mjs';

let stack;
let client;

before(async () => {
  stack = await startStack(process.env.SWITCHBOARD_CLI);
  client = new OpenAI({ baseURL: stack.baseURL, apiKey: TOKEN, maxRetries: 0 });
});
after(async () => { await stack?.stop(); });

const user = (content) => [{ role: 'user', content }];

function ledgerRows(sql) {
  return execFileSync('sqlite3', ['-json', stack.ledger, sql], { encoding: 'utf8' }).trim();
}

describe('openai client', () => {
  test('lists models with policy and provider forms, prices and context', async () => {
    const ids = [];
    let echo;
    for await (const m of client.models.list()) {
      ids.push(m.id);
      if (m.id === 'test/echo') echo = m;
    }
    for (const id of ['test/echo', 'test/echo:cheapest', 'test/echo:fastest', 'test/echo:fakeone', 'test/echo:faketwo', 'test/tools'])
      assert.ok(ids.includes(id), `${id} listed in ${ids.join(', ')}`);
    assert.equal(echo.object, 'model');
    assert.equal(echo.context_length, 32768);
    const providers = echo.switchboard.providers.map((p) => p.id);
    assert.deepEqual(providers, ['fakeone', 'faketwo']);
    assert.equal(echo.switchboard.providers[0].pricing.input_per_mtok, 0.01);
    const one = await client.models.retrieve('test/echo:faketwo');
    assert.equal(one.id, 'test/echo:faketwo');
  });

  test('non-streamed completion with usage and x-switchboard headers', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'test/echo', messages: user('hello there') })
      .withResponse();
    assert.equal(data.object, 'chat.completion');
    assert.equal(data.choices[0].message.content, 'echo: hello there');
    assert.equal(data.choices[0].finish_reason, 'stop');
    assert.equal(data.usage.prompt_tokens, 'hello there'.length);
    assert.equal(data.usage.completion_tokens, 3);
    assert.equal(data.usage.total_tokens, data.usage.prompt_tokens + 3);
    assert.equal(response.headers.get('x-switchboard-provider'), 'fakeone'); // the cheaper one
    assert.equal(response.headers.get('x-switchboard-attempts'), '1');
    const cost = Number(response.headers.get('x-switchboard-cost-usd'));
    assert.ok(Math.abs(cost - (11 * 0.01 + 3 * 0.02) / 1e6) < 1e-12, `cost ${cost}`);
  });

  test('streamed completion: chunks, final usage chunk, [DONE]', async () => {
    const stream = await client.chat.completions.create({
      model: 'test/echo', messages: user('stream me please'), stream: true, stream_options: { include_usage: true },
    });
    let text = '';
    let usage = null;
    let finish = null;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      assert.equal(chunk.object, 'chat.completion.chunk');
      if (chunk.usage) usage = chunk.usage;
      const choice = chunk.choices[0];
      if (choice?.delta?.content) text += choice.delta.content;
      if (choice?.finish_reason) finish = choice.finish_reason;
    }
    assert.equal(text, 'echo: stream me please');
    assert.equal(finish, 'stop');
    assert.ok(chunks >= 5, `${chunks} chunks`);
    assert.equal(usage.completion_tokens, 4);
  });

  test('policy suffix, pinned provider and policy header', async () => {
    const pinned = await client.chat.completions.create({ model: 'test/echo:faketwo', messages: user('pin') }).withResponse();
    assert.equal(pinned.response.headers.get('x-switchboard-provider'), 'faketwo');
    const cheapest = await client.chat.completions.create({ model: 'test/echo:cheapest', messages: user('cheap') }).withResponse();
    assert.equal(cheapest.response.headers.get('x-switchboard-provider'), 'fakeone');
    const header = await client.chat.completions
      .create({ model: 'test/echo', messages: user('hdr') }, { headers: { 'x-switchboard-policy': 'preferred' } })
      .withResponse();
    assert.equal(header.data.choices[0].message.content, 'echo: hdr');
  });

  test('fails over before the first token and says so', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'test/echo', messages: user('[fail-first] again'), stream: true })
      .withResponse();
    let text = '';
    for await (const chunk of data) text += chunk.choices[0]?.delta?.content ?? '';
    assert.equal(text, 'echo: [fail-first] again');
    assert.equal(response.headers.get('x-switchboard-provider'), 'faketwo');
    assert.equal(response.headers.get('x-switchboard-attempts'), '2');
  });

  test('tool calls, plain and streamed', async () => {
    const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];
    const plain = await client.chat.completions.create({ model: 'test/tools', messages: user('weather?'), tools });
    const call = plain.choices[0].message.tool_calls[0];
    assert.equal(plain.choices[0].finish_reason, 'tool_calls');
    assert.equal(call.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(call.function.arguments), { city: 'Paris' });

    const stream = client.chat.completions.stream({ model: 'test/tools', messages: user('weather?'), tools });
    const final = await stream.finalChatCompletion();
    const streamed = final.choices[0].message.tool_calls[0];
    assert.equal(streamed.id, 'call_fake_1');
    assert.equal(streamed.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(streamed.function.arguments), { city: 'Paris' });
  });

  test('401 with a wrong token', async () => {
    const bad = new OpenAI({ baseURL: stack.baseURL, apiKey: 'sb-wrong', maxRetries: 0 });
    await assert.rejects(bad.models.list(), (e) => {
      assert.ok(e instanceof OpenAI.AuthenticationError);
      assert.equal(e.status, 401);
      assert.equal(e.code, 'invalid_api_key');
      return true;
    });
  });

  test('400 for an unknown model', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'nobody/serves-this', messages: user('x') }), (e) => {
      assert.ok(e instanceof OpenAI.BadRequestError);
      assert.equal(e.code, 'model_not_found');
      assert.match(e.message, /nobody\/serves-this/);
      return true;
    });
  });

  test('402 when the budget refuses, naming the budget', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: 'test/pricey', messages: user('x'), max_tokens: 20000 }),
      (e) => {
        assert.equal(e.status, 402, e.message);
        assert.equal(e.code, 'budget_exceeded');
        assert.match(e.message, /global monthly budget/);
        return true;
      });
  });

  test('502 listing the attempts when every provider fails', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'test/echo', messages: user('[fail-all]') }), (e) => {
      assert.equal(e.status, 502);
      assert.match(e.message, /fakeone: (HTTP )?500/);
      assert.match(e.message, /faketwo: (HTTP )?500/);
      return true;
    });
  });

  test('client abort mid-stream cancels upstream and the ledger says cancelled', async () => {
    const before = await stack.fakeStats();
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'test/echo:fakeone', messages: user('[slow] abort me'), stream: true }, { signal: controller.signal });
    let got = 0;
    try {
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta?.content) got++;
        if (got === 5) controller.abort();
      }
    } catch (e) {
      // Depending on timing the client ends the iteration quietly or with its abort error.
      assert.ok(e.name === 'AbortError' || e instanceof OpenAI.APIUserAbortError, String(e));
    }
    assert.ok(got >= 5 && got < 100, `stopped after ${got} pieces of 204`);
    // The upstream request is cancelled well before its 200 ticks are through.
    let stats;
    for (let i = 0; i < 100; i++) {
      stats = await stack.fakeStats();
      if (stats.aborted > before.aborted) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(stats.aborted, before.aborted + 1);
    let rows = '';
    for (let i = 0; i < 50 && !rows.includes('cancelled'); i++) {
      rows = ledgerRows("SELECT status FROM attempts WHERE status = 'cancelled'");
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(rows, /cancelled/);
    // And the server goes on serving.
    const again = await client.chat.completions.create({ model: 'test/echo', messages: user('still here') });
    assert.equal(again.choices[0].message.content, 'echo: still here');
  });
});

describe('@huggingface/inference client', () => {
  test('chatCompletion against the endpoint', async () => {
    const hf = new InferenceClient(TOKEN);
    const out = await hf.chatCompletion({ endpointUrl: stack.baseURL, model: 'test/echo', messages: user('from hf'), max_tokens: 50 });
    assert.equal(out.choices[0].message.content, 'echo: from hf');
    assert.ok(out.usage.total_tokens > 0);
  });

  test('chatCompletionStream against the endpoint', async () => {
    const hf = new InferenceClient(TOKEN);
    let text = '';
    for await (const chunk of hf.chatCompletionStream({ endpointUrl: stack.baseURL, model: 'test/echo:cheapest', messages: user('hf stream') })) {
      text += chunk.choices?.[0]?.delta?.content ?? '';
    }
    assert.equal(text, 'echo: hf stream');
  });

  test('a wrong token is refused', async () => {
    const hf = new InferenceClient('sb-wrong');
    await assert.rejects(hf.chatCompletion({ endpointUrl: stack.baseURL, model: 'test/echo', messages: user('x') }), (e) => {
      assert.equal(e.httpResponse?.status, 401);
      assert.equal(e.httpResponse?.body?.error?.code, 'invalid_api_key');
      return true;
    });
  });
});
