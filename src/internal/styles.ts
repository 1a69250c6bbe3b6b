import { css } from 'lit';

const darkTokens = css`
  --_surface: var(--hk-surface-dark, #171b21);
  --_surface-raised: var(--hk-surface-raised-dark, #1f252d);
  --_text: var(--hk-text-dark, #e9edf2);
  --_muted: var(--hk-text-muted-dark, #a3adba);
  --_border: var(--hk-border-dark, #343c47);
  --_accent: var(--hk-accent-dark, #86a8ff);
  --_accent-contrast: var(--hk-accent-contrast-dark, #0d1420);
  --_accent-soft: color-mix(in srgb, var(--_accent) 16%, transparent);
  --_danger: var(--hk-danger-dark, #ff8a80);
  --_success: var(--hk-success-dark, #7ddc9a);
  --_warning: var(--hk-warning-dark, #f2c46b);
  color-scheme: dark;
`;

/**
 * Shared by every element. `.root` resets everything the host page could leak in through
 * inheritance (`all: initial`), then sets our own type and colours from `--hk-*` properties, so
 * hostile page CSS cannot reach inside while site owners can still theme from outside.
 *
 * The theme, set on the element or any ancestor (each element's manifest entry lists these):
 * @cssproperty [--hk-accent=#2456d3] - Links, buttons, focus and highlights.
 * @cssproperty [--hk-accent-contrast=#ffffff] - Text on the accent.
 * @cssproperty [--hk-surface=#ffffff] - The background.
 * @cssproperty [--hk-surface-raised=#f5f7fa] - Raised areas: results, notices, the article.
 * @cssproperty [--hk-text=#1a1f26] - Text.
 * @cssproperty [--hk-text-muted=#5a6472] - Secondary text: hints, dates, the site's name.
 * @cssproperty [--hk-border=#d5dae1] - Borders and dividers.
 * @cssproperty [--hk-danger=#b3261e] - Errors.
 * @cssproperty [--hk-success=#1e7a3c] - Success, and the team's "online" dot.
 * @cssproperty [--hk-warning=#8a5a00] - Warnings (offline, queued).
 * @cssproperty [--hk-accent-dark=#86a8ff] - The accent in the dark theme.
 * @cssproperty [--hk-accent-contrast-dark=#0d1420] - Text on the accent in the dark theme.
 * @cssproperty [--hk-surface-dark=#171b21] - The background in the dark theme.
 * @cssproperty [--hk-surface-raised-dark=#1f252d] - Raised areas in the dark theme.
 * @cssproperty [--hk-text-dark=#e9edf2] - Text in the dark theme.
 * @cssproperty [--hk-text-muted-dark=#a3adba] - Secondary text in the dark theme.
 * @cssproperty [--hk-border-dark=#343c47] - Borders in the dark theme.
 * @cssproperty [--hk-danger-dark=#ff8a80] - Errors in the dark theme.
 * @cssproperty [--hk-success-dark=#7ddc9a] - Success in the dark theme.
 * @cssproperty [--hk-warning-dark=#f2c46b] - Warnings in the dark theme.
 * @cssproperty [--hk-radius=10px] - Corner radius of fields, buttons and panels.
 * @cssproperty [--hk-space=8px] - The spacing unit; gaps and padding are multiples of it.
 * @cssproperty [--hk-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif] - The type.
 * @cssproperty [--hk-font-size=15px] - The base text size; everything else scales from it.
 * @cssproperty [--hk-focus-ring=var(--hk-accent)] - The outline around whatever has keyboard focus.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    --_surface: var(--hk-surface, #ffffff);
    --_surface-raised: var(--hk-surface-raised, #f5f7fa);
    --_text: var(--hk-text, #1a1f26);
    --_muted: var(--hk-text-muted, #5a6472);
    --_border: var(--hk-border, #d5dae1);
    --_accent: var(--hk-accent, #2456d3);
    --_accent-contrast: var(--hk-accent-contrast, #ffffff);
    --_accent-soft: color-mix(in srgb, var(--_accent) 10%, transparent);
    --_danger: var(--hk-danger, #b3261e);
    --_success: var(--hk-success, #1e7a3c);
    --_warning: var(--hk-warning, #8a5a00);
    --_radius: var(--hk-radius, 10px);
    --_space: var(--hk-space, 8px);
    color-scheme: light;
    font-family: var(--hk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif);
    font-size: var(--hk-font-size, 15px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    direction: ltr;
    unicode-bidi: isolate;
    text-align: start;
    -webkit-text-size-adjust: 100%;
    overflow-wrap: anywhere;
  }
  .root[dir='rtl'] {
    direction: rtl;
  }
  :host([theme='dark']) .root {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .root {
      ${darkTokens}
    }
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
  }
  h3 {
    font-size: 1.05em;
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
  /* Header: whose help this is and whether someone is there. */
  .head {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-block-end: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .site-name {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  .presence {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    font-size: 0.9em;
    color: var(--_muted);
  }
  .presence .dot {
    flex: none;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_success);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_success) 22%, transparent);
  }
  .presence.closed .dot {
    background: var(--_muted);
    box-shadow: none;
  }
  .hours {
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* Numbered steps in the reader's own digits. */
  .root[lang='fa'] ol {
    list-style-type: persian;
  }
  .root[lang='ar'] ol {
    list-style-type: arabic-indic;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }

  /* Fields */
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  label,
  .label {
    font-weight: 600;
    font-size: 0.93em;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.87em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.4);
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
  }
  textarea {
    resize: vertical;
    min-block-size: 7em;
  }
  input[type='checkbox'] {
    inline-size: 20px;
    min-block-size: 20px;
    block-size: 20px;
    accent-color: var(--_accent);
    margin: 0;
  }
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  input[type='date'] {
    /* Addresses and numbers read left-to-right even in RTL text. */
    direction: ltr;
    text-align: start;
  }
  /* Phone numbers hold only digits and signs: typed order is display order, also for
     Arabic-Indic digits, which the bidi algorithm would otherwise lay out group by group from the right. */
  input[type='tel'],
  input.identifier {
    unicode-bidi: bidi-override;
  }
  .root[dir='rtl'] input[type='email'],
  .root[dir='rtl'] input[type='tel'],
  .root[dir='rtl'] input[type='number'],
  .root[dir='rtl'] input[type='date'] {
    text-align: end;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-size: 0.9em;
    display: flex;
    gap: 6px;
    align-items: flex-start;
  }
  .error::before {
    content: '!';
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.2em;
    block-size: 1.2em;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-size: 0.8em;
    font-weight: 700;
    margin-block-start: 0.15em;
  }

  /* Buttons */
  button {
    font: inherit;
    font-weight: 600;
    border-radius: calc(var(--_radius) * 0.8);
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 2);
    min-block-size: 44px;
    border: 1px solid transparent;
    cursor: pointer;
    background: var(--_accent);
    color: var(--_accent-contrast);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
    border-color: var(--_border);
  }
  button.link {
    background: none;
    border: none;
    color: var(--_accent);
    padding: 2px 4px;
    min-block-size: auto;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    /* The accent itself: at 55 % it was 2.5:1 on white, under the 3:1 a focus indicator needs. */
    outline: 3px solid var(--hk-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline-offset: 0;
    border-color: var(--_accent);
  }

  /* Notices */
  .notice {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
  }
  .notice.danger {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
    background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
  }
  .notice.warning {
    border-color: color-mix(in srgb, var(--_warning) 45%, var(--_border));
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
  }
  .notice.success {
    border-color: color-mix(in srgb, var(--_success) 45%, var(--_border));
    background: color-mix(in srgb, var(--_success) 7%, var(--_surface));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .loading {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  /* A block set apart inside a view ("was this helpful?", suggested articles). */
  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
