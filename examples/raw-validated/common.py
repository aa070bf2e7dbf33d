"""Shared by prepare_data.py, train.py and evaluate.py: the data, the fixed
train/test split, the linear model as plain JSON, and the metrics.

The models of this registry are stored as two small JSON files per version:

  scaler.json        {"features": [...], "mean": [...], "scale": [...]}
  coefficients.json  {"estimator": ..., "alpha": ..., "intercept": ..., "coef": [...]}

so a prediction is  intercept + sum(coef * (x - mean) / scale)  and
evaluating a version needs only NumPy.
"""

import csv
import json
import os

import numpy as np

SPLIT_SEED = 0
TEST_SIZE = 0.3
FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]
FEATURE_SETS = {
    "all": FEATURES,
    "bmi_bp_s5": ["bmi", "bp", "s5"],  # body-mass index, blood pressure, log of serum triglycerides
}


def load_dataset():
    """(X, y) of scikit-learn's diabetes data in original units (442 rows, 10 features)."""
    from sklearn.datasets import load_diabetes

    data = load_diabetes(scaled=False)
    assert list(data.feature_names) == FEATURES
    return data.data, data.target


def split_indices(n_rows):
    """The fixed split: sorted row indices (train, test)."""
    from sklearn.model_selection import train_test_split

    train, test = train_test_split(np.arange(n_rows), test_size=TEST_SIZE, random_state=SPLIT_SEED)
    return np.sort(train), np.sort(test)


def write_test_csv(path):
    X, y = load_dataset()
    _, test = split_indices(len(y))
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", *FEATURES, "target"])
        for i in test:
            writer.writerow([int(i), *(repr(float(v)) for v in X[i]), repr(float(y[i]))])


def write_features_csv(path, split):
    """The feature columns of one split (`train` or `test`), for `monitor` drift checks."""
    X, _ = load_dataset()
    train, test = split_indices(len(X))
    rows = train if split == "train" else test
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(FEATURES)
        for i in rows:
            writer.writerow([repr(float(v)) for v in X[i]])


def read_test_csv(path):
    """(ids, {feature: column}, y) from data/test.csv."""
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise SystemExit(f"{path}: no rows")
    ids = [int(row["id"]) for row in rows]
    columns = {name: np.array([float(row[name]) for row in rows]) for name in FEATURES}
    return ids, columns, np.array([float(row["target"]) for row in rows])


def predict(scaler, coefficients, columns):
    """Predictions of a stored model for the feature columns {name: array}."""
    X = np.column_stack([columns[name] for name in scaler["features"]])
    Z = (X - np.array(scaler["mean"])) / np.array(scaler["scale"])
    return coefficients["intercept"] + Z @ np.array(coefficients["coef"])


def compute_metrics(y_true, y_pred):
    """rmse, mae, r2: the names modelgate computes itself from predictions.csv."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    residual = y_true - y_pred
    mse = float(np.mean(residual**2))
    return {
        "rmse": mse**0.5,
        "mae": float(np.mean(np.abs(residual))),
        "r2": 1.0 - float(np.sum(residual**2)) / float(np.sum((y_true - y_true.mean()) ** 2)),
    }


def write_json(path, value):
    with open(path, "w") as handle:
        json.dump(value, handle, indent=2)
        handle.write("\n")


def read_json(path):
    with open(path) as handle:
        return json.load(handle)
