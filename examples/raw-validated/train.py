#!/usr/bin/env python3
"""Train a linear regression model of diabetes progression and store it as JSON.

Usage: python3 train.py --out DIR [--estimator ridge|lasso] [--alpha FLOAT]
                        [--features all|bmi_bp_s5]

Fits StandardScaler + Ridge (or Lasso) on the training split of scikit-learn's
diabetes data and writes DIR/scaler.json, DIR/coefficients.json and
DIR/metrics.json (rmse, mae, r2 on the held-out split). The split is fixed,
so data/test.csv is never trained on. Deterministic.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.linear_model import Lasso, Ridge  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

import common  # noqa: E402

ESTIMATORS = {"ridge": Ridge, "lasso": Lasso}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for scaler.json, coefficients.json, metrics.json")
    parser.add_argument("--estimator", choices=sorted(ESTIMATORS), default="ridge")
    parser.add_argument("--alpha", type=float, default=1.0, help="regularisation strength (default 1.0)")
    parser.add_argument("--features", choices=sorted(common.FEATURE_SETS), default="all")
    args = parser.parse_args()

    X, y = common.load_dataset()
    train_rows, test_rows = common.split_indices(len(y))
    features = common.FEATURE_SETS[args.features]
    columns = [common.FEATURES.index(name) for name in features]

    scaler = StandardScaler().fit(X[np.ix_(train_rows, columns)])
    model = ESTIMATORS[args.estimator](alpha=args.alpha)
    model.fit(scaler.transform(X[np.ix_(train_rows, columns)]), y[train_rows])

    scaler_json = {
        "features": features,
        "mean": [float(v) for v in scaler.mean_],
        "scale": [float(v) for v in scaler.scale_],
    }
    coefficients_json = {
        "estimator": args.estimator,
        "alpha": args.alpha,
        "target": "disease progression one year after baseline",
        "intercept": float(model.intercept_),
        "coef": [float(v) for v in model.coef_],
        "train_rows": int(len(train_rows)),
        "trained_with": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
    }
    test_columns = {name: X[test_rows, common.FEATURES.index(name)] for name in features}
    metrics = common.compute_metrics(y[test_rows], common.predict(scaler_json, coefficients_json, test_columns))

    os.makedirs(args.out, exist_ok=True)
    common.write_json(os.path.join(args.out, "scaler.json"), scaler_json)
    common.write_json(os.path.join(args.out, "coefficients.json"), coefficients_json)
    common.write_json(os.path.join(args.out, "metrics.json"), metrics)
    print(f"{args.estimator} alpha={args.alpha} on {len(features)} features: "
          + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
