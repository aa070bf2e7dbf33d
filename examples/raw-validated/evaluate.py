#!/usr/bin/env python3
"""Evaluate one stored version on the held-out data. Needs only NumPy.

Usage: python3 evaluate.py --model DIR --out DIR [--data data/test.csv]

Reads DIR/scaler.json and DIR/coefficients.json and writes
OUT/metrics.json (rmse, mae, r2) and OUT/predictions.csv (id,y_true,y_pred,
full precision, so the metrics modelgate recomputes from it agree).
"""

import argparse
import csv
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder holding scaler.json and coefficients.json")
    parser.add_argument("--out", required=True, help="folder for metrics.json and predictions.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()

    scaler = common.read_json(os.path.join(args.model, "scaler.json"))
    coefficients = common.read_json(os.path.join(args.model, "coefficients.json"))
    ids, columns, y_true = common.read_test_csv(args.data)
    y_pred = common.predict(scaler, coefficients, columns)

    os.makedirs(args.out, exist_ok=True)
    metrics = common.compute_metrics(y_true, y_pred)
    common.write_json(os.path.join(args.out, "metrics.json"), metrics)
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "y_true", "y_pred"])
        for row_id, t, p in zip(ids, y_true, y_pred):
            writer.writerow([row_id, repr(float(t)), repr(float(p))])
    print(f"evaluated {len(ids)} rows: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
