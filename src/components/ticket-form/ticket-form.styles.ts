import { css } from 'lit';

/**
 * @cssproperty [--hk-form-padding=0] - Space around the form inside the element.
 * @cssproperty [--hk-form-background=transparent] - The form's own background, under the fields.
 */
export const ticketFormStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: var(--hk-form-padding, 0);
    background: var(--hk-form-background, transparent);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 2);
    /* Side by side, the inputs line up whatever one field shows under its own. */
    align-items: start;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_space);
  }
  .field.check label {
    font-weight: 500;
  }
  .field.check .error {
    grid-column: 1 / -1;
  }
  .submit-row button {
    min-inline-size: 10rem;
  }

  /* Suggested articles */
  .suggestions,
  .article {
    background: var(--_accent-soft);
    border: 1px solid color-mix(in srgb, var(--_accent) 25%, var(--_border));
  }
  .suggestions ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .suggestion {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-content: stretch;
    justify-items: start;
    gap: 2px;
    inline-size: 100%;
    text-align: start;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    font-weight: 400;
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .suggestion:hover {
    border-color: var(--_accent);
  }
  .s-title {
    font-weight: 600;
    color: var(--_accent);
  }
  .s-excerpt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .article h3:focus {
    outline: none;
  }
  .article-body {
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.8);
    padding: calc(var(--_space) * 1.5);
  }
  .article-body ol,
  .article-body ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.4em;
  }

  /* After sending */
  .confirmation {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid color-mix(in srgb, var(--_success) 40%, var(--_border));
    background: color-mix(in srgb, var(--_success) 6%, var(--_surface));
  }
  .confirmation h3 {
    font-size: 1.15em;
  }
  .confirmation h3:focus,
  .queued h3:focus,
  .solved:focus {
    outline: none;
  }
  .number {
    display: grid;
    gap: 2px;
  }
  .number strong {
    font-size: 1.6em;
    letter-spacing: 0.02em;
    justify-self: start;
  }
  .promise {
    font-weight: 600;
  }
  .done-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  /* A check mark in a disc, drawn with borders (no image: strict CSP, any colour scheme). */
  .done-check {
    flex: none;
    position: relative;
    inline-size: 28px;
    block-size: 28px;
    border-radius: 50%;
    background: var(--_success);
  }
  .done-check::after {
    content: '';
    position: absolute;
    inset-inline-start: 10px;
    inset-block-start: 6px;
    inline-size: 7px;
    block-size: 13px;
    border: solid var(--_surface);
    border-width: 0 3px 3px 0;
    transform: rotate(45deg);
  }
  .received {
    display: grid;
    gap: var(--_space);
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid color-mix(in srgb, var(--_success) 25%, var(--_border));
  }
  .received h4 {
    margin: 0;
    font-size: 0.93em;
  }
  /* One grid for all rows, so every value starts at the same line. */
  .received dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    margin: 0;
  }
  .received-row {
    display: contents;
  }
  .received dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .received dd {
    margin: 0;
    min-inline-size: 0;
  }
  .sent-body {
    white-space: pre-line;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .sent-files {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  @media (max-width: 420px) {
    .received dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 2px;
    }
    .received dd + dt {
      margin-block-start: var(--_space);
    }
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0 calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    text-decoration: none;
  }
`;
