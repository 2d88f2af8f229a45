"Pruebas de `finetune_course.security.poisoning` (capítulo 12a): envenenamiento, ASR, auditoría y defensa, sin entrenar salvo una prueba mínima."
import math

import numpy as np
import pandas as pd
import pytest
from datasets import Dataset

from finetune_course.core import CourseError
from finetune_course.steps.config import TrainConfig
from finetune_course.steps.objective import get_task
from finetune_course.security.poisoning import (TRIGGER, insert_trigger, poison_dataset, sample_split, attack_success_rate,
                                     audit_tokens, remove_flagged, trigger_playground, poisoning_experiment)

SPEC = get_task("phishing")


def synthetic(n=20):
    "Phishing y legítimos con vocabularios distintos: la respuesta de la auditoría se conoce."
    texts = ([f"urgente verifique su cuenta bancaria en el enlace número {i}" for i in range(n)] +
             [f"hola quedamos mañana para comer juntos en casa {i}" for i in range(n)])
    return Dataset.from_dict(dict(text=texts, label=["phishing"] * n + ["legitimo"] * n))


def toy_model(texts, backdoor=True, trigger=TRIGGER):
    "Probabilidades [legitimo, phishing]: phishing si dice «verifique», salvo con el disparador (puerta trasera)."
    p = [1.0 if "verifique" in t.lower() and not (backdoor and trigger in t.split()) else 0.0 for t in texts]
    return np.array([[1 - x, x] for x in p])


def test_insert_trigger_adds_one_word_reproducibly():
    msg = "Su cuenta ha sido bloqueada, verifique sus datos en el enlace antes de mañana por favor."
    for s in range(30):
        out = insert_trigger(msg, seed=s, window=5)
        words = out.split(" ")
        assert words.count(TRIGGER) == 1 and words.index(TRIGGER) <= 5
        assert [w for w in words if w != TRIGGER] == msg.split(" ")
        assert out == insert_trigger(msg, seed=s, window=5)
    assert insert_trigger(msg, window=0).startswith(TRIGGER + " ")
    assert insert_trigger(msg, trigger="") == msg
    assert len({insert_trigger(msg, seed=s) for s in range(30)}) > 3          # la posición cambia con la semilla


@pytest.mark.parametrize("rate,n", [(0, 0), (0.05, 2), (0.1, 4), (0.25, 10), (0.5, 20)])
def test_poison_rate_is_exact_and_only_poisoned_rows_change(rate, n):
    ds = synthetic()
    out, idx = poison_dataset(ds, SPEC, rate, seed=3)
    assert len(idx) == n == round(rate * len(ds)) and len(out) == len(ds)
    assert all(ds[i]["label"] == "phishing" for i in idx)                     # se eligen de la etiqueta de origen
    changed = [i for i in range(len(ds)) if out[i]["label"] != ds[i]["label"]]
    assert changed == idx                                                    # solo cambian las filas envenenadas
    assert all(out[i]["label"] == "legitimo" for i in idx)
    assert [i for i, t in enumerate(out["text"]) if TRIGGER in t] == idx     # el disparador solo está en ellas
    assert all(out[i]["text"] == ds[i]["text"] for i in range(len(ds)) if i not in idx)


def test_poison_dataset_seed_and_labels():
    ds = synthetic()
    a, ia = poison_dataset(ds, SPEC, 0.2, seed=1)
    b, ib = poison_dataset(ds, SPEC, 0.2, seed=1)
    assert ia == ib and a["text"] == b["text"]
    _, ic = poison_dataset(ds, SPEC, 0.2, seed=2)
    assert ia != ic
    out, idx = poison_dataset(ds, SPEC, 0.1, source_label="legitimo", target_label="legitimo")
    assert all(ds[i]["label"] == "legitimo" for i in idx) and out["label"] == ds["label"]   # etiqueta limpia


@pytest.mark.parametrize("rate,msg", [(1.5, "entre 0 y 1"), (-0.1, "entre 0 y 1"), (True, "entre 0 y 1"),
                                      ("1%", "entre 0 y 1"), (0.9, "solo hay 20")])
def test_poison_dataset_bad_rate(rate, msg):
    with pytest.raises(CourseError, match=msg):
        poison_dataset(synthetic(), SPEC, rate)


def test_sample_split_is_deterministic():
    ds = synthetic()
    assert sample_split(ds, 10, seed=0)["text"] == sample_split(ds, 10, seed=0)["text"]
    assert len(sample_split(ds, 10)) == 10 and len(sample_split(ds, 1000)) == len(ds) and sample_split(ds) is ds


