import { describe, expect, it } from 'vitest';
import { ResponseError } from '@g4f/core';
import { findQueueEndpoint, type GradioConfig } from '../src/gradio/gradio-config.js';

const context = { provider: 'Test_Space', baseUrl: 'http://127.0.0.1:7860' };

// As Gradio lists handlers: `id` is the fn_index, which need not be the place in the list.
const config: GradioConfig = {
  dependencies: [
    { id: 0, api_name: 'load_example', inputs: [12], targets: [[12, 'click']] },
    { id: 7, api_name: false, inputs: [], targets: [[5, 'click']] },
    { id: 3, api_name: 'model_chat', inputs: [20, 19, 17, 14], targets: [[25, 'submit'], [28, 'click']] },
    { id: 2, api_name: 'generate_image', inputs: [18, 19, 15, 16], targets: [[20, 'click']] },
  ],
};

describe('findQueueEndpoint', () => {
  it('finds an endpoint by name, and sends its id (not its place in the list) and its first trigger', () => {
    expect(findQueueEndpoint(config, { apiName: '/model_chat', inputCount: 4 }, context)).toEqual({ fnIndex: 3, triggerId: 25 });
    expect(findQueueEndpoint(config, { apiName: 'generate_image', fnIndex: 3, inputCount: 4 }, context)).toEqual({ fnIndex: 2, triggerId: 20 });
  });

  it('falls back to the real fn_index when the name is gone, if that handler takes as many inputs', () => {
    expect(findQueueEndpoint(config, { apiName: 'chat', fnIndex: 3, inputCount: 4 }, context)).toEqual({ fnIndex: 3, triggerId: 25 });
    expect(findQueueEndpoint(config, { apiName: 'chat', fnIndex: 7, inputCount: 0 }, context)).toEqual({ fnIndex: 7, triggerId: 5 });
  });

  it('refuses a renamed or missing endpoint, listing the named ones with their fn_index and inputs', () => {
    const find = () => findQueueEndpoint(config, { apiName: 'chat', fnIndex: 3, inputCount: 3 }, context);
    expect(find).toThrow(ResponseError);
    expect(find).toThrow(
      'the Space at http://127.0.0.1:7860 has no endpoint "chat" nor a handler at fn_index 3 taking 3 inputs (its named endpoints: load_example (fn_index 0, 1 inputs), model_chat (fn_index 3, 4 inputs), generate_image (fn_index 2, 4 inputs)): the base URL points at another Space, or the Space changed and the provider needs an update.',
    );
    expect(() => findQueueEndpoint({}, { apiName: 'chat', inputCount: 1 }, context)).toThrow('has no endpoint "chat" taking 1 inputs (its named endpoints: none)');
  });

  it('refuses a same-named endpoint taking another number of inputs: another Space that names its endpoint alike', () => {
    expect(() => findQueueEndpoint(config, { apiName: 'generate_image', inputCount: 7 }, context)).toThrow(
      'has no endpoint "generate_image" taking 7 inputs (its named endpoints:',
    );
  });
});
