// docs/ai-sdk.md without the `ai` package: the model's own doGenerate, as streamText calls it.
// Usage: node ai-sdk.mjs SPACE_URL
import { createG4F } from '@g4f/ai-sdk';

const [baseUrl] = process.argv.slice(2);
const g4f = createG4F({ baseUrls: { Qwen_QVQ_72B: baseUrl } });
const result = await g4f('qvq-72b').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hello from the AI SDK' }] }] });
console.log(result.content.filter((part) => part.type === 'text').map((part) => part.text).join(''));
