#!/usr/bin/env python3
"""Evaluate a stored iris classifier (model.json) on the held-out data. Needs only NumPy.

Usage: python3 models/iris-classifier/evaluate.py --model DIR --out DIR [--data PATH]

Writes OUT/metrics.json (accuracy, f1_macro) and OUT/predictions.csv
(id,y_true,y_pred with the class indices 0 setosa, 1 versicolor, 2 virginica).
"""

import argparse
import csv
import json
import os

import numpy as np


def f1_macro(y_true, y_pred, labels):
    scores = []
    for label in labels:
        tp = np.sum((y_pred == label) & (y_true == label))
        fp = np.sum((y_pred == label) & (y_true != label))
        fn = np.sum((y_pred != label) & (y_true == label))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder holding model.json")
    parser.add_argument("--out", required=True, help="folder for metrics.json and predictions.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()

    with open(os.path.join(args.model, "model.json")) as handle:
        model = json.load(handle)
    with open(args.data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    X = np.array([[float(row[name]) for name in model["features"]] for row in rows])
    y_true = np.array([int(row["species"]) for row in rows])
    Z = (X - np.array(model["mean"])) / np.array(model["scale"])
    y_pred = np.argmax(Z @ np.array(model["coef"]).T + np.array(model["intercept"]), axis=1)

    metrics = {
        "accuracy": float(np.mean(y_true == y_pred)),
        "f1_macro": f1_macro(y_true, y_pred, range(len(model["classes"]))),
    }
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
