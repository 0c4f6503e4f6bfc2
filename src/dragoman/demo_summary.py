"""Print a short summary of an extraction file (used by ``make demo``)."""

from __future__ import annotations

import json
import sys
from collections import Counter


def main(path: str) -> int:
    counts: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            counts["articles"] += 1
            outlets[rec["article"].get("outlet") or "unknown"] += 1
            for kind in ("entities", "events", "deals", "pledges", "quotes"):
                counts[kind] += len(rec.get(kind) or [])
    print("demo corpus: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    print("outlets: " + ", ".join(f"{o} ({n})" for o, n in outlets.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
