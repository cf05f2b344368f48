export { conformanceChecks, type ConformanceCheck } from './conformance-checks.js';
export type { ConformanceOptions } from './conformance-options.js';
export { connectionProbe, type ConnectionProbe } from './connection-probe.js';
export { describeProvider } from './describe-provider.js';
export { ScriptedProvider } from './scripted-provider.js';
