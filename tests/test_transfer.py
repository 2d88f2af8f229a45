"Pruebas de `finetune_course.concepts.fine_tuning` (capítulo 3) con ajustes diminutos."
import matplotlib
matplotlib.use("Agg")
import numpy as np
import pandas as pd
import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from finetune_course.core import CourseError
from finetune_course.core import count_parameters
from finetune_course.concepts.fine_tuning import (VARIANTS, Retriever, batch_indices, delta_rank, encode_texts,
                                      fit, load_faq, load_split, make_classifier, n_steps, plot_learning_curves,
                                      retrieval_accuracy, stratified_sample, transfer_experiment, weight_change)


@pytest.fixture(scope="module")
def tiny():
    "Experimento diminuto: 16 y 64 ejemplos, 32 tokens, 80 mensajes de prueba (guarda los modelos)."
    models = {}
    res = transfer_experiment(sizes=(16, 64), variants=("aleatorio", "completo", "congelado"), min_steps=8,
                              max_length=32, n_test=80, seed=0, models=models)
    return res, models


@pytest.fixture(scope="module")
def before():
    "Pesos de partida de las variantes pre-entrenadas (`minilm` + la cabeza inicial de la semilla 0)."
    return {k: v.clone() for k, v in make_classifier("completo")[0].state_dict().items()}


def test_pretraining_beats_random_at_each_size(tiny):
    res, _ = tiny
    f1 = res.pivot(index="variante", columns="ejemplos", values="f1")
    for n in (16, 64):
        best = f1.loc[["completo", "congelado"], n].max()
        assert best > f1.loc["aleatorio", n] + 0.05, f1
    assert (f1 >= 0).all().all() and (f1 <= 1).all().all()


def test_experiment_table(tiny):
    res, models = tiny
    assert len(res) == 6 and set(models) == {(v, n) for v in ("aleatorio", "completo", "congelado") for n in (16, 64)}
    assert res.groupby("variante")["entrenables"].first().to_dict() == {
        "aleatorio": res["total"].iloc[0], "completo": res["total"].iloc[0], "congelado": 384 * 2 + 2}
    assert res["pasos"].tolist() == [8] * 6                       # 16 y 64 ejemplos: el mínimo de 8 pasos
    np.testing.assert_allclose(res["epochs"], res["pasos"] * 16 / res["ejemplos"])
    assert (res["segundos"] > 0).all()
    ax = plot_learning_curves(res, baseline=0.33)
    assert ax.get_xscale() == "log" and len(ax.get_lines()) == 3 + 1


def test_frozen_body_does_not_change(tiny, before):
    _, models = tiny
    ch = weight_change(before, models[("congelado", 64)])["cambio"]
    assert list(ch.index) == ["embeddings"] + [f"capa {i}" for i in range(6)] + ["cabeza"]
    assert (ch.drop("cabeza") == 0).all() and ch["cabeza"] > 0
    full = weight_change(before, models[("completo", 64)])["cambio"]
    assert (full > 0).all() and (full.drop("cabeza") < 0.05).all()


def test_experiment_rejects_bad_input():
    with pytest.raises(CourseError, match="Variante desconocida"): transfer_experiment(variants=("magico",))
    with pytest.raises(CourseError, match="entre 2"): transfer_experiment(sizes=(10**6,), variants=("congelado",))


def test_stratified_sample():
    df = load_split("phishing", "train")
    s = stratified_sample(df, 100, seed=3)
    assert len(s) == 100 and s["text"].is_unique
    share = (s["label"] == "phishing").mean()
    assert abs(share - (df["label"] == "phishing").mean()) <= 0.01
    assert s["text"].tolist() == stratified_sample(df, 100, seed=3)["text"].tolist()
    assert s["text"].tolist() != stratified_sample(df, 100, seed=4)["text"].tolist()
    assert len(stratified_sample(df, len(df))) == len(df)
    for bad in (1, 0, len(df) + 1, 2.5, True):
        with pytest.raises(CourseError): stratified_sample(df, bad)


def test_steps_and_batches():
    assert [n_steps(n) for n in (32, 128, 512)] == [12, 12, 32]
    assert n_steps(100, epochs=2, min_steps=1, batch_size=10) == 20
    b = batch_indices(10, 4, 6, seed=1)
    assert [len(i) for i in b] == [4, 4, 2, 4, 4, 2]
    assert sorted(np.concatenate(b[:3])) == list(range(10))


def test_fit_learns_and_skips_frozen():
    torch.manual_seed(0)
    lin, frozen = nn.Linear(1, 1, bias=False), nn.Linear(1, 1)
    frozen.requires_grad_(False); w0 = frozen.weight.clone()
    x = torch.linspace(-1, 1, 32).unsqueeze(1)
    losses = fit(list(lin.parameters()) + list(frozen.parameters()),
                 lambda idx: F.mse_loss(lin(x[idx]) + 0 * frozen(x[idx]), -2 * x[idx]), n=32, steps=150, lr=0.1,
                 batch_size=8, weight_decay=0)
    assert abs(lin.weight.item() + 2) < 0.05 and losses[-1] < losses[0]
    assert torch.equal(frozen.weight, w0)


