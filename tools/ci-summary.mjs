// Prints the closing line CI reads ("N passed, N failed") from Vitest's JSON report.
// A run that failed before Vitest reported (build, typecheck) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load reports no failed test; count it.
  for (const file of report.testResults ?? []) {
    if (
      file.status === 'failed' &&
      (file.assertionResults ?? []).every((t) => t.status !== 'failed')
    )
      failed += 1;
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