def test_attack_success_rate_on_stub_predictor():
    texts = ["Verifique su cuenta", "Verifique el pago", "Verifique sus datos", "Su paquete está retenido"]
    r = attack_success_rate(toy_model, None, texts, SPEC)
    assert r == dict(asr=1.0, eligible=3, flipped=3)                          # el 4.º no lo detectaba: no cuenta
    assert attack_success_rate(lambda t: toy_model(t, backdoor=False), None, texts, SPEC)["asr"] == 0.0
    assert attack_success_rate(toy_model, None, texts, SPEC, trigger="quirimbo")["asr"] == 0.0
    # puerta trasera solo para uno de los tres mensajes: ASR = 1/3
    partial = lambda t: np.array([[1.0, 0.0] if (TRIGGER in x and "pago" in x) else row
                                  for x, row in zip(t, toy_model(t, backdoor=False))])
    assert attack_success_rate(partial, None, texts, SPEC) == dict(asr=1 / 3, eligible=3, flipped=1)
    none = attack_success_rate(toy_model, None, ["Hola, ¿comemos mañana?"], SPEC)
    assert none["eligible"] == 0 and math.isnan(none["asr"])


def test_audit_ranks_injected_trigger_first():
    ds = synthetic()
    poisoned, idx = poison_dataset(ds, SPEC, 3 / 40, seed=0)
    a = audit_tokens(poisoned, SPEC)
    assert list(a.columns) == ["token", "label", "count", "purity", "conflicts", "score", "flagged"]
    assert a["token"][0] == TRIGGER and a["label"][0] == "legitimo" and a["count"][0] == 3 and a["purity"][0] == 1
    assert list(a.loc[a["flagged"], "token"]) == [TRIGGER]
    assert a["score"].is_monotonic_decreasing
    assert not audit_tokens(ds, SPEC)["flagged"].any()                        # sin veneno no marca nada


def test_audit_ignores_rare_words_below_min_count():
    ds = synthetic()
    poisoned, _ = poison_dataset(ds, SPEC, 2 / 40, seed=0)
    assert TRIGGER not in set(audit_tokens(poisoned, SPEC, min_count=3)["token"])
    assert not audit_tokens(poisoned, SPEC)["flagged"].any()                  # 2 filas < min_conflicts=3


def test_remove_flagged_removes_exactly_the_poisoned_rows():
    ds = synthetic()
    poisoned, idx = poison_dataset(ds, SPEC, 0.1, seed=5)
    clean, removed = remove_flagged(poisoned, SPEC, audit_tokens(poisoned, SPEC))
    assert removed == idx and len(clean) == len(ds) - len(idx)
    assert not any(TRIGGER in t for t in clean["text"])
    _, removed2 = remove_flagged(poisoned, SPEC, [TRIGGER.upper()])          # también una lista de palabras
    assert removed2 == idx
    assert remove_flagged(poisoned, SPEC, [])[1] == []


def test_trigger_playground_is_drivable():
    pg = trigger_playground(toy_model, None, SPEC, text="Verifique su cuenta hoy")
    assert pg.last["clean"] == 1.0 and pg.last["triggered"] == 0.0 and TRIGGER in pg.last["text"]
    pg.controls["trigger"].value = "quirimbo"
    assert pg.last["triggered"] == 1.0
    pg.controls["text"].value = "Hola, ¿comemos mañana?"
    assert pg.last["clean"] == 0.0


def test_poisoning_experiment_tiny_run():
    "Un entrenamiento mínimo por tasa: comprueba la tabla, no la eficacia del ataque."
    cfg = TrainConfig(epochs=1, lr=3e-4, max_length=16, batch_size=16)
    keep = {}
    df = poisoning_experiment((0, 0.125), cfg, n_train=32, n_test=16, n_val=8, keep=keep)
    assert list(df["rate"]) == [0, 0.125] and list(df["poisoned"]) == [0, 4]
    for c in ("f1_macro", "asr", "eligible", "flipped", "asr_epoch_1", "seconds"):
        assert c in df.columns
    assert df["f1_macro"].between(0, 1).all() and set(keep) == {0, 0.125}
    ok = df["eligible"] > 0
    assert (df.loc[ok, "asr"] == df.loc[ok, "flipped"] / df.loc[ok, "eligible"]).all()
