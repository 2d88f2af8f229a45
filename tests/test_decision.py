"""El umbral de decisión por costes (`finetune_course.security.security_importance`) con arreglos hechos a mano: rápido y exacto."""
import json
from dataclasses import replace

import numpy as np
import pytest

from finetune_course.core import CourseError
from finetune_course.steps.objective import TaskSpec, get_task
from finetune_course.security.security_importance import (apply_threshold, choose_threshold, cost_curve, load_threshold, positive_proba,
                                      save_threshold, threshold_widget)

SPEC = get_task("phishing")                       # cost_fn = 10, cost_fp = 1
Y = ["phishing", "legitimo", "phishing", "legitimo"]
P = np.array([0.9, 0.6, 0.3, 0.1])               # P(phishing) de cada mensaje
PROBA = np.c_[1 - P, P]                           # columnas en el orden de SPEC.labels: legitimo, phishing


def test_spec_costs_are_the_ones_the_chapter_assumes():
    assert SPEC.labels == ["legitimo", "phishing"] and SPEC.positive_label == "phishing"
    assert (SPEC.cost_fn, SPEC.cost_fp) == (10, 1)


def test_positive_proba_takes_the_positive_column():
    np.testing.assert_allclose(positive_proba(PROBA, SPEC), P)
    swapped = TaskSpec(name="t", labels=["phishing", "legitimo"], positive_label="phishing")
    np.testing.assert_allclose(positive_proba(PROBA, swapped), 1 - P)
    with pytest.raises(CourseError, match="forma"):
        positive_proba(P, SPEC)                   # un vector, no una matriz


def test_cost_curve_arithmetic():
    c = cost_curve(Y, P, SPEC, thresholds=[0.0, 0.3, 0.5, 0.95, 1.0])
    assert list(c.columns) == ["threshold", "fp", "fn", "precision", "recall", "cost"]
    assert c["fp"].tolist() == [2, 1, 1, 0, 0]
    assert c["fn"].tolist() == [0, 0, 1, 2, 2]
    # coste medio = (10·FN + 1·FP) / 4
    np.testing.assert_allclose(c["cost"], [0.5, 0.25, 2.75, 5.0, 5.0])
    np.testing.assert_allclose(c["recall"], [1, 1, 0.5, 0, 0])
    np.testing.assert_allclose(c["precision"], [0.5, 2 / 3, 0.5, 1, 1])   # nada marcado: precisión 1
    # ids en lugar de textos: mismo resultado
    ids = [SPEC.label2id[y] for y in Y]
    np.testing.assert_allclose(cost_curve(ids, P, SPEC, thresholds=[0.3])["cost"], [0.25])
    # rejilla por defecto: 0, 0,01, …, 1 y el coste nunca es negativo
    d = cost_curve(Y, P, SPEC)
    assert len(d) == 101 and d["threshold"].iloc[0] == 0 and d["threshold"].iloc[-1] == 1 and (d["cost"] >= 0).all()


def test_cost_curve_uses_the_specs_costs():
    cheap_fn = replace(SPEC, cost_fn=1.0, cost_fp=4.0)
    np.testing.assert_allclose(cost_curve(Y, P, cheap_fn, thresholds=[0.5])["cost"], [(1 * 1 + 4 * 1) / 4])


def test_choose_threshold_picks_the_minimum_cost_closest_to_half():
    t = choose_threshold(Y, P, SPEC)
    c = cost_curve(Y, P, SPEC)
    assert np.isclose(c.loc[np.isclose(c["threshold"], t), "cost"].iloc[0], c["cost"].min())
    assert t == pytest.approx(0.30)               # empatan 0,11–0,30; el más cercano a 0,5
    equal = replace(SPEC, cost_fn=1.0, cost_fp=1.0)
    assert choose_threshold(Y, P, equal) == pytest.approx(0.61)   # empatan 0,11–0,30 y 0,61–0,90


def test_threshold_moves_down_when_missing_a_positive_costs_more():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    p = np.clip(0.35 * y + rng.uniform(0, 0.65, 300), 0, 1)
    ts = [choose_threshold(y, p, replace(SPEC, cost_fn=float(r), cost_fp=1.0)) for r in (0.2, 1, 5, 20, 100)]
    assert ts == sorted(ts, reverse=True) and ts[0] > ts[-1]


def test_apply_threshold_two_labels():
    assert list(apply_threshold(PROBA, SPEC, 0.5)) == ["phishing", "phishing", "legitimo", "legitimo"]
    assert list(apply_threshold(PROBA, SPEC, 0.3)) == ["phishing", "phishing", "phishing", "legitimo"]
    assert set(apply_threshold(PROBA, SPEC, 0)) == {"phishing"}          # 0: todo es positivo
    assert set(apply_threshold(PROBA, SPEC, 1)) == {"legitimo"}


