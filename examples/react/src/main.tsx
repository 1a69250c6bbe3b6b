// Register the elements before React renders them: React 19 then sets props such as `client` as
// properties (it checks `name in element`) instead of turning them into attributes.
import 'helpkit/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { helpkitClient } from './helpkit.js';

const client = await helpkitClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
