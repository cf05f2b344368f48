import type { AttachmentKind } from './attachments.js';
import type { ServedModel } from './models.js';

/** Attachments a model cannot take: the kinds it lacks, and the models that take every kind attached. */
export interface Misfit {
  model: string;
  missing: AttachmentKind[];
  fitting: string[];
}

const NAMES: Readonly<Record<AttachmentKind, string>> = { image: 'images', audio: 'audio' };

/** What of `kinds` the model takes none of; undefined when it takes them all, or when the models are not known. */
export function misfitOf(model: ServedModel | undefined, kinds: readonly AttachmentKind[], models: readonly ServedModel[]): Misfit | undefined {
  if (model === undefined) return undefined;
  const missing = kinds.filter((kind) => !model.takes.includes(kind));
  if (missing.length === 0) return undefined;
  return { model: model.id, missing, fitting: models.filter((other) => kinds.every((kind) => other.takes.includes(kind))).map((other) => other.id) };
}

/** Says plainly, in `element`, that the model takes no such attachment, with a button for each model that does. */
export function showMisfit(element: HTMLElement, misfit: Misfit, onPick: (model: string) => void): void {
  const lacks = misfit.missing.map((kind) => NAMES[kind]).join(' or ');
  if (misfit.fitting.length === 0) {
    element.textContent = `${misfit.model} takes no ${lacks}, and no model on this server does: remove the ${lacks} to send.`;
    return;
  }
  const wanted = misfit.missing.map((kind) => NAMES[kind]).join(' and ');
  const buttons = misfit.fitting.map((model) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pick-model';
    button.textContent = model;
    button.addEventListener('click', () => {
      onPick(model);
    });
    return button;
  });
  element.replaceChildren(`${misfit.model} takes no ${lacks}. Pick a model that takes ${wanted}: `, ...buttons, ` or remove the ${lacks}.`);
}
