// Bidirectional controls let a name display in another order than it is: "evil\u202Egnp.exe" shows
// as "evilexe.png". Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks
// (U+200E, U+200F, U+061C) are removed from names we show; the element around them sets dir="auto".
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `text` without bidirectional control characters, for file and display names. */
export function neutralizeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A name put into a sentence as plain text: its own controls removed, then set apart (FSI…PDI) so
 * "C++" or "report-2.pdf" keeps its order inside a sentence of the other direction.
 */
export function isolate(text: string): string {
  return `\u2068${neutralizeBidi(text)}\u2069`;
}
