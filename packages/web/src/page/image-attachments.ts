/** Images waiting to go with the next message: from the button, a drop or a paste. */
export class ImageAttachments {
  private images: string[] = [];

  constructor(private readonly shelf: HTMLElement) {}

  /** The attached images as data: URIs. */
  get dataUris(): readonly string[] {
    return this.images;
  }

  /** Adds the image files among `files`; other files are refused with the reason. */
  async add(files: Iterable<File>): Promise<string[]> {
    const refused: string[] = [];
    for (const file of files) {
      if (!file.type.startsWith('image/')) {
        refused.push(`${file.name} is not an image (${file.type || 'unknown type'}); attach PNG, JPEG, WebP or GIF.`);
        continue;
      }
      this.images.push(await readAsDataUri(file));
    }
    this.render();
    return refused;
  }

  clear(): void {
    this.images = [];
    this.render();
  }

  private render(): void {
    this.shelf.replaceChildren(
      ...this.images.map((uri, index) => {
        const item = document.createElement('figure');
        item.className = 'attachment';
        const image = document.createElement('img');
        image.src = uri;
        image.alt = `attached image ${index + 1}`;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.title = 'Remove';
        remove.addEventListener('click', () => {
          this.images.splice(index, 1);
          this.render();
        });
        item.append(image, remove);
        return item;
      }),
    );
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