def test_apply_threshold_three_labels_falls_back_to_the_best_other_label():
    spec = TaskSpec(name="triaje", labels=["spam", "legitimo", "phishing"], positive_label="phishing")
    proba = [[0.5, 0.2, 0.3], [0.1, 0.5, 0.4], [0.2, 0.1, 0.7]]
    assert list(apply_threshold(proba, spec, 0.3)) == ["phishing", "phishing", "phishing"]
    assert list(apply_threshold(proba, spec, 0.45)) == ["spam", "legitimo", "phishing"]
    assert list(apply_threshold(proba, spec, 0.8)) == ["spam", "legitimo", "spam"]


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "0.3", None, True])
def test_bad_threshold_is_a_spanish_error(bad):
    with pytest.raises(CourseError, match="entre 0 y 1"):
        apply_threshold(PROBA, SPEC, bad)
    with pytest.raises(CourseError, match="entre 0 y 1"):
        cost_curve(Y, P, SPEC, thresholds=[0.5, bad])


def test_mismatched_or_bad_inputs_are_spanish_errors():
    with pytest.raises(CourseError, match="misma longitud"):
        cost_curve(Y, P[:3], SPEC)
    with pytest.raises(CourseError, match="misma longitud"):
        choose_threshold([], [], SPEC)
    with pytest.raises(CourseError, match="entre 0 y 1"):
        cost_curve(Y, [2.0, 0.5, 0.1, 0.3], SPEC)                     # logits, no probabilidades
    with pytest.raises(CourseError, match="Etiquetas desconocidas"):
        cost_curve(["spam"] * 4, P, SPEC)


def fake_model(tmp_path, spec=SPEC):
    d = tmp_path / "modelo"; d.mkdir()
    (d / "config.json").write_text("{}", encoding="utf-8")
    (d / "task.json").write_text(json.dumps(spec.to_dict()), encoding="utf-8")
    return d


def test_save_and_load_round_trip(tmp_path):
    d = fake_model(tmp_path)
    assert load_threshold(d) is None                                  # sin decision.json
    path = save_threshold(d, 0.3, SPEC)
    assert path == d / "decision.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {"threshold": 0.3, "positive_label": "phishing", "cost_fn": 10.0, "cost_fp": 1.0,
                     "source": "validation"}
    assert load_threshold(d) == 0.3
    save_threshold(str(d), 0.12, SPEC, source="prueba a mano")        # el modelo puede cambiar su propio umbral
    assert load_threshold(d) == 0.12 and json.loads(path.read_text())["source"] == "prueba a mano"
    assert sorted(p.name for p in d.iterdir()) == ["config.json", "decision.json", "task.json"]   # sin temporales


def test_save_threshold_refuses_bad_targets(tmp_path):
    with pytest.raises(CourseError, match="no existe"):
        save_threshold(tmp_path / "no-existe", 0.3, SPEC)
    with pytest.raises(CourseError, match="no es la carpeta de un modelo"):
        save_threshold(tmp_path, 0.3, SPEC)                           # carpeta sin config.json
    d = fake_model(tmp_path)
    with pytest.raises(CourseError, match="entre 0 y 1"):
        save_threshold(d, 1.2, SPEC)
    other = TaskSpec(name="inyeccion", labels=["benigno", "inyeccion"], positive_label="inyeccion")
    with pytest.raises(CourseError, match="no es una etiqueta de este modelo"):
        save_threshold(d, 0.3, other)
    assert not (d / "decision.json").exists()
    with pytest.raises(CourseError, match="no existe"):
        load_threshold(tmp_path / "no-existe")


def test_load_threshold_rejects_a_damaged_file(tmp_path):
    d = fake_model(tmp_path)
    (d / "decision.json").write_text("{roto", encoding="utf-8")
    with pytest.raises(CourseError, match="dañado"):
        load_threshold(d)
    (d / "decision.json").write_text('{"threshold": 7}', encoding="utf-8")
    with pytest.raises(CourseError, match="entre 0 y 1"):
        load_threshold(d)


def test_threshold_widget_is_drivable():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 200)
    p = np.clip(0.4 * y + rng.uniform(0, 0.6, 200), 0, 1)
    w = threshold_widget(y, p, SPEC)
    assert w.last["threshold"] == choose_threshold(y, p, SPEC) and w.last["ratio"] == pytest.approx(10)
    assert w.last["cost"] <= w.last["cost_05"]
    w.controls["ratio"].value = 1
    assert w.last["threshold"] == choose_threshold(y, p, replace(SPEC, cost_fn=1.0, cost_fp=1.0))
    assert w.last["threshold"] >= choose_threshold(y, p, SPEC)
