import { css } from 'lit';

/** The tracker's list of tickets, "Find my tickets" and the way back to the list. */
export const ticketListStyles = css`
  /* The list */
  .list {
    gap: calc(var(--_space) * 1.5);
  }
  .list-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .list-head h3:not(.sr-only) {
    margin-inline-end: auto;
  }
  .filter {
    display: inline-flex;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    min-inline-size: 0;
  }
  .filter-option {
    position: relative;
    font-weight: 600;
    font-size: 0.9em;
  }
  .filter-option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    cursor: pointer;
  }
  .filter-option span {
    display: inline-flex;
    align-items: center;
    min-block-size: 36px;
    padding: 0 calc(var(--_space) * 1.75);
    border-radius: 999px;
    color: var(--_accent);
  }
  .filter-option.chosen span {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .filter-option input:focus-visible + span {
    outline: 3px solid var(--hk-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .tickets {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .ticket-row {
    inline-size: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    justify-content: stretch;
    gap: calc(var(--_space) * 1.5);
    text-align: start;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
  }
  .ticket-row:hover {
    border-color: var(--_accent);
  }
  .ticket-row.has-unread {
    border-inline-start: 3px solid var(--_accent);
  }
  .row-main {
    display: grid;
    gap: 2px;
    justify-items: start;
    min-inline-size: 0;
  }
  .row-subject {
    font-weight: 650;
  }
  .has-unread .row-subject {
    font-weight: 750;
  }
  .row-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 2px calc(var(--_space) * 1.5);
    font-size: 0.87em;
  }
  .row-note {
    font-size: 0.87em;
    color: var(--_danger);
  }
  .row-side {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .unread {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.7em;
    block-size: 1.7em;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8em;
    font-weight: 700;
  }
  @container (max-width: 420px) {
    .ticket-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .back {
    justify-self: start;
    display: inline-flex;
    gap: 6px;
    text-decoration: none;
  }
  .back-arrow::before {
    content: '←';
  }
  .root[dir='rtl'] .back-arrow::before {
    content: '→';
  }
  .find {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .find.folded {
    padding-block-start: 0;
    border: 0;
    justify-items: start;
  }
  .find-form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .find-done:focus {
    outline: none;
  }
`;
