"""Integridad del corpus de preentrenamiento de `micro-llm-es` (finetune_course/assets/corpus/): lo propio de este conjunto.

Las comprobaciones comunes a todos los conjuntos (formato y orden de las claves, esquema, duplicados exactos,
documentos que no cruzan splits, fuentes en cada split y reproducción byte a byte con `scripts/make_corpus.py`)
están en `tests/test_datasets.py`.
"""
import json
import re
from collections import Counter

import pytest

from _kit import ASSETS, SPLITS, groups_across, load_splits

NAME = "corpus"
DIR = ASSETS / NAME
STOP_ES = set("de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o "
              "este sí porque esta entre cuando muy sin sobre también me hasta hay donde desde todo nos "
              "durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo "
              "otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas "
              "algunas algo nosotros mi mis tú te ti tu tus ellas".split())
STOP_EN = set("the and of to is in that it with for was on are as be this have from".split())
WORD = re.compile(r"[a-záéíóúüñ]+")


@pytest.fixture(scope="module")
def splits():
    return load_splits(NAME)


@pytest.fixture(scope="module")
def stats():
    return json.loads((DIR / "stats.json").read_text(encoding="utf-8"))


def nbytes(t):
    return len(t.encode("utf-8"))


def family(doc_id):
    "Familia de plantilla de un documento generado (`gen-<familia>-<n>`)."
    return doc_id.rsplit("-", 1)[0]


def test_files_and_size(splits):
    for f in ("train.jsonl", "validation.jsonl", "test.jsonl", "README.md", "stats.json"):
        assert (DIR / f).is_file(), f"falta {f}"
    total = sum(nbytes(r["text"]) for rows in splits.values() for r in rows)
    assert total >= 2_000_000, f"el corpus tiene {total} bytes de texto (< 2 MB)"
    folder = sum(p.stat().st_size for p in DIR.iterdir() if p.is_file())
    assert folder < 5_000_000, f"la carpeta ocupa {folder} bytes (>= 5 MB)"


def test_topics_and_document_ids(splits):
    for s, rows in splits.items():
        for r in rows:
            assert re.fullmatch(r"[a-z]+(_[a-z]+)*", r["tema"]), f"{s}: tema no es snake_case: {r['tema']!r}"
            assert re.fullmatch(r"(man|gen)-[a-z0-9_]+-[a-z0-9_-]+", r["documento"]), r["documento"]
            assert r["documento"].startswith("man-" if r["fuente"] == "manual" else "gen-"), r["documento"]


def test_no_families_across_splits(splits):
    fams = {s: [dict(f=family(r["documento"])) for r in rows if r["fuente"] == "generado"] for s, rows in splits.items()}
    leaked = groups_across(fams, "f")
    assert not leaked, f"familias de plantilla repartidas entre splits: {sorted(leaked)}"
    ids = [r["documento"] for rows in splits.values() for r in rows]
    assert len(ids) == len(set(ids)), "identificadores de documento repetidos"


def test_split_shares_and_sources(splits):
    b = {s: sum(nbytes(r["text"]) for r in rows) for s, rows in splits.items()}
    tot = sum(b.values())
    assert b["train"] / tot >= 0.85
    for s in ("validation", "test"):
        assert 0.03 <= b[s] / tot <= 0.08, f"{s}: {b[s] / tot:.3f} de los bytes"
        assert {r["fuente"] for r in splits[s]} == {"manual", "generado"}, f"{s} debe tener texto manual y generado"
    manual = sum(nbytes(r["text"]) for rows in splits.values() for r in rows if r["fuente"] == "manual")
    assert manual >= 50_000, "muy poco texto escrito a mano"
    instr = sum(nbytes(r["text"]) for rows in splits.values() for r in rows if "### Usuario:" in r["text"])
    assert 0.03 <= instr / tot <= 0.08, f"texto en formato de instrucciones: {instr / tot:.3f}"


def test_counts_match_stats(splits, stats):
    tot_b = tot_d = 0
    for s in SPLITS:
        rows = splits[s]
        e = stats["splits"][s]
        assert e["documentos"] == len(rows), s
        assert e["bytes"] == sum(nbytes(r["text"]) for r in rows), s
        for f, v in e["fuentes"].items():
            sub = [r for r in rows if r["fuente"] == f]
            assert v["documentos"] == len(sub) and v["bytes"] == sum(nbytes(r["text"]) for r in sub), (s, f)
        tot_b += e["bytes"]
        tot_d += e["documentos"]
    assert stats["total"] == {"bytes": tot_b, "documentos": tot_d}
    temas = Counter(r["tema"] for rows in splits.values() for r in rows)
    assert {t: v["documentos"] for t, v in stats["temas"].items()} == dict(temas)
    readme = (DIR / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and f"{tot_b} bytes" in readme


def test_looks_spanish(splits):
    words = Counter()
    for rows in splits.values():
        for r in rows:
            words.update(WORD.findall(r["text"].lower()))
    n = sum(words.values())
    es = sum(c for w, c in words.items() if w in STOP_ES) / n
    en = sum(c for w, c in words.items() if w in STOP_EN) / n
    assert es > 0.25, f"proporción de palabras vacías del español: {es:.3f}"
    assert en < 0.005, f"proporción de palabras vacías del inglés: {en:.4f}"
    for w in ("el", "de", "que", "y", "la", "en"):
        assert w in [x for x, _ in words.most_common(15)], f"«{w}» no está entre las palabras más frecuentes"
    long_docs = [r for rows in splits.values() for r in rows if len(r["text"]) > 300]
    accented = sum(bool(re.search("[áéíóúñ]", r["text"])) for r in long_docs)
    assert accented / len(long_docs) > 0.95, f"solo {accented}/{len(long_docs)} documentos largos tienen tildes o eñes"
    for rows in splits.values():
        for r in rows:
            t = r["text"]
            if len(t) > 300:
                toks = WORD.findall(t.lower())
                share = sum(w in STOP_ES for w in toks) / len(toks)
                assert share > 0.12, f"{r['documento']}: no parece español ({share:.2f})"
    alltext = "".join(r["text"] for rows in splits.values() for r in rows)
    for ch in "¿¡—ñ":
        assert ch in alltext, f"falta el carácter {ch!r}"
