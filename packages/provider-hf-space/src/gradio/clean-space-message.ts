const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

// Gradio 4 sends a gr.Error's message as Python's repr: 'text', or "text" when it holds a '.
function unwrapPythonRepr(message: string): string {
  const match = /^(['"])([\s\S]*)\1$/.exec(message);
  if (match === null) return message;
  return (match[2] ?? '').replace(/\\(['"\\])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/**
 * A Space's error message as plain text, or null when it says nothing. Spaces send HTML
 * (ZeroGPU's `<a href>` links), Markdown links (Gradio 4's text of the same), and on Gradio 4
 * Python's repr, "None" for a gr.Error without message; links keep their words.
 */
export function cleanSpaceMessage(message: string | null): string | null {
  if (message === null) return null;
  const text = unwrapPythonRepr(message.trim())
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' || text === 'None' ? null : text;
}
