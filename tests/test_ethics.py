"""Capítulo 14 fuera del cuaderno: métricas por grupo con números conocidos, intervalos, remuestreo de grupos,
banda de revisión humana y ficha del modelo generada a partir de un entrenamiento diminuto."""
import json

import matplotlib
matplotlib.use("Agg")
import numpy as np
import pytest
from datasets import Dataset, DatasetDict

from finetune_course.steps.config import TrainConfig
from finetune_course.core import CourseError
from finetune_course.steps.data import load_task_data
from finetune_course.security.ethics import (card_section, data_license, f1_interval, group_gap, group_metrics, messages_needed,
                                    model_card, oversample_group, oversight_widget, plot_group_metrics, review_band,
                                    undersample_group, wilson_interval, write_model_card)
from finetune_course.steps.objective import get_task
from finetune_course.steps.train import finetune

SPEC = get_task("phishing")


def test_group_metrics_hand_counts():
    y = ["phishing", "phishing", "legitimo", "legitimo", "phishing", "legitimo", "legitimo"]
    p = ["phishing", "legitimo", "phishing", "legitimo", "phishing", "legitimo", "phishing"]
    g = ["ES", "ES", "ES", "ES", "MX", "MX", "MX"]
    t = group_metrics(y, p, g, SPEC, n_boot=200)
    assert list(t.index) == ["ES", "MX", "todos"]
    es, mx, tot = t.loc["ES"], t.loc["MX"], t.loc["todos"]
    assert (es.n, es.n_pos, es.n_neg, es.fp, es.fn) == (4, 2, 2, 1, 1)
    assert es.f1 == pytest.approx(0.5) and es.fpr == pytest.approx(0.5) and es.fnr == pytest.approx(0.5)
    assert mx.f1 == pytest.approx(2 / 3) and mx.fpr == pytest.approx(0.5) and mx.fnr == 0     # TP=1, FP=1, FN=0
    assert tot.n == 7 and tot.f1 == pytest.approx(2 * 2 / (2 * 2 + 2 + 1))
    # ids y probabilidades dan lo mismo que las etiquetas
    ids = [SPEC.label2id[v] for v in p]
    proba = np.eye(2)[ids]
    assert group_metrics(y, ids, g, SPEC, n_boot=200).equals(t)
    assert group_metrics(y, proba, g, SPEC, n_boot=200).equals(t)
    assert list(group_metrics(y, p, None, SPEC, n_boot=50).index) == ["todos"]


def test_group_metrics_bad_input():
    with pytest.raises(CourseError, match="grupos"):
        group_metrics(["phishing"] * 3, ["phishing"] * 3, ["ES"] * 2, SPEC)
    with pytest.raises(CourseError, match="Etiquetas desconocidas|desconocid"):
        group_metrics(["spam"], ["phishing"], ["ES"], SPEC)


def test_group_gap():
    y = ["phishing", "legitimo"] * 40
    good = list(y)                                               # el resto: todo bien
    bad = ["legitimo" if v == "phishing" else v for v in y[:20]] + y[20:]   # ES: falla todos sus phishing
    g = ["ES"] * 20 + ["MX"] * 60
    r = group_gap(y, bad, g, "ES", SPEC, metric="fnr", n_boot=300)
    assert r["value"] == 1.0 and r["rest"] == 0.0 and r["gap"] == 1.0 and r["n"] == 20
    assert r["low"] <= r["gap"] <= r["high"]
    same = group_gap(y, good, g, "ES", SPEC, metric="f1", n_boot=300)
    assert same["gap"] == 0 and same["low"] <= 0 <= same["high"]
    wide = group_gap(y, bad, g, "ES", SPEC, metric="f1", conf=0.99, n_boot=500)
    narrow = group_gap(y, bad, g, "ES", SPEC, metric="f1", conf=0.80, n_boot=500)
    assert wide["high"] - wide["low"] >= narrow["high"] - narrow["low"]
    with pytest.raises(CourseError, match="los dos lados"):
        group_gap(y, good, ["ES"] * 80, "ES", SPEC)
    with pytest.raises(CourseError, match="Métrica desconocida"):
        group_gap(y, good, g, "ES", SPEC, metric="auc")


