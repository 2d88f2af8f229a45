"""Integridad del conjunto `phishing` (mensajes fraudulentos frente a legítimos): lo propio de este conjunto.

Comprueba los valores de canal, país y tema, el tamaño (≥ 700 plantillas de 1 a 4 filas, ≥ 15 temas de phishing
compartidos por las dos etiquetas), la coherencia de cada plantilla, la cobertura de cada split, la proporción de
negativos difíciles, que los recuentos coinciden con `stats.json` y con la ficha `README.md` y cómo declara la
ficha la línea base. Las comprobaciones comunes a todos los conjuntos (esquema, duplicados, división por
plantilla, proporciones, equilibrio de etiquetas, línea base TF-IDF < 0,99, reproducción byte a byte con
`scripts/make_phishing.py`) están en `tests/test_datasets.py`.
"""
import json
import re
from collections import Counter

import pytest

from _kit import ASSETS, SPLITS, load_splits, tfidf_lr_f1

NAME = "phishing"
FIELDS = ("text", "label", "canal", "pais", "tipo", "plantilla", "dificil")
LABELS = ("phishing", "legitimo")
CANALES = ("email", "sms", "chat")
PAISES = ("ES", "MX", "AR", "CO", "CL", "PE", "neutro")
DIR = ASSETS / NAME


@pytest.fixture(scope="module")
def splits():
    return load_splits(NAME)


