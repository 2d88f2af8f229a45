"""Paso 6 fuera del cuaderno: métricas con números conocidos, solo el conjunto de prueba, alineación de etiquetas,
errores más seguros, líneas base y gráficos."""
import matplotlib
matplotlib.use("Agg")
import numpy as np
import pytest
from datasets import Dataset, DatasetDict

from finetune_course.core import CourseError
from finetune_course.steps.evaluate import (compare_results, evaluate_model, metrics_from_proba, plot_confusion, plot_roc_pr,
                                      predict_proba, tfidf_baseline, worst_errors)
from finetune_course.steps.model import load_classifier
from finetune_course.steps.objective import TaskSpec, get_task

SPEC = get_task("phishing")
Y = ["phishing", "phishing", "phishing", "legitimo", "legitimo"]
P = np.array([[0.1, 0.9], [0.3, 0.7], [0.8, 0.2], [0.6, 0.4], [0.45, 0.55]])   # columnas: legitimo, phishing


def test_metrics_match_hand_computation():
    m = metrics_from_proba(Y, P, SPEC)
    # predicciones: phishing, phishing, legitimo, legitimo, phishing
    assert m["confusion_matrix"] == [[1, 1], [1, 2]]
    assert m["accuracy"] == pytest.approx(3 / 5)
    assert m["per_label"]["phishing"] == pytest.approx(dict(precision=2 / 3, recall=2 / 3, f1=2 / 3, support=3))
    assert m["per_label"]["legitimo"] == pytest.approx(dict(precision=1 / 2, recall=1 / 2, f1=1 / 2, support=2))
    assert m["f1_macro"] == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert m["recall"] == pytest.approx(2 / 3)                       # de la etiqueta positiva
    assert m["roc_auc"] == pytest.approx(4 / 6)                      # 4 de 6 pares bien ordenados
    assert m["cost"] == pytest.approx((1 * 10 + 1 * 1) / 5)          # un FN (10) y un FP (1)
    assert m["labels"] == SPEC.labels and m["n"] == 5
    ids = [SPEC.label2id[y] for y in Y]
    assert metrics_from_proba(ids, P, SPEC)["confusion_matrix"] == m["confusion_matrix"]


def test_metrics_reject_bad_input():
    with pytest.raises(CourseError, match="forma"):
        metrics_from_proba(Y, P[:3], SPEC)
    with pytest.raises(CourseError, match="Etiquetas desconocidas"):
        metrics_from_proba(["spam"] * 5, P, SPEC)
    with pytest.raises(CourseError, match="No hay mensajes"):
        metrics_from_proba([], np.zeros((0, 2)), SPEC)
    m = metrics_from_proba(["phishing"] * 2, P[:2], SPEC)           # una sola clase: AUC no definida
    assert np.isnan(m["roc_auc"]) and m["accuracy"] == 1.0


@pytest.fixture(scope="module")
def model():
    return load_classifier("minilm", SPEC)