def test_variants_parameters_and_same_head(before):
    lora, tok = make_classifier("lora")
    c = count_parameters(lora)
    assert c["trainable"] == 6 * 2 * (2 * 384 * 8) + 770
    assert torch.equal(lora.head.weight.detach(), before["head.weight"])
    rnd, _ = make_classifier("aleatorio")
    w = "body.encoder.layer.0.attention.self.query.weight"
    assert rnd.state_dict()[w].shape == before[w].shape and not torch.allclose(rnd.state_dict()[w], before[w])
    with pytest.raises(CourseError, match="Variante desconocida"): make_classifier("magico")


def test_lora_change_is_low_rank(before):
    model, _ = make_classifier("lora", lora_r=4)
    torch.manual_seed(0)
    for n, p in model.named_parameters():
        if "lora_B" in n: p.data.normal_()                       # B empieza en cero: le damos valores
    model.body = model.body.merge_and_unload()
    name = "body.encoder.layer.2.attention.self.value.weight"
    rank, sv = delta_rank(before, model, name)
    assert rank == 4 and len(sv) == 384
    assert delta_rank(before, model, "body.encoder.layer.2.attention.self.key.weight")[0] == 0
    ch = weight_change(before, model)["cambio"]
    assert ch["embeddings"] == 0 and (ch[[f"capa {i}" for i in range(6)]] > 0).all() and ch["cabeza"] == 0


def test_weight_change_groups(before):
    model, _ = make_classifier("completo")
    assert (weight_change(before, model)["cambio"] == 0).all()
    with torch.no_grad(): model.body.encoder.layer[3].output.dense.weight.mul_(1.1)
    ch = weight_change(before, model)
    layer3 = sum(v.numel() for k, v in before.items() if ".layer.3." in k)
    assert ch.loc["capa 3", "parametros"] == layer3
    assert ch.loc["capa 3", "cambio"] > 0 and (ch["cambio"].drop("capa 3") == 0).all()
    w = before["body.encoder.layer.3.output.dense.weight"]
    expected = 0.1 * w.norm() / torch.sqrt(sum(v.pow(2).sum() for k, v in before.items() if ".layer.3." in k))
    assert abs(ch.loc["capa 3", "cambio"] - float(expected)) < 1e-5
    with pytest.raises(CourseError, match="mismos nombres"):
        weight_change({**before, "extra.weight": torch.zeros(1)}, model)


def test_cached_vectors_match_full_model():
    model, tok = make_classifier("congelado")
    texts = ["Su cuenta ha sido bloqueada, entre aquí: http://banco-seguro.example", "Nos vemos mañana a las diez."]
    enc = tok(texts, padding=True, truncation=True, max_length=32, return_tensors="pt")
    with torch.no_grad(): direct = model(**enc)
    cached = model.head(encode_texts(model, tok, texts, max_length=32))
    assert torch.allclose(direct, cached, atol=0.05)


def test_faq_and_retriever_update():
    docs, queries = load_faq()
    assert len(docs) == len(set(docs)) > 10 and queries["doc"].between(0, len(docs) - 1).all()
    assert not set(queries["pregunta"]) & {d.split("\n")[0] for d in docs}
    from sklearn.feature_extraction.text import TfidfVectorizer
    tf = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(docs)
    r = Retriever(docs, tf.transform)
    assert retrieval_accuracy(r, queries) > 3 / len(docs)
    i = next(j for j, d in enumerate(r.docs) if "6000 €" in d)
    q = queries.query("doc == @i")["pregunta"].iloc[0]
    assert "6000 €" in r.answer(q)
    r.update(i, r.docs[i].replace("6000 €", "10000 €"))
    assert "10000 €" in r.answer(q) and "6000 €" not in r.answer(q)
    n = len(r.docs)
    r.update(n, "Para llamar a Banco Aurora marca el teléfono 900 100 200.")
    assert len(r.docs) == n + 1 and r.search("¿Qué teléfono marco para llamar a Banco Aurora?")[0][0] == n
    with pytest.raises(CourseError): r.update(n + 5, "x")
    with pytest.raises(CourseError): load_faq(prefix="otra_")


def test_weight_change_explorer_redraws_for_each_model(tiny, before):
    from finetune_course.concepts.fine_tuning import weight_change_explorer
    _, models = tiny
    w = weight_change_explorer(before, models)
    assert set(w.controls) == {"variante", "ejemplos"}
    w.controls["variante"].value = "completo"; w.controls["ejemplos"].value = 64
    big = w.last["cambio"].copy()
    assert (big > 0).all()
    w.controls["ejemplos"].value = 16
    assert not np.allclose(big, w.last["cambio"])          # otro modelo, otras barras
    w.controls["variante"].value = "congelado"
    body = [g for g in w.last.index if g != "cabeza"]
    assert (w.last.loc[body, "cambio"] == 0).all() and w.last.loc["cabeza", "cambio"] > 0
    w.controls["variante"].value = "aleatorio"              # sus pesos de partida no son `before`: los nombres cuadran
    assert w.last is not None
    with pytest.raises(CourseError, match="No hay modelos"):
        weight_change_explorer(before, {})
