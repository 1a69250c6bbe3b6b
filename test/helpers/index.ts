// Everything tests share, from one place: the mock backend and clients, harnesses that drive the
// elements as a customer does, a clock moved by hand, recording fetch, fresh pages and failure
// reports. (A test that must load only some elements imports from the module it needs instead.)
export * from './mock-server.js';
export * from './mock-call.js';
export * from './recording-fetch.js';
export * from './fresh-page.js';
export * from './reportable.js';
export * from './test-clock.js';
export * from './faq-harness.js';
export * from './ticket-form-harness.js';
export * from './ticket-status-harness.js';
