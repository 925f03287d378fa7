#!/usr/bin/env python3
"""The house rules that a compiler does not check, checked on every CI run:

1. Library boundaries: engine/ includes no Qt, router/ or app/; router/ includes no engine/,
   app/ or Qt Widgets/Gui/Charts; only app/ includes Qt Widgets or Charts.
2. Floors: inside router/ and app/, no include runs from a lower folder to a higher one, and no
   folders include each other in a loop (the floors are listed below: a new folder must be placed).
3. docs/ARCHITECTURE.md names only paths that exist.

Prints each violation as FILE:LINE: message and exits 1 if there is any."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Lower number = lower floor. An include may go to the same floor or down, never up.
FLOORS = {
    "router": {
        "base": 0, "sse": 0, "keys": 0,
        "ledger": 1, "catalog": 1, "health": 1, "metering": 1,
        "budget": 2, "adapters": 2,
        "routing": 3,
        "core": 4,
        "server": 5,
    },
    "app": {"local": 0, "common": 1, "gui": 2, "cli": 2},
}
QT_GUI = re.compile(r"^Qt(Widgets|Gui|Charts|OpenGL)|^Q(Widget|Application|Chart|Painter|Window|Dialog|Label|PushButton|MainWindow)\b")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def tracked(patterns):
    out = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True)
    return [f for f in out.stdout.split() if f]


def main():
    problems = []
    edges = {lib: {} for lib in FLOORS}
    for f in tracked(["*.cpp", "*.h"]):
        parts = f.split("/")
        lib = parts[0]
        if lib not in ("engine", "router", "app"):
            continue
        with open(os.path.join(ROOT, f), encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                angle, target = m.group(1) == "<", m.group(2)
                where = f"{f}:{n}"
                top = target.split("/")[0]
                if lib == "engine":
                    if angle and (target.startswith("Q") or target.startswith("qt")):
                        problems.append(f"{where}: engine/ includes Qt ({target})")
                    if not angle and top in ("router", "app"):
                        problems.append(f"{where}: engine/ includes {top}/ ({target})")
                elif lib == "router":
                    if not angle and top in ("engine", "app"):
                        problems.append(f"{where}: router/ includes {top}/ ({target})")
                    if angle and QT_GUI.match(target):
                        problems.append(f"{where}: router/ includes a GUI module ({target})")
                elif lib == "app" and len(parts) > 2 and parts[1] in ("common", "local") and angle and QT_GUI.match(target):
                    problems.append(f"{where}: app/{parts[1]} is shared with the CLI and includes {target}")
                if angle or lib not in FLOORS or top != lib:
                    continue
                src_dir, dst_dir = parts[1], target.split("/")[1]
                floors = FLOORS[lib]
                for d in (src_dir, dst_dir):
                    if d not in floors:
                        problems.append(f"{where}: {lib}/{d}/ has no floor in tools/ci/check-architecture.py")
                if src_dir in floors and dst_dir in floors:
                    if floors[dst_dir] > floors[src_dir]:
                        problems.append(f"{where}: {lib}/{src_dir}/ (floor {floors[src_dir]}) includes upward into "
                                        f"{lib}/{dst_dir}/ (floor {floors[dst_dir]}): {target}")
                    if src_dir != dst_dir:
                        edges[lib].setdefault(src_dir, set()).add(dst_dir)

    for lib, graph in edges.items():  # folder loops (within one floor)
        state = {}

        def visit(node, path):
            state[node] = 1
            for nxt in sorted(graph.get(node, ())):
                if state.get(nxt) == 1:
                    loop = path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
                    problems.append(f"{lib}/: folders include each other in a loop: {' -> '.join(loop)}")
                elif nxt not in state:
                    visit(nxt, path + [nxt])
            state[node] = 2

        for node in sorted(graph):
            if node not in state:
                visit(node, [node])

    doc = os.path.join(ROOT, "docs", "ARCHITECTURE.md")
    if not os.path.exists(doc):
        problems.append("docs/ARCHITECTURE.md is missing")
    else:
        with open(doc, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                for path in re.findall(r"`([A-Za-z0-9_./-]+)`", line):
                    if "/" not in path or path.startswith(("http", "-")) or "*" in path:
                        continue
                    if not path.split("/")[0] in ("engine", "router", "app", "tests", "tools", "docs", "cmake",
                                                  "resources", "translations", "packaging", ".ci"):
                        continue
                    if not os.path.exists(os.path.join(ROOT, path.rstrip("/"))):
                        problems.append(f"docs/ARCHITECTURE.md:{n}: names {path}, which does not exist")

    for p in problems:
        print(p)
    if problems:
        print(f"check-architecture: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check-architecture: boundaries, floors and docs/ARCHITECTURE.md paths hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
