// helpkit: everything. Elements are registered by their own entry points, never as a side effect here.
export * from './sdk/index.js';
