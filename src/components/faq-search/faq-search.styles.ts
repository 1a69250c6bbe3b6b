import { css } from 'lit';

export const faqSearchStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search input {
    padding-inline-start: 2.6em;
    padding-inline-end: 2.8em;
    text-overflow: ellipsis;
    font-size: 1.05em;
    min-block-size: 48px;
    border-radius: var(--_radius);
  }
  /* The end padding leaves room for the clear button, which shows only once there is a query. */
  .search input:placeholder-shown {
    padding-inline-end: calc(var(--_space) * 1.4);
  }
  .search input::-webkit-search-cancel-button {
    display: none;
  }
  .icon {
    position: absolute;
    inset-inline-start: 0.9em;
    inline-size: 0.95em;
    block-size: 0.95em;
    border: 2px solid var(--_muted);
    border-radius: 50%;
    pointer-events: none;
  }
  .icon::after {
    content: '';
    position: absolute;
    inline-size: 0.45em;
    block-size: 2px;
    background: var(--_muted);
    inset-inline-start: 0.7em;
    inset-block-start: 0.85em;
    transform: rotate(45deg);
  }
  .root[dir='rtl'] .icon::after {
    transform: rotate(-45deg);
  }
  button.clear {
    position: absolute;
    inset-inline-end: 4px;
    min-inline-size: 44px;
    min-block-size: 44px;
    text-decoration: none;
    color: var(--_muted);
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 4px;
    display: grid;
    gap: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-block-size: min(26rem, 60vh);
    overflow: auto;
    background: var(--_surface);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: grid;
    gap: 2px;
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) * 0.7);
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }
  [role='option'].active {
    background: var(--_accent-soft);
    border-inline-start-color: var(--_accent);
  }
  .r-title {
    font-weight: 600;
  }
  .r-excerpt {
    color: var(--_muted);
    font-size: 0.9em;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  mark {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    /* Full-strength text: muted text on the tinted mark of an active row falls below 4.5:1. */
    color: var(--_text);
    border-radius: 3px;
    padding: 0 1px;
  }
  .alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: baseline;
  }
  .browse,
  .suggested,
  .topic-view,
  .related {
    display: grid;
    gap: var(--_space);
  }
  .section-h {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  /* Articles and topics as rows in one calm card: title, a line of excerpt, a chevron. */
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .rows li + li {
    border-block-start: 1px solid var(--_border);
  }
  button.row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    inline-size: 100%;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.75);
    border: none;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font-weight: 400;
    text-align: start;
    justify-content: flex-start;
  }
  button.row:hover {
    background: var(--_surface-raised);
  }
  button.row:focus-visible {
    outline-offset: -3px;
  }
  .row-text {
    display: grid;
    gap: 2px;
    flex: 1;
    min-inline-size: 0;
  }
  .row-title {
    font-weight: 600;
  }
  .row-excerpt {
    color: var(--_muted);
    font-size: 0.9em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row .chevron {
    color: var(--_muted);
    margin: 0;
  }
  .topic-view h3 {
    font-size: 1.2em;
  }
  .topic-view h3:focus {
    outline: none;
  }
  .article {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .article h3 {
    font-size: 1.3em;
    line-height: 1.3;
  }
  .article h3:focus,
  .contact h3:focus {
    outline: none;
  }
  button.back {
    justify-self: start;
    text-decoration: none;
  }
  .chevron {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-start: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline-end: 0.4em;
  }
  /* The borders are logical, so in RTL the corner is already mirrored; only the turn mirrors too,
     and the "back" chevron points to the start side (right) there. */
  .root[dir='rtl'] .chevron {
    transform: rotate(-45deg);
  }
  /* A chevron into something points to the end side. */
  .chevron.end {
    transform: rotate(-135deg);
  }
  .root[dir='rtl'] .chevron.end {
    transform: rotate(135deg);
  }
  .small {
    font-size: 0.85em;
  }
  .body p {
    margin-block: 0 var(--_space);
  }
  .body ol,
  .body ul {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  .body li + li {
    margin-block-start: 4px;
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .contact {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
`;
