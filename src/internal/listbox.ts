/**
 * Where an arrow, Home or End key moves the active option of a listbox with `count` options
 * (`active` −1: none), wrapping around; undefined when the key does not move it.
 */
export function listboxMove(key: string, active: number, count: number): number | undefined {
  if (!count) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (active + 1) % count;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return active < 0 ? undefined : 0;
    case 'End':
      return active < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}
