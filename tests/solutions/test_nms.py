import numpy as np
import pytest


@pytest.fixture(scope="module")
def mod(solution):
    return solution("nms")


def test_iou_hand_worked(mod):
    a = [[0, 0, 2, 2], [0, 0, 4, 4], [0, 0, 4, 4], [0, 0, 1, 1], [10, 10, 50, 50]]
    b = [[1, 1, 3, 3], [1, 0, 5, 4], [1, 1, 3, 3], [1, 0, 2, 1], [12, 12, 52, 52]]
    got = np.diag(mod.box_iou(a, b))
    # overlap 1 of union 7; 12 of 20; contained 4 of 16; touching edge; 1444 of 1756
    np.testing.assert_allclose(got, [1 / 7, 0.6, 0.25, 0.0, 1444 / 1756])


def test_iou_is_pairwise_symmetric_and_one_on_itself(mod):
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 50, size=(6, 2))
    boxes = np.hstack([xy, xy + rng.uniform(1, 20, size=(6, 2))])
    m = mod.box_iou(boxes, boxes)
    assert m.shape == (6, 6)
    np.testing.assert_allclose(m, m.T)
    np.testing.assert_allclose(np.diag(m), 1.0)
    assert np.all((m >= 0) & (m <= 1))


def test_nms_worked_example(mod):
    boxes = [[10, 10, 50, 50], [12, 12, 52, 52], [60, 60, 100, 100]]
    assert mod.nms(boxes, [0.9, 0.8, 0.7], 0.5).tolist() == [0, 2]
    # order of the input does not matter, only the scores
    assert mod.nms(boxes, [0.8, 0.9, 0.7], 0.5).tolist() == [1, 2]


def test_nms_is_greedy_not_transitive(mod):
    # A-B and B-C overlap at 7/13 > 0.5, A-C only at 4/16: B goes, so C survives.
    boxes = [[0, 0, 10, 1], [3, 0, 13, 1], [6, 0, 16, 1]]
    assert mod.nms(boxes, [0.9, 0.8, 0.7], 0.5).tolist() == [0, 2]


def test_nms_threshold_is_strictly_greater(mod):
    boxes = [[0, 0, 3, 1], [1, 0, 4, 1]]  # IoU exactly 2 / 4
    assert mod.nms(boxes, [0.9, 0.8], 0.5).tolist() == [0, 1]
    assert mod.nms(boxes, [0.9, 0.8], 0.49).tolist() == [0]


def test_nms_output_satisfies_the_greedy_definition(mod):
    """On random boxes: kept boxes never overlap above the threshold, and every dropped box
    overlaps some kept box with a higher score. Together these pin down greedy NMS."""
    rng = np.random.default_rng(42)
    for trial in range(20):
        n = 60
        xy = rng.uniform(0, 100, size=(n, 2))
        boxes = np.hstack([xy, xy + rng.uniform(5, 30, size=(n, 2))])
        scores = rng.permutation(n) / n  # distinct scores
        keep = mod.nms(boxes, scores, 0.4)
        assert np.all(np.diff(scores[keep]) < 0), "kept boxes must come best first"
        iou = mod.box_iou(boxes, boxes)
        kept_pairs = iou[np.ix_(keep, keep)]
        assert np.all(kept_pairs[~np.eye(len(keep), dtype=bool)] <= 0.4)
        for d in np.setdiff1d(np.arange(n), keep):
            assert np.any((iou[d, keep] > 0.4) & (scores[keep] > scores[d])), (trial, d)


def test_batched_nms_keeps_overlapping_boxes_of_other_classes(mod):
    boxes = [[0, 0, 10, 10], [1, 1, 11, 11], [0, 0, 10, 10]]
    scores = [0.9, 0.8, 0.95]
    assert mod.batched_nms(boxes, scores, [0, 0, 1], 0.5).tolist() == [2, 0]
    assert mod.nms(boxes, scores, 0.5).tolist() == [2]


def test_empty_and_invalid_input(mod):
    assert mod.nms(np.zeros((0, 4)), np.zeros(0)).tolist() == []
    assert mod.nms([], []).tolist() == []
    with pytest.raises(ValueError, match="shape"):
        mod.box_iou([[0, 0, 1]], [[0, 0, 1, 1]])
    with pytest.raises(ValueError, match="x2 >= x1"):
        mod.nms([[2, 0, 1, 1]], [0.5])
    with pytest.raises(ValueError, match="scores"):
        mod.nms([[0, 0, 1, 1]], [0.5, 0.4])
    with pytest.raises(ValueError, match="iou_threshold"):
        mod.nms([[0, 0, 1, 1]], [0.5], 1.5)
