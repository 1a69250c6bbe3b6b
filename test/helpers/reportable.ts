// A failed test's error reaches the runner through structuredClone, and chai puts the compared
// values on it. A DOM node there cannot be cloned: the page could then never report, and the whole
// file timed out with no word of which assertion failed. Turn such values into text first.
afterEach(function () {
  const err = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    try {
      structuredClone(err[key]);
    } catch {
      err[key] = describeValue(err[key]);
    }
  }
});

/** A short text for a value in a failure message: an element as its opening tag and text. */
export function describeValue(value: unknown): string {
  if (value instanceof Element) {
    const tag = value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1);
    return `${tag}${(value.textContent ?? '').trim().slice(0, 60)}`;
  }
  return String(value);
}

/** Asserts that focus is on `el` inside `root` (the failure names both elements, as text). */
export function expectFocus(root: DocumentOrShadowRoot, el: Element | null | undefined): void {
  const active = root.activeElement;
  if (!el || active !== el) throw new Error(`expected focus on ${describeValue(el)} but it is on ${describeValue(active)}`);
}
