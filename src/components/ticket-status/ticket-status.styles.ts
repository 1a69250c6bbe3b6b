import { css } from 'lit';

/**
 * @cssproperty [--hk-status-padding=0] - Space around the tracker inside the element.
 * @cssproperty [--hk-status-background=var(--hk-surface)] - The tracker's own background.
 */
export const ticketStatusStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: var(--hk-status-padding, 0);
    background: var(--hk-status-background, var(--_surface));
    container-type: inline-size;
  }
  h4 {
    margin: 0;
    font-size: 0.93em;
    font-weight: 650;
  }
  .ticket,
  .detail {
    display: grid;
    gap: calc(var(--_space) * 2.5);
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  h3:focus,
  h4:focus {
    outline: none;
  }

  /* Status at a glance */
  .summary {
    gap: calc(var(--_space) * 0.75);
  }
  .summary-head {
    display: grid;
    gap: 2px;
  }
  .summary h3 {
    font-size: 1.15em;
  }
  .ticket-number {
    font-size: 0.87em;
  }
  .next {
    font-size: 1.02em;
  }
  .assignee {
    font-size: 0.9em;
  }
  .badge,
  .sla,
  .new-mark {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border-radius: 999px;
    padding: 2px 10px;
    font-size: 0.82em;
    font-weight: 650;
    line-height: 1.6;
    white-space: nowrap;
    border: 1px solid color-mix(in srgb, var(--_c, var(--_accent)) 40%, var(--_border));
    background: color-mix(in srgb, var(--_c, var(--_accent)) 10%, var(--_surface));
    color: var(--_text);
  }
  .badge::before,
  .sla::before {
    content: '';
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_c, var(--_accent));
  }
  .status-waiting_on_customer,
  .sla-atRisk {
    --_c: var(--_warning);
  }
  .status-solved,
  .sla-met,
  .sla-onTrack {
    --_c: var(--_success);
  }
  .status-closed {
    --_c: var(--_muted);
  }
  .sla-overdue {
    --_c: var(--_danger);
  }

  /* Steps: a row of dots joined by lines; a column when the element is narrow. */
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
  }
  .step {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 6px;
    text-align: center;
    font-size: 0.88em;
    color: var(--_muted);
  }
  .step::before {
    content: '';
    position: absolute;
    inset-block-start: 9px;
    inset-inline-start: calc(-50% + 12px);
    inline-size: calc(100% - 24px);
    block-size: 2px;
    background: var(--_border);
  }
  .step:first-child::before {
    display: none;
  }
  .step.done::before,
  .step.current::before {
    background: var(--_success);
  }
  .step-dot {
    position: relative;
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
  }
  .step.done .step-dot {
    border-color: var(--_success);
    background: var(--_success);
  }
  .step.done .step-dot::after {
    content: '';
    position: absolute;
    inset-inline-start: 5px;
    inset-block-start: 1px;
    inline-size: 5px;
    block-size: 10px;
    border: solid var(--_surface);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .step.current {
    color: var(--_text);
    font-weight: 650;
  }
  .step.current .step-dot {
    border-color: var(--_accent);
    box-shadow: 0 0 0 4px var(--_accent-soft);
  }
  .step.current .step-dot::after {
    content: '';
    position: absolute;
    inset: 4px;
    border-radius: 50%;
    background: var(--_accent);
  }
  @container (max-width: 420px) {
    .steps {
      grid-auto-flow: row;
      gap: calc(var(--_space) * 1.5);
    }
    .step {
      grid-template-columns: 20px minmax(0, 1fr);
      justify-items: start;
      align-items: center;
      gap: var(--_space);
      text-align: start;
    }
    .step::before {
      inset-block-start: calc(-1 * var(--_space) * 1.5 + 2px);
      inset-inline-start: 9px;
      inline-size: 2px;
      block-size: calc(var(--_space) * 1.5);
    }
  }

  /* The promise */
  .promise {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .promise dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  .promise-row {
    display: contents;
  }
  .promise dt {
    color: var(--_muted);
    font-size: 0.92em;
    padding-block-start: 2px;
  }
  .promise dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px var(--_space);
  }
  .countdown {
    color: var(--_muted);
  }
  .away,
  .hours-note {
    font-size: 0.87em;
  }
  @container (max-width: 420px) {
    .promise dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 2px;
    }
    .promise dd + dt {
      margin-block-start: var(--_space);
    }
  }

  /* The conversation */
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .message {
    display: grid;
    gap: 4px;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    margin-inline-end: 12%;
  }
  .message.from-customer {
    margin-inline: 12% 0;
    background: var(--_accent-soft);
    border-color: color-mix(in srgb, var(--_accent) 25%, var(--_border));
  }
  .message.from-system {
    margin-inline: 0;
    background: transparent;
    border-style: dashed;
    font-size: 0.92em;
  }
  .message.unseen {
    border-inline-start: 3px solid var(--_accent);
  }
  .message-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px var(--_space);
    font-size: 0.87em;
  }
  .author {
    font-weight: 650;
  }
  .when {
    margin-inline-start: auto;
  }
  .new-mark {
    padding: 0 8px;
    font-size: 0.78em;
  }
  .message-body {
    white-space: pre-wrap;
  }
  .attachments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
    font-size: 0.9em;
  }
  .earlier {
    justify-self: start;
  }

  /* Notices */
  .stale p,
  .refused p {
    margin: 0;
  }
`;
