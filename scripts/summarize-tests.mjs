// Reads vitest's JSON report, prints one plain "N passed, N failed" line for CI, and fails when
// a test failed or when a package with tests ran none (a project missing from vitest.workspace.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const reportPath = '.vitest-report.json';
if (!existsSync(reportPath)) {
  console.error('summarize-tests: no vitest report; the test run did not finish.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that failed to load has no failing test of its own; count it as one failure.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

const ranFiles = new Set(report.testResults.map((file) => relative(process.cwd(), file.name)));
const missing = readdirSync('packages').filter((name) => {
  const testDir = join('packages', name, 'test');
  if (!existsSync(testDir)) return false;
  return ![...ranFiles].some((file) => file.startsWith(join('packages', name) + '/'));
});
for (const name of missing) console.error(`summarize-tests: packages/${name} has tests but none ran: add it to vitest.workspace.ts.`);

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || missing.length > 0 || report.success === false ? 1 : 0);
