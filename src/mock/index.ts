// helpkit/mock: the protocol implemented in memory, as a plain fetch handler (no msw: it loads in a
// browser or Node as it is). msw handlers are in helpkit/mock/msw.
export { createMockBackend, MockBackend, type MockOptions, type MockLimits, type Failure, type LoggedRequest, type ScriptOptions, type AnswerOptions, type ScriptMove, type Words } from './backend.js';
export { walkthroughScript } from './script.js';
export { mockIdentity } from './identity.js';
export type { AllowedOrigins } from './cors.js';
export { defaultHours, type BusinessHours } from './hours.js';
