"""Shared by prepare_data.py, train.py and evaluate.py: the data, the fixed
train/test split, the model's feature sets and the metrics.

Everything here is deterministic. The split never changes (SPLIT_SEED), so
`data/test.csv` stays the held-out data of every version in the registry and
results of different versions can be compared row by row.
"""

import csv
import json

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import (
    accuracy_score,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.model_selection import train_test_split

SPLIT_SEED = 0
TEST_SIZE = 0.3

# Column names as they appear in data/test.csv ("mean radius" -> "mean_radius").
FEATURES = [name.replace(" ", "_") for name in load_breast_cancer().feature_names]
FEATURE_SETS = {
    "all": FEATURES,  # the 30 features: mean, standard error and worst of 10 measurements
    "mean": FEATURES[:10],  # only the 10 "mean_*" features (the first model used these)
}


def load_dataset():
    """Return (X, y, target_names) of the full breast-cancer data set (569 rows)."""
    data = load_breast_cancer()
    return data.data, data.target, [str(t) for t in data.target_names]


def split_indices(y):
    """The fixed stratified split: sorted row indices (train, test) of the data set."""
    rows = np.arange(len(y))
    train, test = train_test_split(
        rows, test_size=TEST_SIZE, stratify=y, random_state=SPLIT_SEED
    )
    return np.sort(train), np.sort(test)


def write_test_csv(path):
    """Write the held-out rows as CSV: id (row index in the data set), features, target."""
    X, y, _ = load_dataset()
    _, test = split_indices(y)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", *FEATURES, "target"])
        for i in test:
            writer.writerow([int(i), *(repr(float(v)) for v in X[i]), int(y[i])])


def read_test_csv(path):
    """Read data/test.csv back: (ids, {feature: column}, y)."""
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise SystemExit(f"{path}: no rows")
    ids = [int(row["id"]) for row in rows]
    columns = {name: np.array([float(row[name]) for row in rows]) for name in FEATURES}
    y = np.array([int(row["target"]) for row in rows])
    return ids, columns, y


def compute_metrics(y_true, y_pred, y_score):
    """The metrics modelgate's policy reads. Names match the ones modelgate computes
    itself from predictions.csv, and the values must agree with its own."""
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "precision_macro": float(precision_score(y_true, y_pred, average="macro")),
        "recall_macro": float(recall_score(y_true, y_pred, average="macro")),
        "f1_macro": float(f1_score(y_true, y_pred, average="macro")),
        "roc_auc": float(roc_auc_score(y_true, y_score)),
    }


def write_json(path, value):
    with open(path, "w") as handle:
        json.dump(value, handle, indent=2, sort_keys=False)
        handle.write("\n")
