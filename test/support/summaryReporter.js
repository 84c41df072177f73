// Ends the run with one plain line, "jest: N passed, N failed", that CI logs can read at a glance.
// Written at process exit so it comes after jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : "";
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
