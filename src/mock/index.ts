// helpkit/mock: the protocol implemented in memory, as a fetch handler and as msw handlers.
export { createMockBackend, MockBackend, type MockOptions, type MockLimits, type Failure, type LoggedRequest } from './backend.js';
export { mockIdentity } from './identity.js';
export type { AllowedOrigins } from './cors.js';
export { mswHandlers } from './msw.js';
export { defaultHours, type BusinessHours } from './hours.js';
