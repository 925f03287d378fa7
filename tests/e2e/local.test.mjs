// End to end against the embedded model: `switchboard-cli serve --local-model` with a tiny random
// SmolLM3 (the real 128,256-token vocabulary) and two unmodified SDKs, the official `openai` and
// `@huggingface/inference`, doing what agents do: a two-step tool round trip and a json_schema
// answer. A random model would rarely call a tool by itself, so the first step forces the call
// (tool_choice); what comes back must parse and follow the schemas all the same.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { InferenceClient } from '@huggingface/inference';
import { TOKEN, startStack } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const MODEL = 'HuggingFaceTB/SmolLM3-3B';
let stack;
let client;

before(async () => {
  const cli = process.env.SWITCHBOARD_CLI;
  const model = path.join(mkdtempSync(path.join(tmpdir(), 'sb-e2e-model-')), 'tiny');
  execFileSync(cli, ['make-test-model', '--out', model, '--tokenizer', path.join(here, '../data/smollm3/tokenizer.json'),
    '--vocab', '128256'], { stdio: 'ignore' });
  stack = await startStack(cli, { localModel: model });
  client = new OpenAI({ baseURL: stack.baseURL, apiKey: TOKEN, maxRetries: 0 });
});
after(async () => { await stack?.stop(); });

const weather = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', maxLength: 24 }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      required: ['city', 'unit'],
      additionalProperties: false,
    },
  },
};
const clock = { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } };

const person = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 16 },
    age: { type: 'integer' },
    email: { type: ['string', 'null'] },
    pets: { type: 'array', items: { type: 'string', enum: ['cat', 'dog', 'fish'] }, maxItems: 4 },
  },
  required: ['name', 'age', 'pets'],
  additionalProperties: false,
};

// The subset of JSON Schema used above, checked by hand (no validator dependency).
function assertPerson(value) {
  assert.equal(typeof value, 'object');
  for (const key of Object.keys(value)) assert.ok(key in person.properties, `unexpected key ${key}`);
  assert.equal(typeof value.name, 'string');
  assert.ok([...value.name].length <= 16);
  assert.ok(Number.isInteger(value.age), `age ${value.age}`);
  if ('email' in value) assert.ok(value.email === null || typeof value.email === 'string');
  assert.ok(Array.isArray(value.pets) && value.pets.length <= 4);
  for (const pet of value.pets) assert.ok(['cat', 'dog', 'fish'].includes(pet), pet);
}

function assertWeatherCall(call) {
  assert.match(call.id, /^call_/);
  assert.equal(call.type, 'function');
  assert.equal(call.function.name, 'get_weather');
  const args = JSON.parse(call.function.arguments);
  assert.deepEqual(Object.keys(args).sort(), ['city', 'unit']);
  assert.equal(typeof args.city, 'string');
  assert.ok(['celsius', 'fahrenheit'].includes(args.unit), args.unit);
}

describe('openai client against the local model', () => {
  test('lists the local model', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    assert.ok(ids.includes(MODEL), ids.join(', '));
  });

  test('two-step tool round trip', async () => {
    const messages = [{ role: 'user', content: 'What is the weather in Paris?' }];
    const first = await client.chat.completions.create({
      model: MODEL, messages, tools: [weather, clock], tool_choice: { type: 'function', function: { name: 'get_weather' } },
      max_tokens: 120, seed: 1,
    });
    assert.equal(first.choices[0].finish_reason, 'tool_calls');
    const calls = first.choices[0].message.tool_calls;
    assert.equal(calls.length, 1);
    assertWeatherCall(calls[0]);

    messages.push(first.choices[0].message);
    messages.push({ role: 'tool', tool_call_id: calls[0].id, content: JSON.stringify({ temperature: 21 }) });
    const second = await client.chat.completions.create({ model: MODEL, messages, tools: [weather, clock], max_tokens: 16, seed: 2 });
    assert.ok(['stop', 'length', 'tool_calls'].includes(second.choices[0].finish_reason));
    assert.ok(second.usage.prompt_tokens > first.usage.prompt_tokens + 20, 'the call and its result are in the prompt');
  });

  test('streamed tool call through the stream helper', async () => {
    const stream = client.chat.completions.stream({
      model: MODEL, messages: [{ role: 'user', content: 'Any tool' }], tools: [weather, clock], tool_choice: 'required',
      max_tokens: 120, seed: 3,
    });
    const final = await stream.finalChatCompletion();
    assert.equal(final.choices[0].finish_reason, 'tool_calls');
    const call = final.choices[0].message.tool_calls[0];
    assert.ok(['get_weather', 'get_time'].includes(call.function.name));
    assert.equal(typeof JSON.parse(call.function.arguments), 'object');
  });

  test('json_schema answer parses and validates', async () => {
    for (const seed of [1, 2, 3]) {
      const out = await client.chat.completions.create({
        model: MODEL, messages: [{ role: 'user', content: 'Describe a person.' }], max_tokens: 80, seed,
        response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, schema: person } },
      });
      assertPerson(JSON.parse(out.choices[0].message.content));
    }
  });

  test('json_object answer, streamed', async () => {
    const stream = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'JSON please' }], max_tokens: 40, seed: 4, stream: true,
      response_format: { type: 'json_object' },
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    const value = JSON.parse(text);
    assert.equal(typeof value, 'object');
    assert.ok(!Array.isArray(value));
  });

  test('a schema keyword the engine cannot enforce is a 400 naming it', async () => {
    await assert.rejects(client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'p', schema: { type: 'string', pattern: '^a' } } },
    }), (e) => {
      assert.equal(e.status, 400, e.message);
      assert.match(e.message, /pattern/);
      return true;
    });
  });
});

describe('@huggingface/inference client against the local model', () => {
  test('two-step tool round trip', async () => {
    const hf = new InferenceClient(TOKEN);
    const messages = [{ role: 'user', content: 'Weather in Lyon?' }];
    const first = await hf.chatCompletion({
      endpointUrl: stack.baseURL, model: MODEL, messages, tools: [weather], tool_choice: 'required', max_tokens: 120, seed: 5,
    });
    assert.equal(first.choices[0].finish_reason, 'tool_calls');
    const call = first.choices[0].message.tool_calls[0];
    assertWeatherCall(call);
    messages.push(first.choices[0].message);
    messages.push({ role: 'tool', tool_call_id: call.id, content: '{"temperature": 18}' });
    const second = await hf.chatCompletion({ endpointUrl: stack.baseURL, model: MODEL, messages, tools: [weather], max_tokens: 16 });
    assert.ok(second.choices[0].finish_reason);
    assert.ok(second.usage.prompt_tokens > first.usage.prompt_tokens + 20);
  });

  test('json_schema answer parses and validates', async () => {
    const hf = new InferenceClient(TOKEN);
    const out = await hf.chatCompletion({
      endpointUrl: stack.baseURL, model: MODEL, messages: [{ role: 'user', content: 'A person' }], max_tokens: 80, seed: 6,
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema: person } },
    });
    assertPerson(JSON.parse(out.choices[0].message.content));
  });
});
