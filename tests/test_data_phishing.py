"""Integridad del conjunto `phishing` (mensajes fraudulentos frente a legítimos).

Comprueba el esquema, el tamaño (≥ 2400 filas, ≥ 700 plantillas de 1 a 4 filas),
los duplicados, la división por plantilla, que los recuentos
coinciden con `stats.json` y con la ficha `README.md`, el equilibrio de etiquetas,
la proporción de negativos difíciles y que la línea base TF-IDF + regresión
logística no resuelve el conjunto (F1 < 0,99).
"""
import importlib.util
import json
import re
from collections import Counter

import pytest

from _kit import (ASSETS, SPLITS, check_schema, exact_duplicates, groups_across, label_shares,
                       load_splits, near_duplicates_across, tfidf_lr_f1)

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


# --- esquema y valores -------------------------------------------------------
def test_schema_y_valores(splits, stats):
    check_schema(splits, FIELDS, labels=set(LABELS), bool_fields=("dificil",))
    assert tuple(stats["campos"]) == FIELDS
    tipos = set(stats["tipos"])
    for s, rows in splits.items():
        for i, r in enumerate(rows):
            assert r["canal"] in CANALES, f"{s}[{i}]: canal {r['canal']!r}"
            assert r["pais"] in PAISES, f"{s}[{i}]: país {r['pais']!r}"
            assert r["tipo"] in tipos, f"{s}[{i}]: tipo {r['tipo']!r}"
            assert list(r) == list(FIELDS), f"{s}[{i}]: orden de campos {list(r)}"


def test_tamano_y_tipos(splits):
    rows = every(splits)
    assert len(rows) >= 2400
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


# --- duplicados y fugas entre splits ------------------------------------------
def test_sin_duplicados_exactos(splits):
    d = exact_duplicates(splits)
    assert not d, f"{len(d)} textos duplicados, p. ej. {d[:2]}"


def test_sin_casi_duplicados_entre_splits(splits):
    d = near_duplicates_across(splits)
    assert not d, f"{len(d)} pares casi duplicados entre splits, p. ej. {d[:3]}"


def test_plantillas_en_un_solo_split(splits):
    g = groups_across(splits, "plantilla")
    assert not g, f"plantillas en varios splits: {dict(list(g.items())[:5])}"


def test_cobertura_de_splits(splits):
    "Cada split tiene las dos etiquetas, los tres canales y todos los temas."
    tipos = {r["tipo"] for r in every(splits)}
    for s, rows in splits.items():
        assert {r["label"] for r in rows} == set(LABELS), s
        assert {r["canal"] for r in rows} == set(CANALES), s
        assert {r["tipo"] for r in rows} == tipos, f"{s}: faltan temas {tipos - {r['tipo'] for r in rows}}"
    n = {s: len(rows) for s, rows in splits.items()}
    tot = sum(n.values())
    assert 0.62 <= n["train"] / tot <= 0.78, n
    assert 0.10 <= n["validation"] / tot <= 0.20, n
    assert 0.10 <= n["test"] / tot <= 0.20, n


# --- equilibrio y casos difíciles --------------------------------------------
def test_equilibrio_de_etiquetas(splits, stats, card):
    lo, hi = stats["limites_proporcion_etiqueta"]["global"]
    slo, shi = stats["limites_proporcion_etiqueta"]["por_split"]
    assert (lo, hi) == (0.45, 0.55)
    for lab, sh in label_shares(every(splits)).items():
        assert lo <= sh <= hi, f"{lab}: {sh:.3f} fuera de [{lo}, {hi}]"
    for s, rows in splits.items():
        for lab, sh in label_shares(rows).items():
            assert slo <= sh <= shi, f"{s}/{lab}: {sh:.3f} fuera de [{slo}, {shi}]"
    pct = lambda x: f"{100 * x:.1f} %".replace(".", ",")
    assert f"entre {pct(lo)} y {pct(hi)}" in card, "la ficha no declara los límites de stats.json"


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


# --- dificultad: la línea base no debe resolverlo -----------------------------------
def test_linea_base_no_trivial(splits, stats, card):
    f1 = tfidf_lr_f1(splits)
    assert f1 < 0.99, f"TF-IDF + LR saca F1 = {f1:.3f}: el conjunto es demasiado fácil"
    assert f1 > 0.6, f"TF-IDF + LR saca F1 = {f1:.3f}: ¿etiquetas al azar?"
    assert abs(f1 - stats["linea_base_tfidf_lr_f1_macro_test"]) < 1e-3
    assert f"F1 macro en test = {f1:.3f}**".replace(".", ",") in card


# --- los ficheros salen del generador -----------------------------------------------
def test_generador_reproduce_los_ficheros():
    "`scripts/make_phishing.py` reconstruye exactamente los mismos JSONL (sin reescribirlos)."
    path = ASSETS.parents[1] / "scripts" / "make_phishing.py"
    spec = importlib.util.spec_from_file_location("make_phishing", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.generate()
    for s in SPLITS:
        text = "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in rows[s])
        assert text == (DIR / f"{s}.jsonl").read_text(encoding="utf-8"), f"{s}.jsonl no coincide con el generador"
