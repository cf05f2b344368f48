// docs/usage.md "OpenAI-shaped client": a chat completion with an image, by file path.
// Usage: node client.mjs SPACE_URL IMAGE
import { Client } from '@g4f/client';

const [baseUrl, image] = process.argv.slice(2);
const client = new Client({ baseUrl });
const completion = await client.chat.completions.create({
  model: 'qvq-72b',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'What is in this image?' }, { type: 'image_url', image_url: { url: image } }] }],
});
console.log(completion.choices[0].message.content);
