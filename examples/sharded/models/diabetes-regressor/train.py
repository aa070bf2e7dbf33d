#!/usr/bin/env python3
"""Train the diabetes progression regressor (gradient-boosted trees).

Usage: python3 models/diabetes-regressor/train.py --out DIR [--n-estimators INT]
                        [--max-depth INT] [--learning-rate FLOAT] [--seed INT]
       python3 models/diabetes-regressor/train.py --export-test PATH

Fits a GradientBoostingRegressor on the training split of scikit-learn's
diabetes data (original units) and writes DIR/model.joblib and
DIR/metrics.json (rmse, mae, r2 on the held-out split). --export-test writes
the held-out split as CSV (the committed data/test.csv). The split is fixed
(30 %, random_state 0). Deterministic for a given scikit-learn and joblib.
"""

import argparse
import csv
import json
import os

import joblib
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def dataset():
    data = load_diabetes(scaled=False)
    train, test = train_test_split(np.arange(len(data.target)), test_size=0.3, random_state=0)
    return data, np.sort(train), np.sort(test)


def export_test(path):
    data, _, test = dataset()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", *FEATURES, "target"])
        for i in test:
            writer.writerow([int(i), *(repr(float(v)) for v in data.data[i]), repr(float(data.target[i]))])


def metrics_of(y_true, y_pred):
    residual = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return {
        "rmse": float(np.mean(residual**2)) ** 0.5,
        "mae": float(np.mean(np.abs(residual))),
        "r2": 1.0 - float(np.sum(residual**2)) / float(np.sum((y_true - np.mean(y_true)) ** 2)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="folder for model.joblib and metrics.json")
    parser.add_argument("--n-estimators", type=int, default=100)
    parser.add_argument("--max-depth", type=int, default=2)
    parser.add_argument("--learning-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--export-test", metavar="PATH", help="write the held-out split as CSV and exit")
    args = parser.parse_args()
    if args.export_test:
        export_test(args.export_test)
        return
    if not args.out:
        parser.error("--out is required")

    data, train, test = dataset()
    model = GradientBoostingRegressor(
        n_estimators=args.n_estimators,
        max_depth=args.max_depth,
        learning_rate=args.learning_rate,
        random_state=args.seed,
    )
    model.fit(data.data[train], data.target[train])
    metrics = metrics_of(data.target[test], model.predict(data.data[test]))

    os.makedirs(args.out, exist_ok=True)
    joblib.dump(model, os.path.join(args.out, "model.joblib"), compress=3)
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(metrics, handle, indent=2)
        handle.write("\n")
    print(f"gbr n={args.n_estimators} depth={args.max_depth} lr={args.learning_rate}: "
          + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
