#!/usr/bin/env bash
# Rebuild this example registry from scratch: data/test.csv, every version's
# files, and the digests and metrics recorded in models/registry.yaml (edited
# in place: comments, history and everything else stay as they are).
# Deterministic: on an unchanged environment it changes no byte.
#
# Usage: ./regenerate.sh            (PYTHON=/usr/bin/python3 ./regenerate.sh to pick an interpreter)
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}

# model           version  stage       estimator  alpha  features
VERSIONS=(
  "diabetes-ridge  1.0.0    archived    ridge      1      bmi_bp_s5"
  "diabetes-ridge  1.1.0    production  ridge      10     all"
  "diabetes-ridge  1.2.0    validated   ridge      30     all"
  "diabetes-ridge  1.3.0    raw         ridge      100    all"
  "diabetes-lasso  1.0.0    validated   lasso      1      all"
  "diabetes-lasso  1.1.0    raw         lasso      30     all"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PYTHON" prepare_data.py

for line in "${VERSIONS[@]}"; do
  read -r model version stage estimator alpha features <<<"$line"
  dir="models/$stage/$model/$version"
  "$PYTHON" train.py --out "$work/train/$model/$version" --estimator "$estimator" --alpha "$alpha" --features "$features"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$work/train/$model/$version/coefficients.json" "$work/train/$model/$version/scaler.json" "$dir/"
  "$PYTHON" evaluate.py --model "$dir" --out "$work/eval/$model/$version"
done

"$PYTHON" - models "$work/eval" models/registry.yaml <<'PY'
import hashlib, json, os, re, sys

# usage: - ROOT EVAL_DIR MANIFEST...   (ROOT: the folder holding the stage folders)
root, eval_dir, manifests = sys.argv[1], sys.argv[2], sys.argv[3:]


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def digest(path):
    """sha256 of a file; for a Git LFS pointer, the oid it carries (the real content's digest)."""
    with open(path, "rb") as handle:
        head = handle.read(200)
    if head.startswith(b"version https://git-lfs.github.com/spec/v1\n"):
        return re.search(rb"^oid sha256:([0-9a-f]{64})$", head, re.M).group(1).decode()
    return sha256(path)


def indent_of(line):
    return len(line) - len(line.lstrip())


for manifest in manifests:
    with open(manifest) as handle:
        lines = handle.read().split("\n")
    out, model, version, stage, block, item_indent = [], None, None, None, None, None
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            out.append(line)
            continue
        m = re.match(r"^name: (\S+)\s*$", line) or re.match(r"^  ([a-z0-9][a-z0-9._-]*):\s*$", line)
        if m:
            model, version, block = m.group(1), None, None
        m = re.match(r'^(\s*)- version: "?([^"\s]+)"?\s*$', line)
        if m:
            item_indent, version, stage, block = len(m.group(1)), m.group(2), None, None
        elif version and indent_of(line) <= item_indent:
            version, block = None, None  # left the versions list
        m = re.match(r"^\s+stage: (\S+)\s*$", line)
        if m and version:
            stage = m.group(1)
        m = re.match(r"^(\s+)(files|metrics):\s*$", line)
        if m and version:
            block = (m.group(2), len(m.group(1)))
            out.append(line)
            continue
        m = re.match(r"^(\s+)([\w.\-/]+): (.*)$", line)
        if block and m and len(m.group(1)) > block[1]:
            indent, key = m.group(1), m.group(2)
            if block[0] == "files":
                line = f'{indent}{key}: "sha256:{digest(os.path.join(root, stage, model, version, key))}"'
            else:
                with open(os.path.join(eval_dir, model, version, "metrics.json")) as handle:
                    line = f"{indent}{key}: {json.load(handle)[key]!r}"
        elif block:
            block = None
        out.append(line)
    with open(manifest, "w") as handle:
        handle.write("\n".join(out))
    print(f"updated {manifest}")
PY
