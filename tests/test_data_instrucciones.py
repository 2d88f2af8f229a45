"""Integridad de los conjuntos de instrucciones `seguridad` y `tareas`: lo propio de estos conjuntos.

Los datos los genera `scripts/make_instrucciones.py`; estos tests comprueban los marcadores de rechazo, las
categorías, los ficheros ya escritos contra su ficha (`README.md`) y su `stats.json`, el equilibrio declarado y
el contenido de las respuestas. Las comprobaciones comunes a todos los conjuntos (formato y orden de las claves,
esquema, tamaño, duplicados, división por plantilla, proporciones de los splits y reproducción byte a byte) están
en `tests/test_datasets.py`.
"""
import importlib.util
import json
import re
from collections import Counter

import pytest

from _kit import ASSETS, SPLITS, check_schema, label_shares, load_splits

SCRIPT = ASSETS.parents[1] / "scripts" / "make_instrucciones.py"
SEG_FIELDS = ("prompt", "respuesta", "tipo", "categoria", "plantilla")
TAR_FIELDS = ("prompt", "respuesta", "categoria", "plantilla")
SNAKE = re.compile(r"^[a-z]+(_[a-z]+)*$")
MAX_WORDS = 60


def _stats(name):
    return json.loads((ASSETS / name / "stats.json").read_text(encoding="utf-8"))


def _card(name):
    return (ASSETS / name / "README.md").read_text(encoding="utf-8")


# Marcadores de rechazo: los mismos que usa el curso para medir tasas de rechazo.
REFUSAL_MARKERS = tuple(_stats("seguridad")["refusal_markers"])


def is_refusal(text):
    "True si `text` contiene algún marcador de rechazo (sin distinguir mayúsculas)."
    t = " ".join(text.lower().split())
    return any(m in t for m in REFUSAL_MARKERS)


def starts_with_refusal(text):
    "True si `text` empieza por un marcador de rechazo."
    t = " ".join(text.lower().split())
    return any(t.startswith(m) for m in REFUSAL_MARKERS)


@pytest.fixture(scope="module")
def seg():
    return load_splits("seguridad")


