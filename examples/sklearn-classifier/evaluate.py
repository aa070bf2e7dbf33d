#!/usr/bin/env python3
"""Evaluate one version of the breast-cancer classifier on the held-out data.

Usage: python3 evaluate.py --model DIR --out DIR [--data data/test.csv]

Reads DIR/model.joblib and DIR/model.json (--model is the version folder, or
the benchmark copy's folder), predicts every row of the test data and writes

  OUT/metrics.json      accuracy, precision_macro, recall_macro, f1_macro, roc_auc
  OUT/predictions.csv   id,y_true,y_pred,y_score  (y_score = P(class 1 = benign))

`id` is the row's index in the original data set, so modelgate pairs the
candidate's and the benchmark's predictions row by row for its significance
test. y_score is written with full precision so that the metrics modelgate
recomputes from this file agree with metrics.json.
"""

import argparse
import csv
import json
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import joblib  # noqa: E402
import numpy as np  # noqa: E402

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder holding model.joblib and model.json")
    parser.add_argument("--out", required=True, help="folder for metrics.json and predictions.csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "data", "test.csv"))
    args = parser.parse_args()

    with open(os.path.join(args.model, "model.json")) as handle:
        card = json.load(handle)
    pipeline = joblib.load(os.path.join(args.model, "model.joblib"))

    ids, columns, y_true = common.read_test_csv(args.data)
    X = np.column_stack([columns[name] for name in card["features"]])
    y_pred = pipeline.predict(X)
    y_score = pipeline.predict_proba(X)[:, list(pipeline.classes_).index(card["positive_class"])]

    os.makedirs(args.out, exist_ok=True)
    metrics = common.compute_metrics(y_true, y_pred, y_score)
    common.write_json(os.path.join(args.out, "metrics.json"), metrics)
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "y_true", "y_pred", "y_score"])
        for row_id, t, p, s in zip(ids, y_true, y_pred, y_score):
            writer.writerow([row_id, int(t), int(p), repr(float(s))])
    print(f"evaluated {len(ids)} rows: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
