import { css } from 'lit';

/** What the customer does on a ticket: reply, escalate, rate, start a new one. */
export const ticketActionsStyles = css`
  .reply-form,
  .escalate-form,
  .rate-form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  /* What we asked, above the box when we wait on the customer. */
  .asked {
    display: block;
    margin-block-start: 2px;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-inline-start: 3px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: 1.07em;
  }
  .asked-by {
    font-weight: 650;
  }
  .asked-body {
    white-space: pre-wrap;
  }
  .reply.notice p {
    margin: 0;
  }
  .escalate,
  .rate {
    border: 1px solid var(--_border);
  }
  .escalate {
    border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
  }
  .escalated {
    font-size: 0.92em;
    color: var(--_muted);
  }
  .escalated:focus,
  .rated:focus {
    outline: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: 0.93em;
    margin-block-end: var(--_space);
  }
  .scale-options {
    display: flex;
    gap: var(--_space);
  }
  .scale-option {
    position: relative;
    flex: 1 1 0;
    max-inline-size: 56px;
  }
  .scale-option input,
  .reason input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    cursor: pointer;
  }
  .scale-option span[aria-hidden] {
    display: grid;
    place-items: center;
    min-block-size: 44px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    font-weight: 650;
    color: var(--_accent);
    background: var(--_surface);
  }
  .scale-option.chosen span[aria-hidden] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .scale-option input:focus-visible + span,
  .reason input:focus-visible + span {
    outline: 3px solid var(--hk-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    max-inline-size: calc(5 * 56px + 4 * var(--_space));
    font-size: 0.85em;
  }
  .reasons {
    gap: calc(var(--_space) * 0.75);
  }
  .reason {
    position: relative;
    font-weight: 400;
  }
  .reason span {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 40px;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
  }
  .reason span::before {
    content: '';
    flex: none;
    inline-size: 16px;
    block-size: 16px;
    border-radius: 50%;
    border: 2px solid var(--_muted);
  }
  .reason input:checked + span {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .reason input:checked + span::before {
    border-color: var(--_accent);
    background: radial-gradient(var(--_accent) 45%, transparent 50%);
  }
  .follow-up {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
`;
