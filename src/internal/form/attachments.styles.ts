import { css } from 'lit';

/**
 * The attachments field (drop zone, file picker, one row per file) as every form that takes files
 * shows it: the ticket form and the tracker's reply box.
 */
export const attachmentsStyles = css`
  .drop {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: calc(var(--_space) * 1.5);
    border: 1.5px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .drop.dragging {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .browse-label {
    position: relative;
    font-weight: 600;
  }
  .browse {
    position: absolute;
    inset: 0;
    opacity: 0;
    inline-size: 100%;
    block-size: 100%;
    cursor: pointer;
  }
  .browse-text {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    color: var(--_accent);
  }
  .browse:focus-visible + .browse-text {
    outline: 3px solid var(--hk-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .file {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto auto;
    gap: var(--_space);
    align-items: center;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    font-size: 0.92em;
  }
  .file.refused {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  .file-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file progress {
    inline-size: 6rem;
    accent-color: var(--_accent);
  }
  .file button {
    min-inline-size: 44px;
    min-block-size: 44px;
    text-decoration: none;
    color: var(--_muted);
  }
  @media (max-width: 420px) {
    .file {
      grid-template-columns: minmax(0, 1fr) auto;
    }
  }
`;
