/** The image file of an Image output at `index`. */
export function imageAt(index: number): (outputs: readonly unknown[]) => unknown[] {
  return (outputs) => (outputs[index] === null || outputs[index] === undefined ? [] : [outputs[index]]);
}

/**
 * The image files of a Gallery output at `index` (`[{ image, caption }, ...]`). Anything else
 * but an empty gallery is handed on as it is, so that a changed shape is reported, not dropped.
 */
export function galleryAt(index: number): (outputs: readonly unknown[]) => unknown[] {
  return (outputs) => {
    const gallery = outputs[index];
    if (gallery === null || gallery === undefined) return [];
    if (!Array.isArray(gallery)) return [gallery];
    return (gallery as unknown[]).map((item) => (item !== null && typeof item === 'object' && 'image' in item ? item.image : item));
  };
}
