import type { StoredAudio, StoredMessage } from './conversation-store.js';
import { renderMarkdown } from './render-markdown.js';

/** One message on the page; an answer re-renders as its text streams in. */
export class MessageView {
  readonly element: HTMLElement;
  private readonly reasoning: HTMLDetailsElement;
  private readonly reasoningText: HTMLElement;
  private readonly body: HTMLElement;
  private readonly note: HTMLElement;
  private frame: number | undefined;

  constructor(private readonly message: StoredMessage) {
    this.element = document.createElement('article');
    this.element.className = `message ${message.role}`;
    this.reasoning = document.createElement('details');
    this.reasoning.className = 'reasoning';
    const summary = document.createElement('summary');
    summary.textContent = 'Thinking';
    this.reasoningText = document.createElement('div');
    this.reasoning.append(summary, this.reasoningText);
    this.body = document.createElement('div');
    this.body.className = 'body';
    this.note = document.createElement('p');
    this.note.className = 'note';
    const images = (message.images ?? []).map((uri) => {
      const image = document.createElement('img');
      image.src = uri;
      image.alt = 'attached image';
      image.className = 'attached';
      return image;
    });
    this.element.append(...images, ...(message.audio ?? []).map(audioChip), this.reasoning, this.body, this.note);
    this.renderNow();
  }

  /** Re-renders at the next frame: a fast stream renders once a frame, not once a chunk. */
  update(): void {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.renderNow();
    });
  }

  renderNow(): void {
    const { message } = this;
    this.reasoning.hidden = (message.reasoning ?? '') === '';
    this.reasoningText.innerHTML = renderMarkdown(message.reasoning ?? '');
    if (message.role === 'user') this.body.textContent = message.content;
    else this.body.innerHTML = renderMarkdown(message.content);
    this.note.hidden = message.note === undefined;
    this.note.textContent = message.note ?? '';
  }
}

/** An attached audio file's name; once reloaded without its bytes, saying so. */
function audioChip(audio: StoredAudio): HTMLElement {
  const chip = document.createElement('p');
  chip.className = 'audio-chip';
  chip.textContent = audio.data === undefined ? `${audio.name} (not kept: too big for this browser's storage)` : audio.name;
  chip.title = `${audio.format.toUpperCase()} audio`;
  return chip;
}
