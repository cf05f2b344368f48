import { authHeaders } from './api-key-store.js';
import { errorFromResponse } from './server-error.js';

/** A model as the server's `/v1/models` lists it (OpenAI's fields plus g4f's). */
export interface ServedModel {
  id: string;
  owned_by: string;
  aliases: string[];
  takes: ('text' | 'image' | 'audio')[];
  gives: ('text' | 'reasoning' | 'image')[];
}

/** The models this server serves. */
export async function fetchModels(): Promise<ServedModel[]> {
  const response = await fetch('/v1/models', { headers: authHeaders() });
  if (!response.ok) throw await errorFromResponse(response);
  return ((await response.json()) as { data: ServedModel[] }).data;
}

/** The picker's groups, in this order: what a model takes and gives. */
export const MODEL_GROUPS = ['Text', 'Image in', 'Audio in', 'Image out'] as const;

/** The group a model is listed under. */
export function groupOf(model: ServedModel): (typeof MODEL_GROUPS)[number] {
  if (model.gives.includes('image')) return 'Image out';
  if (model.takes.includes('audio')) return 'Audio in';
  if (model.takes.includes('image')) return 'Image in';
  return 'Text';
}

/** One line about what a model takes and gives: "text, image → text, reasoning". */
export function describeModel(model: ServedModel): string {
  return `${model.takes.join(', ')} → ${model.gives.join(', ')} · ${model.owned_by}`;
}
