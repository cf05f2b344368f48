import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '@g4f/core';
import { APIConnectionTimeoutError, APIUserAbortError, BadRequestError, Client, type ChatCompletionChunk } from '@g4f/client';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';

const qvq = localSpaceUrl('qvq');
const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
const ask = (content: string) => [{ role: 'user' as const, content }];

describe('Client options and requests it cannot serve', () => {
  it('refuses OpenAI\'s baseURL with the reason and what to use, and any unknown option', () => {
    expect(() => new Client({ baseURL: 'http://127.0.0.1:1337/v1' } as never)).toThrow(InvalidRequestError);
    expect(() => new Client({ baseURL: 'http://127.0.0.1:1337/v1' } as never)).toThrow(/"baseUrl" \(lower-case "rl"\) is a Space's own address.*g4f serve/);
    expect(() => new Client({ retries: 3 } as never)).toThrow('Client option "retries" is not supported');
  });

  it('refuses tools, n > 1 and a JSON response format with a 400 naming the field, before any Space is asked', async () => {
    const client = new Client({ baseUrl: 'http://127.0.0.1:9' });
    const tools = [{ type: 'function', function: { name: 'f', parameters: {} } }];
    await expect(client.chat.completions.create({ model: 'qvq-72b', messages: ask('x'), tools } as never)).rejects.toMatchObject({ status: 400, param: 'tools', message: expect.stringContaining('tool calls are not supported') as string });
    await expect(client.chat.completions.create({ model: 'qvq-72b', messages: ask('x'), tool_choice: 'auto' } as never)).rejects.toMatchObject({ param: 'tool_choice' });
    await expect(client.chat.completions.create({ model: 'qvq-72b', messages: ask('x'), n: 2 })).rejects.toMatchObject({ status: 400, param: 'n' });
    await expect(client.chat.completions.create({ model: 'qvq-72b', messages: ask('x'), response_format: { type: 'json_object' } } as never)).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.chat.completions.create({ model: 'qvq-72b', messages: ask('x') }, { maxRetries: 2 } as never)).rejects.toMatchObject({ param: 'maxRetries' });
  });
});