def _ds(n=6):
    texts = ["Verifique su cuenta en este enlace urgente", "Nos vemos el jueves en la oficina",
             "Ha ganado un premio, introduzca su tarjeta", "Te mando el informe mañana",
             "Su paquete está retenido: pague la tasa aquí", "Gracias por la cena de ayer"]
    return Dataset.from_dict(dict(text=texts[:n], label=["phishing", "legitimo"] * (n // 2), tipo=["x"] * n))


def test_predict_proba_keeps_order_and_restores_mode(model):
    m, tok = model
    texts = _ds()["text"]
    m.train()
    together = predict_proba(m, tok, texts, batch_size=4, bf16=False)     # lotes ordenados por longitud...
    one_by_one = np.concatenate([predict_proba(m, tok, [t], bf16=False) for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=1e-4)   # ...pero filas en el orden original
    np.testing.assert_allclose(predict_proba(m, tok, texts, bf16=True), together, atol=0.05)
    assert m.training                                             # devuelve el modelo al modo en que estaba
    m.eval()
    with pytest.raises(CourseError, match="deben ser textos"):
        predict_proba(m, tok, ["hola", None])


def test_evaluate_uses_only_the_test_split(model):
    m, tok = model
    bad_train = Dataset.from_dict(dict(text=["x"], label=["etiqueta_rara"]))   # si se usara, fallaría
    res = evaluate_model(m, tok, DatasetDict(train=bad_train, test=_ds()), SPEC)
    assert res["n"] == 6 and sum(map(sum, res["confusion_matrix"])) == 6
    with pytest.raises(CourseError, match="no tienen conjunto de prueba"):
        evaluate_model(m, tok, DatasetDict(train=_ds()), SPEC)
    with pytest.raises(CourseError, match="faltan las columnas"):
        evaluate_model(m, tok, _ds().remove_columns("text"), SPEC)


def test_columns_are_aligned_by_label_name(model):
    m, tok = model
    ds = _ds()
    reversed_spec = TaskSpec(name="al_reves", labels=["phishing", "legitimo"], positive_label="phishing")
    a = evaluate_model(m, tok, ds, SPEC)
    b = evaluate_model(m, tok, ds, reversed_spec)
    assert a["roc_auc"] == pytest.approx(b["roc_auc"]) and a["accuracy"] == pytest.approx(b["accuracy"])
    other, other_tok = load_classifier("minilm", ["a", "b"])
    with pytest.raises(CourseError, match="predice las etiquetas"):
        evaluate_model(other, other_tok, ds, SPEC)


def test_worst_errors_most_confident_first():
    ds = Dataset.from_dict(dict(text=[f"m{i}" for i in range(5)], label=Y, tipo=list("abcde")))
    w = worst_errors(None, None, ds, SPEC, k=5, proba=P)
    assert list(w["text"]) == ["m2", "m4"]                        # dos errores, el más seguro primero
    assert list(w["confidence"]) == pytest.approx([0.8, 0.55])
    assert list(w["pred"]) == ["legitimo", "phishing"]
    assert (w["label"] != w["pred"]).all() and "tipo" in w.columns
    assert len(worst_errors(None, None, ds, SPEC, k=1, proba=P)) == 1
    perfect = np.array([[0, 1], [0, 1], [0, 1], [1, 0], [1, 0]], dtype=float)
    assert worst_errors(None, None, ds, SPEC, proba=perfect).empty


def _tiny_task_data():
    "Un conjunto diminuto y separable: «enlace/tarjeta/urgente» frente a mensajes cotidianos."
    phish = ["urgente verifique su tarjeta en el enlace", "su cuenta será bloqueada, pulse el enlace urgente",
             "introduzca su tarjeta en este enlace", "premio urgente: confirme la tarjeta en el enlace"]
    legit = ["nos vemos el jueves para comer", "te mando el informe de la reunión", "gracias por la cena de ayer",
             "el pedido llega el lunes por la tarde"]
    def split(k):
        return Dataset.from_dict(dict(text=[f"{t} ({k}{i})" for i, t in enumerate(phish + legit)],
                                      label=["phishing"] * 4 + ["legitimo"] * 4))
    return DatasetDict(train=split("a"), validation=split("b"), test=split("c"))


def test_tfidf_baseline_selects_on_validation_and_reports_test():
    dsd = _tiny_task_data()
    pipe, m = tfidf_baseline(dsd, SPEC, C_grid=(1.0, 10.0))
    sel = m["selection"]
    assert set(sel["validation"]) == {1.0, 10.0} and sel["C"] == max(sel["validation"], key=sel["validation"].get)
    assert m["n"] == len(dsd["test"]) and 0.5 < m["f1_macro"] <= 1
    assert pipe.named_steps["logisticregression"].C == sel["C"]
    with pytest.raises(CourseError, match="Faltan los conjuntos"):
        tfidf_baseline(DatasetDict(train=dsd["train"], test=dsd["test"]), SPEC)


def test_table_and_plots():
    m = metrics_from_proba(Y, P, SPEC)
    perfect = metrics_from_proba(Y, np.array([[0, 1], [0, 1], [0, 1], [1, 0], [1, 0]], dtype=float), SPEC)
    t = compare_results({"a": m, "perfecto": perfect}, SPEC)
    assert list(t["meets_objective"]) == [False, True]
    ax = plot_confusion(m, "prueba")
    assert ax.get_xlabel() == "predicción" and len(ax.texts) == 4
    fig = plot_roc_pr(Y, {"a": P, "b": P[:, ::-1]}, SPEC)
    assert len(fig.axes) == 2 and len(fig.axes[0].lines) == 3    # dos modelos + azar
    assert "AUC 0,667" in fig.axes[0].get_legend().get_texts()[0].get_text()


# --- textos largos por ventanas y normalización (issue 13) -----------------------------------------

def test_merge_windows_keeps_the_most_suspicious_window():
    import numpy as np
    from finetune_course.steps.evaluate import _merge_windows
    wprob = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.7, 0.3]])
    owner = np.array([0, 0, 1, 1])
    np.testing.assert_allclose(_merge_windows(wprob, owner, 2, positive=1), [[0.2, 0.8], [0.6, 0.4]])
    np.testing.assert_allclose(_merge_windows(wprob, owner, 2, positive=None), [[0.55, 0.45], [0.65, 0.35]])


def test_long_texts_are_read_by_windows_one_row_per_text(tiny_model):
    from finetune_course.steps.train import load_finetuned
    from finetune_course.steps.evaluate import predict_proba
    model, tok, spec = load_finetuned(tiny_model)
    scam = "Tu cuenta ha sido bloqueada, verifica tus datos en http://banco-seguro.example/login"
    long = "Hola, te paso el acta de la reunión. " * 60 + scam
    p_win = predict_proba(model, tok, [scam, long, "hola"], max_length=32, positive="phishing")
    p_cut = predict_proba(model, tok, [scam, long, "hola"], max_length=32, positive="phishing", windows=False)
    assert p_win.shape == p_cut.shape == (3, 2)
    pos = model.config.label2id["phishing"]
    # por ventanas, el texto largo es al menos tan sospechoso como su ventana final (la estafa); recortado, no la ve
    assert p_win[1, pos] >= p_cut[1, pos] - 1e-6
    assert abs(p_win[0, pos] - p_cut[0, pos]) < 1e-5 and abs(p_win[2, pos] - p_cut[2, pos]) < 1e-5   # cortos: igual


def test_normalize_text_undoes_cheap_evasions():
    from finetune_course.steps.data import normalize_text
    from finetune_course.security.security_importance import evade, EVASIONS
    msg = "Banco Pichincha: verifica tu cuenta hoy en https://pichincha-seguro.example"
    for kind in ("ancho_completo", "cirilicas", "invisibles"):
        assert evade(msg, kind) != msg and normalize_text(evade(msg, kind)) == msg, kind
    assert evade(msg, "prefijo_legitimo").endswith(msg)
    assert normalize_text("Привет, мир") == "Привет, мир"           # el ruso de verdad no se toca