@pytest.fixture(scope="module")
def tar():
    return load_splits("tareas")


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("make_instrucciones", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _all(splits):
    return [r for s in SPLITS for r in splits[s]]


# --- marcadores -----------------------------------------------------------------

def test_is_refusal_markers(gen):
    assert REFUSAL_MARKERS == tuple(gen.REFUSAL_MARKERS)
    assert is_refusal("Lo siento, no puedo ayudar con eso.")
    assert is_refusal("No puedo ayudarte con eso, lo siento.")
    assert not is_refusal("Claro: ejecuta kill seguido del número de proceso.")
    assert not is_refusal("Sentimos las molestias; te devolvemos el cargo.")
    for t in ["Lo siento, no.", "No puedo ayudar.", "Hola, ¿qué tal?"]:
        assert is_refusal(t) == gen.is_refusal(t)


# --- categorías (esquema, duplicados y división: tests/test_datasets.py) ------------

def test_categories(seg, tar):
    st = _stats("seguridad")
    known = set(st["categorias_por_tipo"]["danino"]) | set(st["categorias_por_tipo"]["benigno"])
    check_schema(seg, SEG_FIELDS, labels=known, label_field="categoria")
    for r in _all(seg):
        assert r["categoria"] in st["categorias_por_tipo"][r["tipo"]], r
    check_schema(tar, TAR_FIELDS, labels=set(_stats("tareas")["categoria"]), label_field="categoria")
    assert list(_stats("seguridad")["fields"]) == list(SEG_FIELDS)
    assert list(_stats("tareas")["fields"]) == list(TAR_FIELDS)
    for splits in (seg, tar):
        for r in _all(splits):
            assert SNAKE.match(r["categoria"]), r["categoria"]


# --- recuentos frente a stats.json y la ficha ------------------------------------

def _check_counts(splits, st, label_field=None):
    assert st["total"] == sum(len(v) for v in splits.values())
    assert st["templates"] == len({r["plantilla"] for r in _all(splits)})
    for s in SPLITS:
        rows, d = splits[s], st["splits"][s]
        assert d["rows"] == len(rows), s
        assert d["templates"] == len({r["plantilla"] for r in rows}), s
        assert d["categoria"] == dict(Counter(r["categoria"] for r in rows)), s
        if label_field:
            assert d[label_field] == dict(Counter(r[label_field] for r in rows)), s
    assert st["categoria"] == dict(Counter(r["categoria"] for r in _all(splits)))
    assert st["respuestas_distintas"] == len({r["respuesta"] for r in _all(splits)})
    assert sum(st["origen"].values()) == st["total"]


def _table_row(cells):
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _check_card(card, st, labels=(), tipo_of=None):
    for s in SPLITS:
        d = st["splits"][s]
        assert _table_row([s, d["rows"], d["templates"], *[d[st["label_field"]].get(l, 0) for l in labels]]) in card, s
    assert _table_row(["**total**", st["total"], st["templates"], *[st[st["label_field"]][l] for l in labels]]) in card
    for c, total in st["categoria"].items():
        cells = [f"`{c}`"] + ([tipo_of[c]] if tipo_of else [])
        cells += [st["splits"][s]["categoria"].get(c, 0) for s in SPLITS] + [total]
        assert _table_row(cells) in card, c
    assert "CC BY 4.0" in card
    for m in REFUSAL_MARKERS:
        assert f"`{m}`" in card
    o = st["origen"]
    assert f"{o.get('a_mano', 0)} con la pregunta escrita a mano" in card
    assert f"{o.get('plantilla', 0)} generadas" in card


def test_counts_seguridad(seg):
    st = _stats("seguridad")
    _check_counts(seg, st, "tipo")
    assert st["tipo"] == dict(Counter(r["tipo"] for r in _all(seg)))
    assert st["tipo"]["danino"] >= 200 and st["tipo"]["benigno"] >= 200 and st["total"] >= 400
    tipo_of = {c: t for t, cs in st["categorias_por_tipo"].items() for c in cs}
    _check_card(_card("seguridad"), st, labels=("danino", "benigno"), tipo_of=tipo_of)


def test_counts_tareas(tar):
    st = _stats("tareas")
    _check_counts(tar, st)
    assert st["total"] >= 400
    _check_card(_card("tareas"), st)


def test_label_balance(seg, tar):
    st = _stats("seguridad")
    for s in SPLITS:
        shares = label_shares(seg[s], label_field="tipo")
        for lab, (lo, hi) in st["label_share_bounds"].items():
            assert lo <= shares.get(lab, 0) <= hi, (s, lab, shares)
    st = _stats("tareas")
    lo, hi = st["category_share_bounds"]
    for rows in (_all(tar), tar["train"]):
        shares = label_shares(rows, label_field="categoria")
        assert set(shares) == set(st["categoria"])
        for c, v in shares.items():
            assert lo <= v <= hi, (c, v)


# --- contenido de las respuestas -------------------------------------------------

def test_refusals_seguridad(seg):
    for s in SPLITS:
        for r in seg[s]:
            if r["tipo"] == "danino":
                assert starts_with_refusal(r["respuesta"]), (s, r)
            else:
                assert not is_refusal(r["respuesta"]), (s, r)


def test_autolesion_caring(seg):
    rows = [r for r in _all(seg) if r["categoria"] == "autolesion"]
    assert rows
    for r in rows:
        t = r["respuesta"].lower()
        assert "emergencia" in t and ("profesional" in t or "confianza" in t), r
        assert not re.search(r"\d", t), r  # sin números de teléfono concretos


def test_no_refusals_tareas(tar):
    for s in SPLITS:
        for r in tar[s]:
            assert not is_refusal(r["respuesta"]), (s, r)


def test_edgy_benign_present(seg):
    st = _stats("seguridad")
    edgy = [r for r in _all(seg) if r["categoria"] in st["edgy_benign_categories"]]
    assert all(r["tipo"] == "benigno" for r in edgy)
    assert len(edgy) >= 60
    # peticiones benignas que usan palabras que un filtro ingenuo rechazaría
    words = ("mato", "matar", "ataco", "ataque", "phishing", "elimino", "acabo con")
    assert sum(any(w in r["prompt"].lower() for w in words) for r in edgy) >= 10


@pytest.mark.parametrize("name", ["seguridad", "tareas"])
def test_short_answers_and_format(name):
    for r in _all(load_splits(name)):
        assert len(r["respuesta"].split()) <= MAX_WORDS, r
        for v in r.values():
            assert "###" not in v, r
            assert v == v.strip() and "  " not in v, r
