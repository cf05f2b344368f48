/** The image file of an Image output at `index`. */
export function imageAt(index: number): (outputs: readonly unknown[]) => unknown[] {
  return (outputs) => (outputs[index] === null || outputs[index] === undefined ? [] : [outputs[index]]);
}

/** The image files of a Gallery output at `index` (`[{ image, caption }, ...]`). */
export function galleryAt(index: number): (outputs: readonly unknown[]) => unknown[] {
  return (outputs) => {
    const gallery = outputs[index];
    return Array.isArray(gallery) ? gallery.map((item) => (item as { image?: unknown }).image) : [];
  };
}
