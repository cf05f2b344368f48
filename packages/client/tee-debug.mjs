import { Client } from "./dist/index.js";
import { spaceStats } from '../local-space/dist/testing.js';
const url = process.argv[2];
const client = new Client({ baseUrl: url });
const mode = process.argv[3];
const stream = await client.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'trigger:slow a b c d e f g h i j k l' }], stream: true });
const branches = mode === 'tee' ? stream.tee() : [stream];
for (const branch of branches) {
  for await (const chunk of branch) { if (chunk.choices[0]?.delta.content) break; }
}
await new Promise((r) => setTimeout(r, 1000));
console.log(mode, await spaceStats(url));
