"""Integridad del conjunto de prueba externo `inyeccion/externo.jsonl`.

Es un conjunto escrito a mano, fila a fila, fuera de los generadores del curso; solo
sirve para la medición externa final. Estas pruebas comprueban su forma, su equilibrio,
que sea difícil (inyecciones indirectas, negativos con vocabulario de seguridad) y que
no repita ni casi repita filas de train/validation/test. Sin torch: corre en segundos.
"""
import collections, json, re, unicodedata
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parents[1] / "finetune_course" / "assets" / "inyeccion"
FILE, CARD = DIR / "externo.jsonl", DIR / "externo.md"
SPLITS = ("train", "validation", "test")
INJ, BEN = "inyeccion", "benigno"
FIELDS = ("text", "label", "pais", "canal", "tipo")
CANALES = {"chat", "documento", "correo", "web", "herramienta", "codigo", "formulario", "mensajeria"}
TIPOS = {INJ: {"anulacion_directa", "juego_de_rol", "extraccion_prompt", "inyeccion_indirecta", "ofuscacion",
               "cambio_de_idioma", "escalada_de_privilegios", "exfiltracion", "pretexto_de_autoridad",
               "payload_dividido"},
         BEN: {"tarea_general", "pregunta_seguridad", "documento_normal", "instruccion_legitima", "codigo_normal",
               "traduccion"}}
DIFICILES = {"pregunta_seguridad", "instruccion_legitima"}
N, UMBRAL = 5, 0.6  # n-gramas de caracteres y umbral de Jaccard para "casi duplicado"


def norm(t):
    "Minúsculas, sin tildes ni dígitos, espacios colapsados."
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"\d", "", t)).strip()


def grams(t):
    "Conjunto de n-gramas de caracteres de un texto ya normalizado."
    return {t[i:i + N] for i in range(max(1, len(t) - N + 1))}


def jaccard(a, b):
    k = len(a & b)
    return k / (len(a) + len(b) - k)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


@pytest.fixture(scope="module")
def rows():
    assert FILE.exists(), f"falta {FILE}"
    return read_jsonl(FILE)


@pytest.fixture(scope="module")
def split_texts():
    return [r["text"] for s in SPLITS for r in read_jsonl(DIR / f"{s}.jsonl")]


def test_file_parses_and_size(rows):
    assert len(rows) >= 200, f"solo {len(rows)} filas"


def test_fields_present_and_valid(rows):
    for i, r in enumerate(rows):
        for k in FIELDS:
            assert isinstance(r.get(k), str) and r[k].strip(), f"fila {i}: campo {k!r} vacío o ausente"
        assert r["label"] in (INJ, BEN), f"fila {i}: etiqueta {r['label']!r}"
        assert re.fullmatch(r"[A-Z]{2}", r["pais"]), f"fila {i}: país {r['pais']!r} no es un código ISO"
        assert r["canal"] in CANALES, f"fila {i}: canal {r['canal']!r}"
        assert r["tipo"] in TIPOS[r["label"]], f"fila {i}: tipo {r['tipo']!r} no vale para {r['label']}"
        assert 5 <= len(r["text"].split()) <= 250, f"fila {i}: longitud fuera de 5-250 palabras"


def test_label_balance(rows):
    share = sum(r["label"] == INJ for r in rows) / len(rows)
    assert 0.45 <= share <= 0.55, f"proporción de inyecciones {share:.3f}"


def test_varieties(rows):
    assert len({r["pais"] for r in rows}) >= 8


def test_indirect_injections_share(rows):
    inj = [r for r in rows if r["label"] == INJ]
    share = sum(r["canal"] != "chat" for r in inj) / len(inj)
    assert share >= 0.20, f"inyecciones fuera del chat: {share:.3f}"


def test_hard_negatives_share(rows):
    ben = [r for r in rows if r["label"] == BEN]
    share = sum(r["tipo"] in DIFICILES for r in ben) / len(ben)
    assert share >= 0.25, f"benignos difíciles: {share:.3f}"


def test_no_duplicates_within_file(rows):
    ns = [norm(r["text"]) for r in rows]
    dup = [n[:60] for n, k in collections.Counter(ns).items() if k > 1]
    assert not dup, f"duplicados exactos: {dup}"
    gs = [grams(n) for n in ns]
    near = [(i, j) for i in range(len(gs)) for j in range(i) if jaccard(gs[i], gs[j]) >= UMBRAL]
    assert not near, f"casi duplicados dentro del archivo: {near}"


def test_no_exact_overlap_with_splits(rows, split_texts):
    seen = {norm(t) for t in split_texts}
    hits = [r["text"][:60] for r in rows if norm(r["text"]) in seen]
    assert not hits, f"filas que ya están en train/validation/test: {hits}"


def test_no_near_duplicates_with_splits(rows, split_texts):
    ref = [grams(norm(t)) for t in split_texts]
    index = collections.defaultdict(list)  # n-grama -> filas de los splits que lo contienen
    for j, g in enumerate(ref):
        for x in g:
            index[x].append(j)
    hits = []
    for r in rows:
        g = grams(norm(r["text"]))
        shared = collections.Counter(j for x in g for j in index.get(x, ()))
        best = max((k / (len(g) + len(ref[j]) - k) for j, k in shared.items()), default=0.0)
        if best >= UMBRAL:
            hits.append((round(best, 2), r["text"][:60]))
    assert not hits, f"casi duplicados de los splits: {hits}"


def test_card_counts_match(rows):
    card = CARD.read_text(encoding="utf-8")
    m = re.search(r"\*\*Filas:\*\*\s*(\d+)", card)
    assert m, "externo.md debe declarar '**Filas:** N'"
    assert int(m.group(1)) == len(rows), "el número de filas de externo.md no coincide con el archivo"
    line = re.search(r"\*\*Etiquetas:\*\*(.*)", card)
    assert line, "externo.md debe declarar '**Etiquetas:** `inyeccion` N · `benigno` M'"
    c = collections.Counter(r["label"] for r in rows)
    for lab in (INJ, BEN):
        m = re.search(rf"`{lab}`\s*(\d+)", line.group(1))
        assert m and int(m.group(1)) == c[lab], f"el recuento de {lab} en externo.md no coincide"
