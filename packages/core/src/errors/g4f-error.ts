import { redactCause, redactSecrets } from './redact-secrets.js';

// A marker that survives two copies of this package, where `instanceof` does not.
const G4F_ERROR_MARKER = Symbol.for('g4f.error');

/** What every g4f error may carry besides its message. */
export interface G4FErrorOptions {
  /** The provider that failed, by name. */
  provider?: string | undefined;
  /** The error underneath, if any. */
  cause?: unknown;
  /** Whether trying the same request again may succeed. Default: false. */
  retryable?: boolean;
}

/** The base of every error g4f throws. Its message never contains a token or key. */
export class G4FError extends Error {
  /** The provider that failed, by name, when known. */
  readonly provider: string | undefined;
  /** Whether trying the same request again may succeed. */
  readonly retryable: boolean;

  constructor(message: string, options: G4FErrorOptions = {}) {
    const prefix = options.provider === undefined ? '' : `${options.provider}: `;
    // The cause is shown by util.inspect and loggers, so it is scrubbed like the message.
    redactCause(options.cause);
    super(redactSecrets(prefix + message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    Object.defineProperty(this, G4F_ERROR_MARKER, { value: true });
    this.provider = options.provider;
    this.retryable = options.retryable ?? false;
  }

  /** True for an error of this class or a subclass, even from another copy of the package. */
  static isInstance<T extends G4FError>(
    this: abstract new (...args: never[]) => T,
    error: unknown,
  ): error is T {
    if (error instanceof this) return true;
    if (!isG4FError(error)) return false;
    // Walk the other copy's prototype chain by class name.
    for (let proto: unknown = Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
      if ((proto as { constructor?: { name?: string } }).constructor?.name === this.name) return true;
    }
    return false;
  }
}

/** True for any error thrown by g4f, from any copy of the package. */
export function isG4FError(error: unknown): error is G4FError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[G4F_ERROR_MARKER] === true;
}
