import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import markedKatex from 'marked-katex-extension';

// Markdown with $math$ and $$display math$$; KaTeX errors show the source in red, never throw.
const marked = new Marked({ gfm: true, breaks: true, async: false }, markedKatex({ throwOnError: false, nonStandard: true }));

/** An answer's Markdown and math as sanitised HTML: a Space's text may hold any markup. */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }));
}