@pytest.fixture(scope="module")
def stats():
    return json.loads((DIR / "stats.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card():
    return (DIR / "README.md").read_text(encoding="utf-8")


def every(splits):
    return [r for s in SPLITS for r in splits[s]]


def card_table(card, heading):
    "Filas de la primera tabla Markdown bajo `heading`: {primera celda: [enteros del resto]}."
    part = card.split(heading + "\n", 1)
    assert len(part) == 2, f"la ficha no tiene la sección {heading!r}"
    rows, seen = {}, 0
    for line in part[1].splitlines():
        if not line.startswith("|"):
            if seen:
                break
            continue
        seen += 1
        if seen <= 2:  # cabecera y separador
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        nums = [int(c) for c in cells[1:] if re.fullmatch(r"\d+", c)]
        rows[cells[0].strip("`*")] = nums
    return rows


# --- valores (el esquema y el orden de campos: tests/test_datasets.py) ----------------
def test_valores(splits, stats):
    assert tuple(stats["campos"]) == FIELDS
    tipos = set(stats["tipos"])
    for s, rows in splits.items():
        for i, r in enumerate(rows):
            assert r["canal"] in CANALES, f"{s}[{i}]: canal {r['canal']!r}"
            assert r["pais"] in PAISES, f"{s}[{i}]: país {r['pais']!r}"
            assert r["tipo"] in tipos, f"{s}[{i}]: tipo {r['tipo']!r}"


def test_tamano_y_tipos(splits):
    rows = every(splits)
    plantillas = Counter(r["plantilla"] for r in rows)
    assert len(plantillas) >= 700, f"solo {len(plantillas)} plantillas"
    # muchas plantillas con pocas filas: ninguna pasa de 4 (no se puede memorizar un esqueleto)
    assert max(plantillas.values()) <= 4, plantillas.most_common(3)
    tipos_phi = {r["tipo"] for r in rows if r["label"] == "phishing"}
    assert len(tipos_phi) >= 15, f"solo {len(tipos_phi)} tipos de phishing"
    # los temas son compartidos: cada tipo tiene mensajes de las dos etiquetas
    por_tipo = {}
    for r in rows:
        por_tipo.setdefault(r["tipo"], set()).add(r["label"])
    assert all(v == set(LABELS) for v in por_tipo.values()), por_tipo
    assert {r["canal"] for r in rows} == set(CANALES)


def test_plantilla_coherente(splits):
    "Todas las filas de una plantilla comparten etiqueta, tipo, canal y `dificil`."
    meta = {}
    for r in every(splits):
        m = (r["label"], r["tipo"], r["canal"], r["dificil"])
        assert meta.setdefault(r["plantilla"], m) == m, f"plantilla {r['plantilla']} incoherente"
        assert r["plantilla"].startswith(r["tipo"] + "-")


# --- cobertura (etiquetas en cada split y proporciones: tests/test_datasets.py) ------
def test_cobertura_de_splits(splits):
    "Cada split tiene los tres canales y todos los temas."
    tipos = {r["tipo"] for r in every(splits)}
    for s, rows in splits.items():
        assert {r["canal"] for r in rows} == set(CANALES), s
        assert {r["tipo"] for r in rows} == tipos, f"{s}: faltan temas {tipos - {r['tipo'] for r in rows}}"


# --- casos difíciles (el equilibrio de etiquetas: tests/test_datasets.py) ----------
def test_negativos_dificiles(splits, stats):
    rows = every(splits)
    leg = [r for r in rows if r["label"] == "legitimo"]
    share = sum(r["dificil"] for r in leg) / len(leg)
    assert share >= stats["minimo_negativos_dificiles"] >= 0.20, f"negativos difíciles: {share:.3f}"
    assert round(share, 4) == stats["proporcion_negativos_dificiles"]
    phi_hard = [r for r in rows if r["label"] == "phishing" and r["dificil"]]
    assert len(phi_hard) >= 0.2 * len(rows) / 2, "hay pocos phishing difíciles"
    # phishing sin enlace (fraude del CEO, «hola, mamá»...) y legítimos con enlace y urgencia
    link = re.compile(r"https?://|www\.|\.(com|es|net|info|top|xyz|site|online|live|click|help|support|app|io|tv|cl|pe"
                      r"|com\.mx|com\.ar|com\.co|com\.pe)\b")
    assert sum(1 for r in rows if r["label"] == "phishing" and not link.search(r["text"])) >= 150
    assert sum(1 for r in leg if r["dificil"] and link.search(r["text"])) >= 100


# --- recuentos: datos = stats.json = ficha -------------------------------------
def test_recuentos_coinciden_con_stats(splits, stats):
    for s in SPLITS + ("total",):
        rows = every(splits) if s == "total" else splits[s]
        st = stats["splits"][s]
        assert st["filas"] == len(rows), s
        assert st["plantillas"] == len({r["plantilla"] for r in rows}), s
        assert st["label"] == dict(Counter(r["label"] for r in rows)), s
        assert st["tipo"] == dict(Counter(r["tipo"] for r in rows)), s
        assert st["canal"] == dict(Counter(r["canal"] for r in rows)), s
        assert st["pais"] == dict(Counter(r["pais"] for r in rows)), s
        assert st["tipo_label"] == {f"{t}/{l}": n for (t, l), n in Counter((r["tipo"], r["label"]) for r in rows).items()}
        assert st["dificil_label"] == {f"{l}/{str(d).lower()}": n
                                       for (l, d), n in Counter((r["label"], r["dificil"]) for r in rows).items()}


def test_recuentos_coinciden_con_la_ficha(splits, card):
    rows = every(splits)
    per_split = lambda pred: [sum(1 for r in splits[s] if pred(r)) for s in SPLITS]
    t = card_table(card, "### Por etiqueta")
    for lab in LABELS:
        c = per_split(lambda r: r["label"] == lab)
        assert t[lab] == [*c, sum(c)], lab
    assert t["total"] == [*(len(splits[s]) for s in SPLITS), len(rows)]
    t = card_table(card, "### Por tema")
    tipos = sorted({r["tipo"] for r in rows})
    assert sorted(t) == tipos
    for tipo in tipos:
        by_lab = [sum(1 for r in rows if r["tipo"] == tipo and r["label"] == lab) for lab in LABELS]
        assert t[tipo] == by_lab + per_split(lambda r: r["tipo"] == tipo), tipo
    for heading, field, values in (("### Por canal", "canal", CANALES), ("### Por país", "pais", PAISES)):
        t = card_table(card, heading)
        for v in values:
            c = [sum(1 for r in rows if r[field] == v and r["label"] == lab) for lab in LABELS]
            assert t[v] == [*c, sum(c)], (field, v)
    t = card_table(card, "### Casos difíciles")
    for lab in LABELS:
        assert t[lab] == [sum(1 for r in rows if r["label"] == lab and r["dificil"] is d) for d in (True, False)]
    t = card_table(card, "### Plantillas por split")
    for s in SPLITS:
        assert t[s] == [len({r["plantilla"] for r in splits[s]}), len(splits[s])], s
    assert f"{len(rows)} filas en total" in card


# --- línea base (F1 < 0,99 y = stats.json: tests/test_datasets.py) --------------------
def test_linea_base_en_la_ficha(splits, card):
    f1 = tfidf_lr_f1(splits)
    assert f"F1 macro en test = {f1:.3f}**".replace(".", ",") in card
