// helpkit/mock: the protocol implemented in memory, as a fetch handler and as msw handlers.
export { createMockBackend, MockBackend, mockIdentity, type MockOptions, type Failure, type LoggedRequest } from './backend.js';
export { mswHandlers } from './msw.js';
export { defaultHours, type BusinessHours } from './hours.js';