describe.skipIf(qvq === undefined)('Client at parity with the openai package, against the local QVQ Space', () => {
  const client = () => new Client({ baseUrl: qvq });

  it('ends the answer at max_tokens with finish_reason "length" and estimated usage', async () => {
    const completion = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('alpha beta gamma delta epsilon zeta'), max_tokens: 3 });
    expect(completion.choices[0]).toMatchObject({ message: { content: 'alpha beta g' }, finish_reason: 'length' });
    expect(completion.usage).toEqual({ prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 });
  });

  it('ends the answer before a stop sequence, leaving it out, with finish_reason "stop"', async () => {
    const completion = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('one two three four'), stop: ['three', 'nine'] });
    expect(completion.choices[0]).toMatchObject({ message: { content: 'one two ' }, finish_reason: 'stop' });
  });

  it('accepts a developer message and an assistant message with content null', async () => {
    const completion = await client().chat.completions.create({
      model: 'qvq-72b',
      messages: [{ role: 'developer', content: 'Be brief.' }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: null }, { role: 'user', content: 'again' }],
    });
    expect(completion.choices[0]?.message.content).toContain('again');
  });

  it('streams with a last usage chunk (no choices) when stream_options.include_usage is set', async () => {
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of await client().chat.completions.create({ model: 'qvq-72b', messages: ask('one two three four'), stream: true, stream_options: { include_usage: true } })) chunks.push(chunk);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 } });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
  });

  it('takes g4f\'s image parameter beside the messages', async () => {
    const completion = await client().chat.completions.create({ model: '', messages: ask('What?'), image: await readFile(imagePath), image_name: 'red.png' });
    expect(completion.choices[0]?.message.content).toBe('The image is a PNG of 4x3 pixels. What?');
  });

  it('honours create(body, { signal }) and the stream\'s controller: the Space\'s job is cancelled', async () => {
    const before = await spaceStats(qvq ?? '');
    const controller = new AbortController();
    const stream = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j'), stream: true }, { signal: controller.signal });
    const reading = (async () => {
      for await (const chunk of stream) if (chunk.choices[0]?.delta.content) controller.abort();
    })();
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
    const other = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j'), stream: true });
    const readingOther = (async () => {
      for await (const chunk of other) if (chunk.choices[0]?.delta.content) other.controller.abort();
    })();
    await expect(readingOther).rejects.toBeInstanceOf(APIUserAbortError);
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled >= before.cancelled + 2)).toBe(true);
  });

  it('honours create(body, { timeout }) with APIConnectionTimeoutError', async () => {
    const request = client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j k l m n o p') }, { timeout: 500 });
    await expect(request).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('gives .withResponse() the data and a Response naming the provider', async () => {
    const { data, response } = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('Hello') }).withResponse();
    expect(data.choices[0]?.message.content).toBe('Hello');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-g4f-provider')).toBe('Qwen_QVQ_72B');
  });

  it('gives a stream as newline-separated JSON with toReadableStream()', async () => {
    const stream = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('one two'), stream: true });
    const lines = (await new Response(stream.toReadableStream()).text()).trim().split('\n');
    const chunks = lines.map((line) => JSON.parse(line) as ChatCompletionChunk);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('one two');
  });

  it('cancels the Space\'s job when the caller leaves the loop, even at the first chunk', async () => {
    const before = await spaceStats(qvq ?? '');
    const stream = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j k l'), stream: true });
    for await (const chunk of stream) {
      expect(chunk.choices[0]?.delta.content).toBe('trigger:slow');
      break;
    }
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled === before.cancelled + 1)).toBe(true);
  });

  it('tees a stream into two read at their own pace; the Space\'s job ends only when both are left', async () => {
    const stream = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('one two three'), stream: true });
    const [left, right] = stream.tee();
    const text = async (branch: AsyncIterable<ChatCompletionChunk>) => {
      let read = '';
      for await (const chunk of branch) read += chunk.choices[0]?.delta.content ?? '';
      return read;
    };
    expect(await text(left)).toBe('one two three');
    expect(await text(right)).toBe('one two three');

    const before = await spaceStats(qvq ?? '');
    const slow = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j k l'), stream: true });
    const [first, second] = slow.tee();
    for await (const chunk of first) if (chunk.choices[0]?.delta.content) break;
    // One branch left: the other still reads the answer to its end.
    expect(await text(second)).toBe('trigger:slow a b c d e f g h i j k l');
    expect((await spaceStats(qvq ?? '')).cancelled).toBe(before.cancelled);

    const leftBoth = await client().chat.completions.create({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j k l'), stream: true });
    for (const branch of leftBoth.tee()) {
      for await (const chunk of branch) if (chunk.choices[0]?.delta.content) break;
    }
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled === before.cancelled + 1)).toBe(true);
  });

  it('streams with chat.completions.stream(): content events, the final completion', async () => {
    const deltas: string[] = [];
    const stream = client().chat.completions.stream({ model: 'qvq-72b', messages: ask('one two three') });
    stream.on('content', (delta) => deltas.push(delta));
    const ended = stream.emitted('end');
    const completion = await stream.finalChatCompletion();
    await ended;
    expect(deltas.join('')).toBe('one two three');
    expect(completion.choices[0]).toMatchObject({ message: { role: 'assistant', content: 'one two three' }, finish_reason: 'stop' });
    expect(await stream.finalContent()).toBe('one two three');
  });

  it('aborts chat.completions.stream() with abort(): an abort event, APIUserAbortError, the Space\'s job cancelled', async () => {
    const before = await spaceStats(qvq ?? '');
    const stream = client().chat.completions.stream({ model: 'qvq-72b', messages: ask('trigger:slow a b c d e f g h i j') });
    const aborted = stream.emitted('abort');
    stream.on('content', () => {
      stream.abort();
    });
    await expect(stream.done()).rejects.toBeInstanceOf(APIUserAbortError);
    await aborted;
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled > before.cancelled)).toBe(true);
  });
});
