const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A one-line spinner on a terminal stream; silent unless enabled. */
export class Spinner {
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;
  private text = '';

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
  ) {}

  /** Shows `text` beside the spinner, starting it if needed. */
  update(text: string): void {
    if (!this.enabled) return;
    this.text = text;
    this.timer ??= setInterval(() => {
      this.draw();
    }, 80);
    this.draw();
  }

  /** Clears the line and stops. */
  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.stream.write('\r\x1b[2K');
  }

  private draw(): void {
    this.frame = (this.frame + 1) % FRAMES.length;
    this.stream.write(`\r\x1b[2K${FRAMES[this.frame] ?? ''} ${this.text}`);
  }
}
