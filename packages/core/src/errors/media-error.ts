import { G4FError } from './g4f-error.js';

/** An image that cannot be used: unreadable, too large, or of an unsupported format. */
export class MediaError extends G4FError {}
