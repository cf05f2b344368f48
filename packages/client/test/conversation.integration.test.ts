import { describe, expect, it } from 'vitest';
import { BadRequestError, Client, type ChatCompletionChunk } from '@g4f/client';
import { localSpaceUrl } from '@g4f/local-space/testing';

const command = localSpaceUrl('command');

describe.skipIf(command === undefined)('Client carries a conversation the Space keeps (Command on its local chat-ui)', () => {
  const client = () => new Client({ provider: 'CohereForAI_C4AI_Command', baseUrl: command });
  const first = [{ role: 'user' as const, content: 'Name a colour' }];

  it('gives the conversation on the completion, and continues it when it comes back', async () => {
    const one = await client().chat.completions.create({ model: 'command-r', messages: first });
    expect(one.conversation).toMatchObject({ provider: 'CohereForAI_C4AI_Command', model: 'command-r' });
    const reply = one.choices[0]?.message.content ?? '';
    const two = await client().chat.completions.create({
      model: 'command-r',
      messages: [...first, { role: 'assistant', content: reply }, { role: 'user', content: 'And another' }],
      conversation: one.conversation,
    });
    expect(two.choices[0]?.message.content).toBe('[command-r] And another (remembering: Name a colour)');
  });

  it('gives it on the streamed chunk with the finish reason, and in the final completion', async () => {
    const stream = await client().chat.completions.create({ model: 'command-r', messages: first, stream: true });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const finishing = chunks.find((chunk) => chunk.choices[0]?.finish_reason === 'stop');
    expect(finishing?.conversation).toMatchObject({ provider: 'CohereForAI_C4AI_Command' });
    expect(chunks.filter((chunk) => chunk.conversation !== undefined)).toHaveLength(1);
    const streamed = client().chat.completions.stream({ model: 'command-r', messages: first });
    expect((await streamed.finalChatCompletion()).conversation).toMatchObject({ provider: 'CohereForAI_C4AI_Command' });
  });

  it('refuses a conversation that is no conversation object, naming the field', async () => {
    const request = client().chat.completions.create({ model: 'command-r', messages: first, conversation: 'abc' as never });
    await expect(request).rejects.toBeInstanceOf(BadRequestError);
    await expect(request).rejects.toMatchObject({ param: 'conversation' });
  });
});
