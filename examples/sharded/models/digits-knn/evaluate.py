#!/usr/bin/env python3
"""Evaluate a stored digits k-NN classifier on the held-out data. Needs only NumPy.

Usage: python3 models/digits-knn/evaluate.py --model DIR --out DIR [--data PATH]

Reads DIR/config.json and DIR/weights.bin (the real content: a Git LFS
pointer is refused with a hint) and writes OUT/metrics.json (accuracy,
f1_macro) and OUT/predictions.csv (id,y_true,y_pred).
"""

import argparse
import csv
import json
import os
import sys

import numpy as np

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from train import f1_macro, load_weights, predict  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder holding config.json and weights.bin")
    parser.add_argument("--out", required=True, help="folder for metrics.json and predictions.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()

    with open(os.path.join(args.model, "config.json")) as handle:
        config = json.load(handle)
    images, labels = load_weights(args.model, config)
    with open(args.data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    X = np.array([[int(row[f"p{i}"]) for i in range(64)] for row in rows])
    y_true = np.array([int(row["digit"]) for row in rows])
    y_pred = predict(images, labels, X, config["k"])

    metrics = {"accuracy": float(np.mean(y_true == y_pred)), "f1_macro": f1_macro(y_true, y_pred, range(10))}
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(metrics, handle, indent=2)
        handle.write("\n")
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "y_true", "y_pred"])
        for row, t, p in zip(rows, y_true, y_pred):
            writer.writerow([row["id"], int(t), int(p)])
    print(f"evaluated {len(rows)} rows: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
