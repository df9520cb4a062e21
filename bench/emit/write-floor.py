"""The floor for the emitter's write phase: a minimal loop that writes the same bytes the same safe way.

Usage: write-floor.py SOURCE-FOLDER TARGET-FOLDER
Reads every file of SOURCE-FOLDER (the emitter's output for one set) into memory, then, timed, creates
TARGET-FOLDER and writes each file as the emitter does: a temporary file in the same folder, then a
rename over the final name; one thread, nothing else (no hashing, no record, no checks).
Prints the loop's time in milliseconds. TARGET-FOLDER is overwritten file by file when it exists, so
the caller decides whether this measures an empty folder (remove it first) or a full one.
"""
import os
import sys
import time

source, target = sys.argv[1], sys.argv[2]
files = []
for name in sorted(os.listdir(source)):
    with open(os.path.join(source, name), "rb") as f:
        files.append((name, f.read()))

start = time.perf_counter()
os.makedirs(target, exist_ok=True)
for name, content in files:
    path = os.path.join(target, name)
    temporary = os.path.join(target, "." + name + ".tmp")
    with open(temporary, "wb") as f:
        f.write(content)
    os.rename(temporary, path)
print(f"{(time.perf_counter() - start) * 1000:.0f}")
