#!/usr/bin/env python3
"""Train the iris classifier and store it as one JSON file.

Usage: python3 models/iris-classifier/train.py --out DIR [--C FLOAT] [--features all|petal]
       python3 models/iris-classifier/train.py --export-test PATH

Fits StandardScaler + multinomial LogisticRegression on the training split of
scikit-learn's iris data and writes DIR/model.json (features, scaler, weights,
classes) and DIR/metrics.json (accuracy, f1_macro on the held-out split).
--export-test writes the held-out split as CSV (the committed data/test.csv).
The split is fixed (stratified, 30 %, random_state 0). Deterministic.
"""

import argparse
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
FEATURE_SETS = {"all": FEATURES, "petal": ["petal_length", "petal_width"]}


def dataset():
    data = load_iris()
    rows = np.arange(len(data.target))
    train, test = train_test_split(rows, test_size=0.3, stratify=data.target, random_state=0)
    return data, np.sort(train), np.sort(test)


def export_test(path):
    data, _, test = dataset()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", *FEATURES, "species"])
        for i in test:
            writer.writerow([int(i), *(repr(float(v)) for v in data.data[i]), int(data.target[i])])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="folder for model.json and metrics.json")
    parser.add_argument("--C", type=float, default=10.0, help="inverse regularisation strength (default 10)")
    parser.add_argument("--features", choices=sorted(FEATURE_SETS), default="all")
    parser.add_argument("--export-test", metavar="PATH", help="write the held-out split as CSV and exit")
    args = parser.parse_args()
    if args.export_test:
        export_test(args.export_test)
        return
    if not args.out:
        parser.error("--out is required")

    data, train, test = dataset()
    columns = [FEATURES.index(name) for name in FEATURE_SETS[args.features]]
    scaler = StandardScaler().fit(data.data[np.ix_(train, columns)])
    model = LogisticRegression(C=args.C, max_iter=1000)
    model.fit(scaler.transform(data.data[np.ix_(train, columns)]), data.target[train])
    y_pred = model.predict(scaler.transform(data.data[np.ix_(test, columns)]))
    y_true = data.target[test]

    os.makedirs(args.out, exist_ok=True)
    card = {
        "estimator": "StandardScaler + LogisticRegression (multinomial)",
        "features": FEATURE_SETS[args.features],
        "classes": [str(name) for name in data.target_names],
        "C": args.C,
        "mean": [float(v) for v in scaler.mean_],
        "scale": [float(v) for v in scaler.scale_],
        "coef": [[float(v) for v in row] for row in model.coef_],
        "intercept": [float(v) for v in model.intercept_],
        "trained_with": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
    }
    with open(os.path.join(args.out, "model.json"), "w") as handle:
        json.dump(card, handle, indent=2)
        handle.write("\n")
    metrics = {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "f1_macro": float(f1_score(y_true, y_pred, average="macro")),
    }
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(metrics, handle, indent=2)
        handle.write("\n")
    print(f"iris {args.features} C={args.C}: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
