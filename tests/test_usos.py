"""Integridad del conjunto `usos` (los cuatro usos de un LLM para el ajuste por instrucciones).

Los datos los genera `scripts/make_usos.py`; estos tests comprueban los ficheros ya escritos contra las reglas
de su ficha (`README.md`) y su `stats.json`, y que el generador los reproduce byte a byte.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from _kit import ASSETS, SPLITS, load_splits

NAME = "usos"
SCRIPT = ASSETS.parents[1] / "scripts" / "make_usos.py"
FILES = ("train.jsonl", "validation.jsonl", "test.jsonl", "stats.json", "README.md")
USOS = ("pregunta", "creativo", "continuar", "traducir")
COMMON = {"uso", "instruccion", "respuesta", "grupo"}
FIELDS = {
    "pregunta": COMMON | {"hechos", "formulacion"},
    "creativo": COMMON | {"tema", "forma", "min_palabras", "max_palabras", "min_lineas", "max_lineas"},
    "continuar": COMMON | {"referencia", "fuente", "licencia"},
    "traducir": COMMON | {"direccion", "referencia", "traduccion"},
}
FORMS = {"poema", "microrrelato", "eslogan", "felicitacion"}
TRANSLATION_STATES = {"apertium", "apertium+revisada", "manual"}
MAX_WORDS = {"pregunta": 25, "continuar": 40, "traducir": 15}
DISJOINT = ("creativo", "continuar", "traducir")   # usos cuyos grupos no se comparten entre splits (ver la ficha)
N_TEST = 40


def nwords(text):
    return len(text.split())


def has_word(word, text):
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", text.lower()) is not None


@pytest.fixture(scope="module")
def ds():
    return load_splits(NAME)


@pytest.fixture(scope="module")
def rows(ds):
    return [(s, r) for s in SPLITS for r in ds[s]]


@pytest.fixture(scope="module")
def card():
    return (ASSETS / NAME / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def stats():
    return json.loads((ASSETS / NAME / "stats.json").read_text(encoding="utf-8"))


def test_files_parse(ds, stats):
    for f in FILES:
        assert (ASSETS / NAME / f).is_file(), f"falta {f}"
    for s in SPLITS:
        assert ds[s], f"{s} está vacío"
    assert stats["filas"] == {s: len(ds[s]) for s in SPLITS}
    assert stats["por_uso"] == {s: {u: sum(r["uso"] == u for r in ds[s]) for u in USOS} for s in SPLITS}


def test_fields_per_use(rows):
    for s, r in rows:
        assert r.get("uso") in USOS, f"{s}: uso desconocido en {r}"
        assert set(r) == FIELDS[r["uso"]], f"{s}: campos {sorted(r)} para {r['uso']}"
        for f in ("instruccion", "respuesta", "grupo"):
            assert isinstance(r[f], str) and r[f].strip(), f"{s}: campo {f!r} vacío en {r}"
        assert "###" not in r["instruccion"] + r["respuesta"], r
        u = r["uso"]
        if u == "pregunta":
            assert isinstance(r["hechos"], list) and 1 <= len(r["hechos"]) <= 2, r
            assert all(isinstance(h, str) and h.strip() for h in r["hechos"]), r
            assert isinstance(r["formulacion"], str) and r["formulacion"], r
        elif u == "creativo":
            assert isinstance(r["tema"], str) and r["tema"] and r["forma"] in FORMS, r
            for f in ("min_palabras", "max_palabras", "min_lineas", "max_lineas"):
                assert type(r[f]) is int and r[f] > 0, r
            assert r["min_palabras"] < r["max_palabras"] and r["min_lineas"] <= r["max_lineas"], r
        elif u == "continuar":
            assert r["referencia"] == r["respuesta"], r
            assert r["fuente"].strip() and r["licencia"].strip(), r
        else:
            assert r["direccion"] in ("es-en", "en-es"), r
            assert r["referencia"] == r["respuesta"], r
            assert r["traduccion"] in TRANSLATION_STATES, r


def test_test_is_balanced(ds):
    c = Counter(r["uso"] for r in ds["test"])
    for u in USOS:
        assert abs(c[u] - N_TEST) <= 5, f"test tiene {c[u]} filas de {u}"
    d = Counter(r["direccion"] for r in ds["test"] if r["uso"] == "traducir")
    assert abs(d["es-en"] - d["en-es"]) <= 2, d


def test_no_instruction_in_two_splits(ds):
    norm = lambda t: " ".join(t.lower().split())
    seen = Counter(norm(r["instruccion"]) for s in SPLITS for r in ds[s])
    assert not [t for t, n in seen.items() if n > 1], "hay instrucciones repetidas"


@pytest.mark.parametrize("uso", DISJOINT)
def test_groups_disjoint(ds, uso):
    groups = {s: {r["grupo"] for r in ds[s] if r["uso"] == uso} for s in SPLITS}
    for a, b in (("train", "validation"), ("train", "test"), ("validation", "test")):
        assert not groups[a] & groups[b], f"{uso}: grupos en {a} y {b}: {sorted(groups[a] & groups[b])[:5]}"


def test_qa_holds_out_phrasings_not_facts(ds):
    "Todo hecho de validation/test está en train; sus formulaciones no."
    train = [r for r in ds["train"] if r["uso"] == "pregunta"]
    facts, phrasings = {r["grupo"] for r in train}, {r["formulacion"] for r in train}
    for s in ("validation", "test"):
        for r in (r for r in ds[s] if r["uso"] == "pregunta"):
            assert r["grupo"] in facts, f"{s}: el hecho {r['grupo']} no está en train"
            assert r["formulacion"] not in phrasings, f"{s}: la formulación {r['formulacion']} está en train"
            same = [t for t in train if t["grupo"] == r["grupo"]]
            assert len(same) >= 2 and all(t["respuesta"] == r["respuesta"] for t in same), r


def test_qa_facts_in_answer(rows):
    for s, r in rows:
        if r["uso"] == "pregunta":
            for h in r["hechos"]:
                assert h in r["respuesta"], f"{s}: «{h}» no está en «{r['respuesta']}»"


def test_answer_limits(rows):
    for s, r in rows:
        u, a = r["uso"], r["respuesta"]
        if u in MAX_WORDS:
            assert nwords(a) <= MAX_WORDS[u], f"{s}: respuesta de {u} demasiado larga: {a!r}"
            assert "\n" not in a, r
        if u == "pregunta":
            assert a.endswith(".") and not re.search(r"[.!?] [A-ZÁÉÍÓÚ¿¡]", a), f"más de una frase: {a!r}"
        if u == "traducir":
            src = r["instruccion"]
            assert nwords(src) <= MAX_WORDS[u] + 9, r
        if u == "creativo":
            assert has_word(r["tema"], a), f"{s}: «{r['tema']}» no aparece en {a!r}"
            assert r["min_palabras"] <= nwords(a) <= r["max_palabras"], r
            assert r["min_lineas"] <= len(a.split("\n")) <= r["max_lineas"], r
            assert all(nwords(line) <= 12 for line in a.split("\n")) or r["forma"] == "microrrelato", r


def test_sizes(ds):
    train = Counter(r["uso"] for r in ds["train"])
    assert 1500 <= len(ds["train"]) <= 2500 and all(train[u] >= 150 for u in USOS), train
    assert 130 <= len(ds["validation"]) <= 170


def test_card_lists_sources_and_licences(card, rows):
    assert "CC BY 4.0" in card
    assert "apertium-eng-spa" in card and "GPL-2" in card and "apertium spa-eng" in card
    for fuente, lic in {(r["fuente"], r["licencia"]) for _, r in rows if r["uso"] == "continuar"}:
        assert f"| {fuente} | {lic} |" in card, f"la ficha no lista {fuente} ({lic})"
    copyright = Path("/usr/share/doc/apertium-eng-spa/copyright")
    if copyright.exists():   # si apertium está instalado, la licencia anotada es la del paquete
        assert "License: GPL-2" in copyright.read_text(encoding="utf-8")
    for u in USOS:
        assert f"`{u}`" in card


def test_translation_file_is_reviewed():
    "Cada par de `traducciones.tsv` tiene estado; las revisiones cambian de verdad la salida de apertium."
    lines = (SCRIPT.parent / "usos_src" / "traducciones.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    assert head == ["es", "en", "traduccion", "salida_apertium"]
    for line in lines[1:]:
        r = dict(zip(head, line.split("\t")))
        assert r["traduccion"] in TRANSLATION_STATES | {"descartada"}, r
        if r["traduccion"] == "apertium":
            assert r["en"] == r["salida_apertium"], r
        elif r["traduccion"] == "apertium+revisada":
            assert r["en"] and r["en"] != r["salida_apertium"], r
        if r["traduccion"] != "descartada":
            assert not re.search(r"[*#@]", r["en"]) and "  " not in r["en"], r


def test_generator_is_reproducible(tmp_path):
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True, capture_output=True,
                   timeout=120)
    for f in FILES:
        assert (tmp_path / f).read_bytes() == (ASSETS / NAME / f).read_bytes(), f"{f} cambia al regenerarlo"
