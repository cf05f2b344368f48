import { AUDIO_FORMATS, audioFormatOf } from './audio-format.js';
import type { StoredAudio } from './conversation-store.js';

/** What an attachment is, as `/v1/models` says what a model takes. */
export type AttachmentKind = 'image' | 'audio';

type Attachment = { kind: 'image'; dataUri: string } | { kind: 'audio'; audio: StoredAudio };

/** Images and audio waiting to go with the next message: from the button, a drop or a paste. */
export class Attachments {
  private items: Attachment[] = [];

  /** `onChange` runs after every addition and removal. */
  constructor(
    private readonly shelf: HTMLElement,
    private readonly onChange: () => void,
  ) {}

  /** The attached images as data: URIs. */
  get images(): string[] {
    return this.items.flatMap((item) => (item.kind === 'image' ? [item.dataUri] : []));
  }

  /** The attached audio files, with their bytes. */
  get audio(): StoredAudio[] {
    return this.items.flatMap((item) => (item.kind === 'audio' ? [item.audio] : []));
  }

  /** The kinds attached, each once. */
  get kinds(): AttachmentKind[] {
    return [...new Set(this.items.map((item) => item.kind))];
  }

  /** Adds the images and audio among `files`; other files are refused with the reason. */
  async add(files: Iterable<File>): Promise<string[]> {
    const refused: string[] = [];
    for (const file of files) {
      const format = audioFormatOf(file);
      if (file.type.startsWith('image/')) {
        this.items.push({ kind: 'image', dataUri: await readAsDataUri(file) });
      } else if (format !== undefined) {
        const dataUri = await readAsDataUri(file);
        this.items.push({ kind: 'audio', audio: { name: file.name, format, data: dataUri.slice(dataUri.indexOf(',') + 1) } });
      } else {
        refused.push(`${file.name} is neither an image nor audio this page can send (${file.type || 'unknown type'}); attach PNG, JPEG, WebP or GIF images, or ${AUDIO_FORMATS.map((name) => name.toUpperCase()).join(', ')} audio.`);
      }
    }
    this.changed();
    return refused;
  }

  clear(): void {
    this.items = [];
    this.changed();
  }

  private changed(): void {
    this.shelf.replaceChildren(...this.items.map((item, index) => this.chip(item, index)));
    this.onChange();
  }

  /** An image's thumbnail, or an audio file's name, with its remove button. */
  private chip(item: Attachment, index: number): HTMLElement {
    const chip = document.createElement('figure');
    if (item.kind === 'image') {
      chip.className = 'attachment';
      const image = document.createElement('img');
      image.src = item.dataUri;
      image.alt = `attached image ${index + 1}`;
      chip.append(image);
    } else {
      chip.className = 'attachment audio';
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = item.audio.name;
      chip.append(name);
      chip.title = `${item.audio.name} (${item.audio.format.toUpperCase()} audio)`;
    }
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.title = 'Remove';
    remove.addEventListener('click', () => {
      this.items.splice(index, 1);
      this.changed();
    });
    chip.append(remove);
    return chip;
  }
}

function readAsDataUri(file: File): Promise<string> {
  // readAsDataURL gives a string.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as string);
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    };
    reader.readAsDataURL(file);
  });
}
