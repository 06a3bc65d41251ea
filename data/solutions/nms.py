"""Intersection over union for axis-aligned boxes, and greedy non-maximum suppression."""

from __future__ import annotations

import numpy as np


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise IoU of boxes a (n, 4) and b (m, 4), each row (x1, y1, x2, y2); shape (n, m).

    Coordinates are continuous: a box from 0 to 2 is 2 wide (no "+1 pixel" convention).
    """
    a, b = _as_boxes(a, "a"), _as_boxes(b, "b")
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)  # no overlap gives width or height 0
    inter = wh[..., 0] * wh[..., 1]
    union = _area(a)[:, None] + _area(b)[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float = 0.5) -> np.ndarray:
    """Indices of the boxes kept, best score first.

    Greedy: keep the best remaining box, drop every other box whose IoU with it is greater
    than `iou_threshold`, repeat. O(n^2) in the worst case.
    """
    boxes = _as_boxes(boxes, "boxes")
    scores = np.asarray(scores, dtype=float)
    if scores.shape != (len(boxes),):
        raise ValueError(f"expected {len(boxes)} scores, got shape {scores.shape}")
    if not 0.0 <= iou_threshold <= 1.0:
        raise ValueError(f"iou_threshold must be in [0, 1], got {iou_threshold}")
    order = np.argsort(-scores, kind="stable")  # equal scores keep their input order
    keep: list[int] = []
    while order.size:
        best, rest = order[0], order[1:]
        keep.append(int(best))
        order = rest[box_iou(boxes[best : best + 1], boxes[rest])[0] <= iou_threshold]
    return np.array(keep, dtype=np.int64)


def batched_nms(
    boxes: np.ndarray, scores: np.ndarray, labels: np.ndarray, iou_threshold: float = 0.5
) -> np.ndarray:
    """NMS within each class only, so overlapping boxes of different classes both survive."""
    scores, labels = np.asarray(scores, dtype=float), np.asarray(labels)
    if labels.shape != scores.shape:
        raise ValueError("labels and scores must have the same shape")
    kept = [
        idx[nms(np.asarray(boxes)[idx], scores[idx], iou_threshold)]
        for idx in (np.flatnonzero(labels == c) for c in np.unique(labels))
    ]
    merged = np.concatenate(kept) if kept else np.array([], dtype=np.int64)
    return merged[np.argsort(-scores[merged], kind="stable")]


def _as_boxes(x: np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(x, dtype=float)
    if arr.size == 0:
        arr = arr.reshape(0, 4)  # an empty list of boxes is valid input
    if arr.ndim != 2 or arr.shape[1] != 4:
        raise ValueError(f"{name} must have shape (n, 4), got {arr.shape}")
    if not np.all(np.isfinite(arr)) or np.any(arr[:, 2:] < arr[:, :2]):
        raise ValueError(f"{name} must be finite with x2 >= x1 and y2 >= y1")
    return arr


def _area(boxes: np.ndarray) -> np.ndarray:
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
