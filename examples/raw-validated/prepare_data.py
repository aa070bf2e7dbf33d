#!/usr/bin/env python3
"""Write the held-out split of the diabetes data set to data/test.csv (and monitor's feature data).

Usage: python3 prepare_data.py [--out data/test.csv]

The file is committed: it is the evaluation data (`evaluate.data` in
models/registry.yaml) of both models.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    common.write_test_csv(args.out)
    print(f"wrote {args.out}")
    # Feature data for `monitor`: what production was trained on, and "recent" rows.
    data = os.path.dirname(os.path.abspath(args.out))
    common.write_features_csv(os.path.join(data, "reference.csv"), "train")
    common.write_features_csv(os.path.join(data, "current", "2026-11.csv"), "test")
    print(f"wrote {data}/reference.csv and {data}/current/2026-11.csv")


if __name__ == "__main__":
    main()
