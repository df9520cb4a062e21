"""Sums the counters of every TRX file below a folder; prints `PASSED FAILED SKIPPED` for .ci/run."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
root = sys.argv[1] if len(sys.argv) > 1 else "TestResults"
passed = failed = skipped = 0
files = glob.glob(os.path.join(root, "**", "*.trx"), recursive=True)
for path in files:
    counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
if not files:
    print("no TRX files found: the tests did not run", file=sys.stderr)
    failed += 1
print(passed, failed, skipped)
