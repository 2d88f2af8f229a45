"""Integridad del conjunto `inyeccion` (inyección de prompt frente a peticiones benignas): lo propio de este conjunto.

Comprueba que cada técnica va con su etiqueta y que todas aparecen en cada split, la proporción de negativos
difíciles, que la ficha (`README.md`) y `stats.json` coinciden con los datos, cómo declara la ficha la línea
base, que los dominios son inventados y que el texto conserva la ortografía española. Las comprobaciones comunes
a todos los conjuntos (formato, esquema, tamaño, duplicados, división por plantilla, proporciones, equilibrio de
etiquetas, línea base TF-IDF < 0,99, reproducción byte a byte con `scripts/make_inyeccion.py`) están en
`tests/test_datasets.py`.
"""
import json
import re
from collections import Counter

import pytest

from _kit import ASSETS, SPLITS, load_splits, tfidf_lr_f1

NAME = "inyeccion"
DIR = ASSETS / NAME
FIELDS = ("text", "label", "tecnica", "plantilla", "dificil")
INJ, BEN = "inyeccion", "benigno"
# Técnicas que el conjunto debe cubrir (las fija el diseño, no los datos)
TECNICAS = {
    INJ: {"anulacion_directa", "juego_de_rol", "extraccion_prompt", "indirecta", "ofuscacion", "autoridad_falsa",
          "abuso_herramientas"},
    BEN: {"pregunta_sobre_seguridad", "rol_inofensivo", "cambio_de_tema", "programacion", "resumen_documento",
          "tarea_general"},
}
MIN_HARD_NEG = 0.25            # negativos difíciles dentro de «benigno»


@pytest.fixture(scope="module")
def splits():
    return load_splits(NAME)


@pytest.fixture(scope="module")
def stats():
    return json.loads((DIR / "stats.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card():
    return (DIR / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def f1(splits):
    return tfidf_lr_f1(splits)


def all_rows(splits):
    return [r for s in SPLITS for r in splits[s]]


def test_techniques_and_template_ids(splits):
    for s in SPLITS:
        for i, r in enumerate(splits[s]):
            assert r["tecnica"] in TECNICAS[r["label"]], f"{s}[{i}]: técnica {r['tecnica']!r} no vale para {r['label']!r}"
            assert re.fullmatch(r"[a-z0-9_]+", r["plantilla"]), f"{s}[{i}]: plantilla {r['plantilla']!r}"


def test_every_split_has_all_techniques(splits):
    wanted = TECNICAS[INJ] | TECNICAS[BEN]
    for s in SPLITS:
        missing = wanted - {r["tecnica"] for r in splits[s]}
        assert not missing, f"{s}: faltan técnicas {sorted(missing)}"


def test_hard_negatives_share(splits, stats):
    ben = [r for r in all_rows(splits) if r["label"] == BEN]
    share = sum(r["dificil"] for r in ben) / len(ben)
    assert stats["min_negativos_dificiles"] >= MIN_HARD_NEG
    assert share >= stats["min_negativos_dificiles"], f"negativos difíciles: {share:.3f}"


def counts(rows):
    "Los mismos recuentos que escribe el generador en stats.json."
    return {
        "filas": len(rows),
        "plantillas": len({r["plantilla"] for r in rows}),
        "etiqueta": dict(sorted(Counter(r["label"] for r in rows).items())),
        "tecnica": dict(sorted(Counter(r["tecnica"] for r in rows).items())),
        "dificil": dict(sorted(Counter(f'{r["label"]}_{"dificil" if r["dificil"] else "normal"}' for r in rows).items())),
    }


def test_stats_json_matches_data(splits, stats):
    for s in SPLITS:
        assert stats["splits"][s] == counts(splits[s]), f"stats.json no coincide con {s}.jsonl"
    assert stats["splits"]["total"] == counts(all_rows(splits))
    assert stats["total"] == len(all_rows(splits))
    for lab in (INJ, BEN, "total"):
        rows = [r for r in all_rows(splits) if lab in ("total", r["label"])]
        n = sorted(len(r["text"].split()) for r in rows)
        assert stats["longitud_palabras"][lab] == {"min": n[0], "mediana": n[(len(n) - 1) // 2],
                                                   "p90": n[(9 * len(n)) // 10], "max": n[-1]}
    o = stats["origen"]
    assert o["escritas_a_mano"] + o["generadas_con_plantilla"] == stats["total"]


def test_card_tables_match_data(splits, card):
    cols = list(SPLITS) + ["total"]
    per = {s: counts(splits[s]) for s in SPLITS}
    per["total"] = counts(all_rows(splits))
    expected = []
    for lab in (INJ, BEN):
        expected.append(f"| {lab} | " + " | ".join(str(per[c]["etiqueta"].get(lab, 0)) for c in cols) + " |")
        for t in sorted(TECNICAS[lab]):
            expected.append(f"| {lab} | `{t}` | " + " | ".join(str(per[c]["tecnica"].get(t, 0)) for c in cols) + " |")
        for d in ("dificil", "normal"):
            key = f"{lab}_{d}"
            expected.append(f"| {key} | " + " | ".join(str(per[c]["dificil"].get(key, 0)) for c in cols) + " |")
    expected.append("| **filas** | " + " | ".join(str(per[c]["filas"]) for c in cols) + " |")
    expected.append("| plantillas | " + " | ".join(str(per[c]["plantillas"]) for c in cols) + " |")
    lines = set(card.splitlines())
    missing = [e for e in expected if e not in lines]
    assert not missing, f"la ficha no coincide con los datos: {missing[:3]}"
    for section in ("## Límites conocidos", "## Licencia", "CC BY 4.0", "## Línea base"):
        assert section in card


def test_baseline_reported_in_card(f1, stats, card):
    reported = stats["linea_base_tfidf_lr_f1_macro_test"]
    assert abs(f1 - reported) < 0.005, f"F1 medido {f1:.4f} != F1 declarado {reported}"
    assert f"**F1 macro = {reported:.4f}**".replace(".", ",") in card


def test_only_invented_domains(splits):
    "Los ataques solo muestran la forma: todo dominio o correo es inventado y termina en .example."
    url = re.compile(r"(?:https?|ftp)://([^/\s»«\"'`)\]]+)")
    mail = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    for r in all_rows(splits):
        for host in url.findall(r["text"]) + mail.findall(r["text"]):
            assert host.endswith(".example"), f"dominio no reservado {host!r} en: {r['text'][:80]}"


def test_text_keeps_spanish_spelling(splits):
    rows = all_rows(splits)
    with_accents = sum(bool(re.search(r"[áéíóúñ¿¡]", r["text"])) for r in rows)
    assert with_accents / len(rows) >= 0.6
