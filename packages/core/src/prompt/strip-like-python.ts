// The characters Python's str.strip() removes (str.isspace). JavaScript's trim() differs: it
// keeps \x1c-\x1f and \x85 and removes \ufeff, so prompts would not match g4f's to the byte.
const WHITESPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_WHITESPACE = new RegExp(`^[${WHITESPACE}]+|[${WHITESPACE}]+$`, 'g');

/** `text` without the whitespace at its ends, as Python's `str.strip()` sees whitespace. */
export function stripLikePython(text: string): string {
  return text.replace(EDGE_WHITESPACE, '');
}
