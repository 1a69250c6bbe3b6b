// Register the elements before Vue mounts the app, so it sets `.prop` bindings on upgraded elements.
import 'helpkit/define';
import { createApp } from 'vue';
import App from './App.vue';
import { helpkitClient } from './helpkit.js';

const client = await helpkitClient();

createApp(App, { client }).mount('#app');