def test_wilson_contains_estimate_and_shrinks():
    for k, n in [(0, 10), (3, 10), (10, 10), (1, 25), (12, 40)]:
        lo, hi = wilson_interval(k, n)
        assert 0 <= lo <= k / n <= hi <= 1
    widths = [np.diff(wilson_interval(n // 5, n))[0] for n in (20, 80, 320, 1280)]
    assert all(a > b for a, b in zip(widths, widths[1:]))
    assert widths[-1] < widths[0] / 4                            # ~1/√n: 64 veces más datos, 8 veces más estrecho
    assert wilson_interval(0, 20)[1] > 0.1                       # cero errores no es certeza
    assert np.diff(wilson_interval(5, 25, conf=0.99)) > np.diff(wilson_interval(5, 25, conf=0.90))
    assert all(np.isnan(wilson_interval(0, 0)))
    with pytest.raises(CourseError):
        wilson_interval(5, 3)
    with pytest.raises(CourseError, match="confianza"):
        wilson_interval(1, 3, conf=1.5)


def test_f1_interval_contains_estimate_and_shrinks():
    rng = np.random.default_rng(0)
    truth = rng.random(2000) < 0.5
    guess = np.where(rng.random(2000) < 0.8, truth, ~truth)
    widths = []
    for n in (40, 160, 640, 2000):
        f1, lo, hi = f1_interval(truth[:n], guess[:n], n_boot=500)
        assert lo <= f1 <= hi
        widths.append(hi - lo)
    assert all(a > b for a, b in zip(widths, widths[1:]))
    assert f1_interval(truth, guess, seed=1) == f1_interval(truth, guess, seed=1)     # reproducible
    assert f1_interval([True, True], [True, True]) == (1.0, 1.0, 1.0)
    assert np.isnan(f1_interval([False, False], [False, False])[0])                   # sin positivos: no definido


def test_messages_needed():
    assert messages_needed(0.5, 0.05) == 385                     # la cifra clásica de las encuestas (±5 %, 95 %)
    assert messages_needed(0.1, 0.03) > messages_needed(0.1, 0.05)
    assert messages_needed(0.0, 0.05) > 0                        # una tasa observada de 0 no exime de medir
    with pytest.raises(CourseError):
        messages_needed(0.1, 0)


def test_under_and_oversample_group():
    ds = Dataset.from_dict(dict(text=[f"t{i}" for i in range(30)], label=["phishing", "legitimo"] * 15,
                                pais=["AR"] * 10 + ["ES"] * 12 + ["MX"] * 8))
    few = undersample_group(ds, "AR", keep=3)
    assert few["pais"].count("AR") == 3 and few["pais"].count("ES") == 12 and len(few) == 23
    more = oversample_group(few, "AR")                           # mediana de ES (12) y MX (8) = 10
    assert more["pais"].count("AR") == 10 and more["pais"].count("MX") == 8
    assert set(more.filter(lambda r: r["pais"] == "AR")["text"]) == set(few.filter(lambda r: r["pais"] == "AR")["text"])
    assert oversample_group(few, "AR", target=2)["pais"].count("AR") == 3      # nunca quita filas
    with pytest.raises(CourseError, match="ninguna fila"):
        undersample_group(ds, "CL", keep=1)
    with pytest.raises(CourseError, match="columna"):
        oversample_group(ds, "AR", field="region")


def test_review_band_counts():
    proba = np.array([[.95, .05], [.6, .4], [.3, .7], [.1, .9], [.55, .45]])
    y = ["legitimo", "phishing", "legitimo", "phishing", "legitimo"]
    r = review_band(proba, y, SPEC, min_confidence=0.8)
    # revisión: filas 1, 2, 4 (confianza 0,6, 0,7, 0,55); errores: filas 1 (FN) y 2 (FP)
    assert (r["reviewed"], r["errors"], r["errors_caught"], r["fp_caught"], r["fn_caught"]) == (3, 2, 2, 1, 1)
    assert r["review_share"] == pytest.approx(3 / 5) and r["auto_error_rate"] == 0
    assert review_band(proba, y, SPEC, 0.0)["reviewed"] == 0
    with pytest.raises(CourseError, match="forma"):
        review_band(proba[:2], y, SPEC)
    w = oversight_widget(proba, y, SPEC, 0.8)
    assert w.last["reviewed"] == 3
    w.controls["min_confidence"].value = 0.65
    assert w.last["reviewed"] == 2 and w.last["errors_caught"] == 1


def test_plot_group_metrics():
    t = group_metrics(["phishing", "legitimo"] * 4, ["phishing"] * 8, ["ES", "ES", "MX", "MX"] * 2, SPEC, n_boot=50)
    fig = plot_group_metrics({"a": t, "b": t}, metrics=("f1", "fpr", "fnr"))
    assert len(fig.axes) == 3


def test_licences_are_read_from_cards(tmp_path):
    assert data_license("phishing").startswith("CC BY 4.0")
    md = tmp_path / "ficha.md"
    md.write_text("# T\n\n## Licencia\n\nMIT, línea 1.\n\n## Otra\n\nnada\n", encoding="utf-8")
    assert card_section(md, "Licencia") == "MIT, línea 1."
    assert card_section(md, "No está") == "" and card_section(tmp_path / "no.md", "Licencia") == ""


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    "Un detector diminuto (32 ejemplos, 1 epoch, 32 tokens) y unos datos de prueba pequeños con países."
    dsd = load_task_data("phishing")
    data = DatasetDict(train=dsd["train"].shuffle(seed=42).select(range(32)),
                       validation=dsd["validation"].select(range(16)),
                       test=dsd["test"].shuffle(seed=0).select(range(60)))
    out = tmp_path_factory.mktemp("ficha") / "modelo"
    finetune("phishing", "minilm", config=TrainConfig(epochs=1, max_length=32, batch_size=16), data=data,
             output_dir=out, evaluate_test=False, save_checkpoints=False, progress=False)
    return out, data


def test_model_card_reads_run_files(tiny_run):
    out, data = tiny_run
    card = model_card(out, data=data, n_boot=200)
    run = json.loads((out / "run.json").read_text())
    cfg = json.loads((out / "train_config.json").read_text())
    metrics = json.loads((out / "metrics.json").read_text())
    for section in ("## Uso previsto", "## Entrenamiento", "## Datos", "## Métricas en el conjunto de prueba",
                    "## Métricas por grupo (`pais`)", "## Supervisión humana", "## Limitaciones",
                    "## Riesgos y usos indebidos", "## Licencias"):
        assert section in card
    assert run["weights_sha256"][:16] in card and "coinciden con la huella" in card
    assert f"{cfg['epochs']} épocas, lote {cfg['batch_size']}" in card and f"`max_length` {cfg['max_length']}" in card
    assert "**32** mensajes, comprobados con la huella" in card                   # train verificado por su huella
    assert "es el mismo conjunto de prueba anotado" in card
    assert f"validación: exactitud {format(metrics['validation']['accuracy'], '.3f').replace('.', ',')}" in card
    assert f"f1_macro {format(metrics['validation']['f1_macro'], '.3f').replace('.', ',')}" in card
    for g, n in zip(*np.unique(data["test"]["pais"], return_counts=True)):      # una fila por país, con su tamaño
        assert f"| {g} | {n} |" in card
    assert "| todos | 60 |" in card and "brecha de F1 frente al resto" in card and "Bonferroni" in card
    assert "CC BY 4.0" in card and "apache-2.0" in card
    # sin la columna de grupo, lo dice en lugar de inventar
    no_groups = model_card(out, data=data["test"].remove_columns("pais"), n_boot=50)
    assert "No se ha medido el comportamiento por grupo" in no_groups and "no se pasaron los datos de entrenamiento" in no_groups


def test_write_model_card_never_overwrites(tiny_run):
    out, data = tiny_run
    proba = np.tile([0.3, 0.7], (len(data["test"]), 1))                          # probabilidades ya calculadas
    path = write_model_card(out, data=data, proba=proba, n_boot=50)
    assert path == out / "README.md" and path.read_text(encoding="utf-8").startswith("---\nlanguage: es")
    before = path.read_text(encoding="utf-8")
    with pytest.raises(CourseError, match="ya tiene una ficha"):
        write_model_card(out, data=data, proba=proba)
    assert path.read_text(encoding="utf-8") == before
    write_model_card(out, data=data, proba=proba, min_confidence=0.9, n_boot=50, overwrite=True)
    assert path.read_text(encoding="utf-8") != before
    assert not list(out.glob(".card-*"))                                         # sin temporales olvidados


def test_model_card_rejects_non_model_folder(tmp_path):
    (tmp_path / "notas.txt").write_text("hola")
    with pytest.raises(CourseError, match="no es la carpeta de un modelo entrenado"):
        model_card(tmp_path)
    with pytest.raises(CourseError, match="no es la carpeta de un modelo entrenado"):
        write_model_card(tmp_path)
    assert not (tmp_path / "README.md").exists()
    with pytest.raises(CourseError, match="no existe"):
        model_card(tmp_path / "no-existe")
