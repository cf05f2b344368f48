// docs/usage.md "By name": the registry finds the provider that @g4f/provider-hf-space registered
// (in the one @g4f/core that npm installed), and a copy registered again answers in its place.
// Usage: node by-name.mjs SPACE_URL
import { getProvider, registerProvider, resolveModel } from '@g4f/core';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';

const [baseUrl] = process.argv.slice(2);
const before = resolveModel('qvq-72b');
registerProvider(Qwen_QVQ_72B.withSettings({ baseUrl }));
const { provider, model } = resolveModel('qvq-72b');
const answer = await provider.createCompletion(model, [{ role: 'user', content: 'Hello by name' }]);
console.log(JSON.stringify({ provider: before.provider.name, model: before.model, byProviderName: getProvider('Qwen_QVQ_72B').name, answer }));
