import type { Writable } from 'node:stream';
import yoctoSpinner, { type Spinner as YoctoSpinner } from 'yocto-spinner';

/**
 * A one-line spinner on a terminal stream, silent unless enabled. yocto-spinner draws it: it
 * clears lines the text wrapped onto, hides the cursor while spinning, and for TERM=dumb and in
 * CI writes each status on a line of its own instead of animating.
 */
export class Spinner {
  private readonly spinner: YoctoSpinner | undefined;

  /** `enabled` only for a terminal: yocto-spinner moves the cursor with the methods of a tty stream. */
  constructor(stream: Writable, enabled: boolean) {
    // Its own Ctrl-C handler would exit at once; ours aborts the call, which cancels the Space's job.
    this.spinner = enabled ? yoctoSpinner({ stream, handleSignals: false }) : undefined;
  }

  /** Shows `text` beside the spinner, starting it if needed. */
  update(text: string): void {
    if (this.spinner === undefined) return;
    if (this.spinner.isSpinning) this.spinner.text = text;
    else this.spinner.start(text);
  }

  /** Clears the spinner's line and stops. */
  stop(): void {
    this.spinner?.stop();
  }
}
