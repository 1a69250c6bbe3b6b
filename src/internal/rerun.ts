/**
 * Wraps an async task so that it runs one at a time, and a call made while it runs asks for one
 * more run afterwards (however many calls came in). So a change that arrives mid-load (a new
 * language, a new client) is never dropped, and loads never overlap.
 */
export function rerunning(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
