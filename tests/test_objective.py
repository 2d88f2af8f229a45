"""Paso 1 (`objective`): `TaskSpec`, sus validaciones, las tareas del curso y las métricas con costes."""
import json

import numpy as np
import pytest

from finetune_course.core import CourseError
from finetune_course.steps.objective import TaskSpec, TASKS, METRICS, get_task, expected_cost, task_metrics, meets_objective

BASE = dict(name="t", labels=["legitimo", "phishing"], positive_label="phishing")


def test_presets_follow_the_contract():
    p, i = get_task("phishing"), get_task("inyeccion")
    assert (p.labels, p.positive_label, p.data) == (["legitimo", "phishing"], "phishing", "phishing")
    assert (i.labels, i.positive_label, i.data) == (["benigno", "inyeccion"], "inyeccion", "inyeccion")
    assert p.label2id == {"legitimo": 0, "phishing": 1} and p.id2label == {0: "legitimo", 1: "phishing"}
    assert set(TASKS) == {"phishing", "inyeccion"}


def test_defaults_of_the_dataclass():
    t = TaskSpec(**BASE)
    assert (t.text_field, t.label_field, t.metric, t.threshold, t.cost_fn, t.cost_fp, t.data, t.description) == \
           ("text", "label", "f1_macro", 0.95, 10.0, 1.0, None, "")


def test_round_trip_through_json():
    t = get_task("phishing")
    assert TaskSpec.from_dict(json.loads(json.dumps(t.to_dict()))) == t


def test_get_task_returns_an_independent_copy():
    t = get_task("phishing")
    t.labels.append("spam"); t.cost_fn = 99.0
    assert TASKS["phishing"].labels == ["legitimo", "phishing"] and TASKS["phishing"].cost_fn == 10.0


@pytest.mark.parametrize("changes, message", [
    (dict(metric="auc"), "Métrica desconocida"),
    (dict(threshold=0), "mayor que 0"),
    (dict(threshold=-0.5), "mayor que 0"),
    (dict(threshold=1.01), "como mucho 1"),
    (dict(threshold="0.9"), "número"),
    (dict(labels=["phishing", "legitimo", "phishing"]), "más de una vez"),
    (dict(positive_label="spam"), "no está entre las etiquetas"),
    (dict(cost_fn=-1.0), "no negativo"),
    (dict(cost_fp=-0.1), "no negativo"),
    (dict(labels=["phishing"]), "al menos dos etiquetas"),
    (dict(text_field="label"), "mismo campo"),
])
def test_invalid_specs_raise_spanish_errors(changes, message):
    with pytest.raises(CourseError, match=message) as e:
        TaskSpec(**{**BASE, **changes})
    assert "Cómo arreglarlo" in str(e.value)


def test_unknown_task_lists_the_known_ones():
    with pytest.raises(CourseError, match="phishing, inyeccion"):
        get_task("spam")
    with pytest.raises(CourseError, match="Campos desconocidos"):
        TaskSpec.from_dict({**BASE, "umbral": 0.9})


def test_validate_catches_later_changes():
    t = TaskSpec(**BASE)
    t.metric = "exactitud"
    with pytest.raises(CourseError, match="Métrica desconocida"):
        t.validate()


def test_trivial_classifier_on_an_unbalanced_mailbox():
    "2 % de phishing: «siempre legitimo» tiene 98 % de exactitud, pero recall y F1 cero y coste 0,2 por mensaje."
    spec = get_task("phishing")
    y = np.array(["phishing"] * 20 + ["legitimo"] * 980)
    m = task_metrics(y, ["legitimo"] * 1000, spec)
    assert m["accuracy"] == pytest.approx(0.98)
    assert m["recall"] == 0 and m["f1"] == 0 and m["precision"] == 0
    assert m["f1_macro"] < 0.5
    assert m["cost"] == pytest.approx(20 * 10.0 / 1000)
    assert set(METRICS) <= set(m)


def test_expected_cost_counts_each_error_with_its_cost():
    spec = TaskSpec(**{**BASE, "cost_fn": 7.0, "cost_fp": 2.0})
    y_true = ["phishing", "phishing", "legitimo", "legitimo"]
    y_pred = ["legitimo", "phishing", "phishing", "legitimo"]          # 1 FN, 1 FP
    assert expected_cost(y_true, y_pred, spec, per_example=False) == 9.0
    assert expected_cost(y_true, y_pred, spec) == pytest.approx(9.0 / 4)
    assert expected_cost([1, 1, 0, 0], [0, 1, 1, 0], spec) == pytest.approx(9.0 / 4)   # también con ids
    with pytest.raises(CourseError, match="desconocidas"):
        expected_cost(["spam"], ["phishing"], spec)
    with pytest.raises(CourseError, match="misma longitud"):
        expected_cost(["phishing"], [], spec)


def test_meets_objective():
    spec = get_task("phishing")
    assert meets_objective({"f1_macro": spec.threshold}, spec)
    assert not meets_objective({"f1_macro": spec.threshold - 0.01}, spec)
    with pytest.raises(CourseError, match="no incluyen"):
        meets_objective({"accuracy": 1.0}, spec)
