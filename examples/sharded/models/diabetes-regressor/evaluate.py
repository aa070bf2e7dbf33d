#!/usr/bin/env python3
"""Evaluate a stored diabetes regressor (model.joblib) on the held-out data.

Usage: python3 models/diabetes-regressor/evaluate.py --model DIR --out DIR [--data PATH]

Writes OUT/metrics.json (rmse, mae, r2) and OUT/predictions.csv
(id,y_true,y_pred, full precision so the metrics modelgate recomputes agree).
"""

import argparse
import csv
import json
import os

import joblib
import numpy as np

FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder holding model.joblib")
    parser.add_argument("--out", required=True, help="folder for metrics.json and predictions.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()

    model = joblib.load(os.path.join(args.model, "model.joblib"))
    with open(args.data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    X = np.array([[float(row[name]) for name in FEATURES] for row in rows])
    y_true = np.array([float(row["target"]) for row in rows])
    y_pred = model.predict(X)

    residual = y_true - y_pred
    metrics = {
        "rmse": float(np.mean(residual**2)) ** 0.5,
        "mae": float(np.mean(np.abs(residual))),
        "r2": 1.0 - float(np.sum(residual**2)) / float(np.sum((y_true - np.mean(y_true)) ** 2)),
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(metrics, handle, indent=2)
        handle.write("\n")
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "y_true", "y_pred"])
        for row, t, p in zip(rows, y_true, y_pred):
            writer.writerow([row["id"], repr(float(t)), repr(float(p))])
    print(f"evaluated {len(rows)} rows: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
