#!/usr/bin/env python3
"""Train the breast-cancer classifier: StandardScaler + LogisticRegression.

Usage: python3 train.py --out DIR [--C FLOAT] [--features all|mean]
                        [--seed INT] [--max-iter INT]

Writes DIR/model.joblib (the fitted scikit-learn pipeline), DIR/model.json
(features, class labels, hyperparameters, library versions) and
DIR/metrics.json (the metrics on the held-out split, as evaluate.py computes
them). The train/test split is fixed (common.SPLIT_SEED) so that
data/test.csv is never part of the training data; --seed is the estimator's
random_state. Deterministic: the same arguments give the same bytes with the
same scikit-learn, NumPy and joblib.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import joblib  # noqa: E402
import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for model.joblib, model.json, metrics.json")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength (default 1.0)")
    parser.add_argument("--features", choices=sorted(common.FEATURE_SETS), default="all")
    parser.add_argument("--seed", type=int, default=0, help="estimator random_state (default 0)")
    parser.add_argument("--max-iter", type=int, default=1000)
    args = parser.parse_args()

    X, y, target_names = common.load_dataset()
    train_rows, test_rows = common.split_indices(y)
    features = common.FEATURE_SETS[args.features]
    columns = [common.FEATURES.index(name) for name in features]

    pipeline = Pipeline(
        [
            ("scaler", StandardScaler()),
            ("classifier", LogisticRegression(C=args.C, max_iter=args.max_iter, random_state=args.seed)),
        ]
    )
    pipeline.fit(X[np.ix_(train_rows, columns)], y[train_rows])

    X_test = X[np.ix_(test_rows, columns)]
    metrics = common.compute_metrics(
        y[test_rows], pipeline.predict(X_test), pipeline.predict_proba(X_test)[:, 1]
    )

    os.makedirs(args.out, exist_ok=True)
    joblib.dump(pipeline, os.path.join(args.out, "model.joblib"))
    common.write_json(
        os.path.join(args.out, "model.json"),
        {
            "task": "binary classification of breast tumours (load_breast_cancer)",
            "estimator": "Pipeline(StandardScaler, LogisticRegression)",
            "features": features,
            "feature_set": args.features,
            "classes": {"0": target_names[0], "1": target_names[1]},
            "positive_class": 1,
            "hyperparameters": {"C": args.C, "max_iter": args.max_iter, "random_state": args.seed},
            "split": {"test_size": common.TEST_SIZE, "random_state": common.SPLIT_SEED, "stratify": True},
            "train_rows": int(len(train_rows)),
            "versions": {
                "scikit-learn": sklearn.__version__,
                "numpy": np.__version__,
                "joblib": joblib.__version__,
            },
        },
    )
    common.write_json(os.path.join(args.out, "metrics.json"), metrics)
    print(f"trained on {len(train_rows)} rows, {len(features)} features, C={args.C}: "
          + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
