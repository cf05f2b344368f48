/** One of Gradio's edits to an output value: `[op, path, value]`. */
export type GradioEdit = [op: 'replace' | 'append' | 'add' | 'delete', path: (string | number)[], value: unknown];

type Container = Record<string | number, unknown> | unknown[];

function applyEdit(target: unknown, [op, path, value]: GradioEdit): unknown {
  if (path.length === 0) {
    if (op === 'append') return `${target as string}${value as string}`;
    return op === 'delete' ? undefined : value;
  }
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = target as Container;
  const child = (container as Record<string | number, unknown>)[key];
  if (rest.length === 0 && op === 'delete') {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else Reflect.deleteProperty(container, key);
  } else if (rest.length === 0 && op === 'add' && Array.isArray(container)) {
    container.splice(Number(key), 0, value);
  } else {
    (container as Record<string | number, unknown>)[key] = applyEdit(child, [op, rest, value]);
  }
  return container;
}

// Gradio lists a shrinking list's deletes by ascending index; applied that way, each splice
// would shift the next index. Reversing each run of deletes applies them from the end.
function orderDeletes(edits: readonly GradioEdit[]): GradioEdit[] {
  const ordered: GradioEdit[] = [];
  let run: GradioEdit[] = [];
  for (const edit of edits) {
    if (edit[0] === 'delete') {
      run.push(edit);
      continue;
    }
    ordered.push(...run.reverse(), edit);
    run = [];
  }
  return [...ordered, ...run.reverse()];
}

/**
 * Applies Gradio's edits to an output value and returns the new value. Containers are changed
 * in place; strings grow by appending, which keeps long answers cheap.
 */
export function applyDiff(value: unknown, edits: readonly GradioEdit[]): unknown {
  // Most edits are appends to a growing text: no deletes to reorder, no lists to copy.
  const ordered = edits.some((edit) => edit[0] === 'delete') ? orderDeletes(edits) : edits;
  let result = value;
  for (const edit of ordered) result = applyEdit(result, edit);
  return result;
}
