// The README's "In code": Qwen_QVQ_72B's answer about an image, streamed chunk by chunk.
// Usage: node qvq-loop.mjs SPACE_URL IMAGE
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';

const [baseUrl, image] = process.argv.slice(2);
const messages = [{ role: 'user', content: 'What is in this image?' }];
const media = [[image]];
for await (const chunk of Qwen_QVQ_72B.withSettings({ baseUrl }).createAsyncGenerator('qwen-qvq-72b-preview', messages, { media })) {
  process.stdout.write(chunk);
}
