#!/usr/bin/env python3
"""Build the digits k-nearest-neighbours classifier.

Usage: python3 models/digits-knn/train.py --out DIR [--k INT] [--n-train INT]
       python3 models/digits-knn/train.py --export-test PATH
       python3 models/digits-knn/train.py --materialize VERSION_DIR...

A k-NN model's "weights" are its training examples: DIR/weights.bin holds the
first --n-train rows of the training split of scikit-learn's 8x8 digits as
raw bytes (n_train x 64 uint8 pixel values 0..16, row-major, then n_train
uint8 labels); DIR/config.json says how to read and use them. DIR/metrics.json
gets accuracy and f1_macro on the held-out split (stratified, 25 %,
random_state 0). Integer data and integer distances: the bytes and the
predictions are the same on every machine.

In the registry, weights.bin is stored with Git LFS: the committed file is a
pointer, and the manifest records the digest of the real content (the
pointer's oid). --materialize stands in for `git lfs pull` where no LFS
server is at hand: it rebuilds the real content of each VERSION_DIR's
weights.bin from its config.json, checks it against the pointer's oid and
size, and writes it in place of the pointer.
"""

import argparse
import csv
import hashlib
import json
import os
import re
import sys

import numpy as np

LFS_HEADER = b"version https://git-lfs.github.com/spec/v1\n"


def dataset():
    # imported here: evaluate.py uses this module's helpers with NumPy alone
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    data = load_digits()
    rows = np.arange(len(data.target))
    train, test = train_test_split(rows, test_size=0.25, stratify=data.target, random_state=0)
    return data, np.sort(train), np.sort(test)


def weights_bytes(n_train):
    data, train, _ = dataset()
    rows = train[:n_train]
    images = data.data[rows].astype(np.uint8)
    labels = data.target[rows].astype(np.uint8)
    return images.tobytes(order="C") + labels.tobytes(), len(rows)


def predict(images, labels, X, k):
    """k-NN by squared Euclidean distance on integers; ties go to the earlier
    training row (distance) and to the smaller label (vote)."""
    train = images.astype(np.int64)
    predictions = []
    for x in X.astype(np.int64):
        distance = np.sum((train - x) ** 2, axis=1)
        nearest = np.argsort(distance, kind="stable")[:k]
        predictions.append(int(np.argmax(np.bincount(labels[nearest], minlength=10))))
    return np.array(predictions)


def load_weights(version_dir, config):
    with open(os.path.join(version_dir, "weights.bin"), "rb") as handle:
        raw = handle.read()
    if raw.startswith(LFS_HEADER):
        raise SystemExit(
            f"{version_dir}/weights.bin is a Git LFS pointer, not the weights: fetch them with "
            "`git lfs pull` (actions/checkout: `lfs: true`), or rebuild them with "
            f"`python3 models/digits-knn/train.py --materialize {version_dir}`"
        )
    n = config["n_train"]
    if len(raw) != n * 65:
        raise SystemExit(f"{version_dir}/weights.bin: expected {n * 65} bytes, found {len(raw)}")
    images = np.frombuffer(raw[: n * 64], dtype=np.uint8).reshape(n, 64)
    labels = np.frombuffer(raw[n * 64 :], dtype=np.uint8)
    return images, labels


def f1_macro(y_true, y_pred, labels):
    scores = []
    for label in labels:
        tp = np.sum((y_pred == label) & (y_true == label))
        fp = np.sum((y_pred == label) & (y_true != label))
        fn = np.sum((y_pred != label) & (y_true == label))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def export_test(path):
    data, _, test = dataset()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", *(f"p{i}" for i in range(64)), "digit"])
        for i in test:
            writer.writerow([int(i), *(int(v) for v in data.data[i]), int(data.target[i])])


def materialize(version_dir):
    path = os.path.join(version_dir, "weights.bin")
    with open(path, "rb") as handle:
        pointer = handle.read()
    if not pointer.startswith(LFS_HEADER):
        print(f"{path}: already the real content")
        return
    oid = re.search(rb"^oid sha256:([0-9a-f]{64})$", pointer, re.M).group(1).decode()
    size = int(re.search(rb"^size (\d+)$", pointer, re.M).group(1))
    with open(os.path.join(version_dir, "config.json")) as handle:
        config = json.load(handle)
    content, _ = weights_bytes(config["n_train"])
    if hashlib.sha256(content).hexdigest() != oid or len(content) != size:
        raise SystemExit(f"{path}: the rebuilt content does not match the pointer (oid {oid}, size {size})")
    with open(path, "wb") as handle:
        handle.write(content)
    print(f"{path}: wrote {size} bytes, sha256 {oid}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="folder for config.json, weights.bin and metrics.json")
    parser.add_argument("--k", type=int, default=3, help="neighbours that vote (default 3)")
    parser.add_argument("--n-train", type=int, default=0, help="training rows kept (default 0: all)")
    parser.add_argument("--export-test", metavar="PATH", help="write the held-out split as CSV and exit")
    parser.add_argument("--materialize", metavar="VERSION_DIR", nargs="+",
                        help="replace LFS pointers by their rebuilt content and exit")
    args = parser.parse_args()
    if args.export_test:
        export_test(args.export_test)
        return
    if args.materialize:
        for version_dir in args.materialize:
            materialize(version_dir)
        return
    if not args.out:
        parser.error("--out is required")

    data, train, test = dataset()
    content, n_train = weights_bytes(args.n_train or len(train))
    config = {
        "estimator": "k-nearest neighbours, squared Euclidean distance, majority vote",
        "k": args.k,
        "n_train": n_train,
        "weights": {
            "file": "weights.bin",
            "layout": "n_train x 64 uint8 pixels (row-major), then n_train uint8 labels",
            "bytes": len(content),
        },
        "image": {"width": 8, "height": 8, "max_value": 16},
        "classes": list(range(10)),
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "weights.bin"), "wb") as handle:
        handle.write(content)
    with open(os.path.join(args.out, "config.json"), "w") as handle:
        json.dump(config, handle, indent=2)
        handle.write("\n")
    images, labels = load_weights(args.out, config)
    y_pred = predict(images, labels, data.data[test], args.k)
    y_true = data.target[test]
    metrics = {"accuracy": float(np.mean(y_true == y_pred)), "f1_macro": f1_macro(y_true, y_pred, range(10))}
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(metrics, handle, indent=2)
        handle.write("\n")
    print(f"digits k={args.k} n_train={n_train}: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    sys.exit(main())
