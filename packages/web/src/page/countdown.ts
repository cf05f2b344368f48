/**
 * Counts down in `element`: `text(seconds)` each second until 0, then `done`. The returned
 * function stops it early (a new message, another conversation).
 */
export function startCountdown(element: HTMLElement, seconds: number, text: (left: number) => string, done: () => void): () => void {
  const end = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    element.textContent = text(left);
    if (left === 0) {
      clearInterval(timer);
      done();
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
  return () => {
    clearInterval(timer);
  };
}
