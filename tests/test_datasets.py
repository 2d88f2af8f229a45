"""Comprobaciones comunes a los conjuntos que generan los scripts de `scripts/` (phishing, inyeccion, seguridad,
tareas y el corpus de `micro-llm-es`).

Un mismo test, parametrizado por conjunto, comprueba el formato de los JSONL (UTF-8 sin escapes, orden de las
claves), el esquema, el tamaño mínimo, que no haya duplicados exactos ni casi duplicados entre splits, que ningún
grupo (`plantilla` o `documento`) cruce de split, las proporciones de los splits, el equilibrio de etiquetas que
declara `stats.json`, la línea base TF-IDF y que cada generador reconstruye sus ficheros byte a byte con la API
común (`build(out_dir)` y `main(["--out", CARPETA])`, ver `scripts/_kit.py`). Lo propio de cada conjunto está en
`tests/test_data_<nombre>.py`.
"""
import importlib.util
import inspect
import json
import re

import pytest

from _kit import (ASSETS, SPLITS, check_schema, exact_duplicates, groups_across, label_shares, load_splits,
                  near_duplicates_across, tfidf_lr_f1)

SCRIPTS = ASSETS.parents[1] / "scripts"
FILES = [f"{s}.jsonl" for s in SPLITS] + ["stats.json", "README.md"]

# Lo que cada conjunto declara: campos (en orden), campo de texto, grupo de la división, etiqueta y sus valores,
# filas mínimas, límites de la fracción de filas de train y de validation/test (None: se mide en bytes, en su
# propio test) y qué comprobaciones opcionales le tocan.
DATASETS = {
    "phishing": dict(fields=("text", "label", "canal", "pais", "tipo", "plantilla", "dificil"), key="text",
                     group="plantilla", label="label", labels={"phishing", "legitimo"}, bool_fields=("dificil",),
                     min_rows=2400, train=(0.62, 0.78), held=(0.10, 0.20), near=True, stated_balance=True,
                     baseline=True),
    "inyeccion": dict(fields=("text", "label", "tecnica", "plantilla", "dificil"), key="text", group="plantilla",
                      label="label", labels={"inyeccion", "benigno"}, bool_fields=("dificil",), min_rows=1000,
                      train=(0.60, 0.80), held=(0.10, 0.22), near=True, stated_balance=True, baseline=True),
    "seguridad": dict(fields=("prompt", "respuesta", "tipo", "categoria", "plantilla"), key="prompt",
                      group="plantilla", label="tipo", labels={"danino", "benigno"}, min_rows=400,
                      train=(0.60, 0.80), held=(0.10, 0.22), near=True),
    "tareas": dict(fields=("prompt", "respuesta", "categoria", "plantilla"), key="prompt", group="plantilla",
                   label=None, labels=None, min_rows=400, train=(0.60, 0.80), held=(0.10, 0.22), near=True),
    "corpus": dict(fields=("text", "fuente", "tema", "documento"), key="text", group="documento", label="fuente",
                   labels={"manual", "generado"}, min_rows=1, train=None, held=None, near=False),
}
# Generador → conjuntos que escribe (un generador de varios conjuntos escribe cada uno en out_dir/<nombre>/)
GENERATORS = {"make_phishing.py": ["phishing"], "make_inyeccion.py": ["inyeccion"],
              "make_instrucciones.py": ["seguridad", "tareas"], "make_corpus.py": ["corpus"]}


def with_option(option):
    "Conjuntos que tienen activada la comprobación `option`."
    return [n for n, d in DATASETS.items() if d.get(option)]


@pytest.fixture(scope="module")
def data():
    "Cada conjunto leído una vez: {nombre: {split: filas}}."
    return {name: load_splits(name) for name in DATASETS}


def every(splits):
    return [r for s in SPLITS for r in splits[s]]


def load_generator(script):
    spec = importlib.util.spec_from_file_location(script[:-3], SCRIPTS / script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --- formato y esquema ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", DATASETS)
def test_jsonl_utf8_and_key_order(name):
    "UTF-8 sin escapes (`ensure_ascii=False`), una fila por línea, acaba en salto de línea y claves en orden fijo."
    fields = list(DATASETS[name]["fields"])
    for s in SPLITS:
        raw = (ASSETS / name / f"{s}.jsonl").read_text(encoding="utf-8")
        assert raw.endswith("\n"), f"{name}/{s}.jsonl no acaba en salto de línea"
        assert "\\u00" not in raw, f"{name}/{s}.jsonl tiene caracteres escapados: usa ensure_ascii=False"
        for i, line in enumerate(raw.splitlines()):
            assert list(json.loads(line)) == fields, f"{name}/{s}[{i}]: orden de campos"


@pytest.mark.parametrize("name", DATASETS)
def test_schema(name, data):
    d = DATASETS[name]
    check_schema(data[name], d["fields"], labels=d["labels"], label_field=d["label"] or "label",
                 bool_fields=d.get("bool_fields", ()))


@pytest.mark.parametrize("name", DATASETS)
def test_size(name, data):
    n = len(every(data[name]))
    assert n >= DATASETS[name]["min_rows"], f"{name}: solo {n} filas"


# --- duplicados y fugas entre splits -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", DATASETS)
def test_no_exact_duplicates(name, data):
    dups = exact_duplicates(data[name], key=DATASETS[name]["key"])
    assert not dups, f"{name}: {len(dups)} textos repetidos, p. ej. {[d[:80] for d in dups[:3]]}"


@pytest.mark.parametrize("name", with_option("near"))
def test_no_near_duplicates_across_splits(name, data):
    near = near_duplicates_across(data[name], key=DATASETS[name]["key"])
    assert not near, f"{name}: {len(near)} casi duplicados entre splits, p. ej. {near[:3]}"


@pytest.mark.parametrize("name", DATASETS)
def test_groups_do_not_cross_splits(name, data):
    crossed = groups_across(data[name], DATASETS[name]["group"])
    assert not crossed, f"{name}: grupos en más de un split: {dict(list(crossed.items())[:5])}"


# --- reparto y equilibrio ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [n for n, d in DATASETS.items() if d["labels"]])
def test_every_split_has_every_label(name, data):
    d = DATASETS[name]
    for s in SPLITS:
        assert {r[d["label"]] for r in data[name][s]} == d["labels"], f"{name}/{s}: faltan etiquetas"


@pytest.mark.parametrize("name", [n for n, d in DATASETS.items() if d["train"]])
def test_split_proportions(name, data):
    d = DATASETS[name]
    n = {s: len(data[name][s]) for s in SPLITS}
    tot = sum(n.values())
    assert d["train"][0] <= n["train"] / tot <= d["train"][1], (name, n)
    for s in ("validation", "test"):
        assert d["held"][0] <= n[s] / tot <= d["held"][1], (name, n)


@pytest.mark.parametrize("name", with_option("stated_balance"))
def test_label_balance_within_stated_bounds(name, data):
    "Cada etiqueta dentro de los límites de `stats.json` (45-55 % del total), en el total y en cada split; la ficha los declara."
    stats = json.loads((ASSETS / name / "stats.json").read_text(encoding="utf-8"))
    bounds = stats["limites_proporcion_etiqueta"]
    assert tuple(bounds["global"]) == (0.45, 0.55), "los límites globales declarados no son los del diseño"
    lo, hi = bounds["global"]
    for lab, share in label_shares(every(data[name])).items():
        assert lo <= share <= hi, f"{name}, total: {lab} = {share:.3f} fuera de [{lo}, {hi}]"
    slo, shi = bounds["por_split"]
    for s in SPLITS:
        for lab, share in label_shares(data[name][s]).items():
            assert slo <= share <= shi, f"{name}/{s}: {lab} = {share:.3f} fuera de [{slo}, {shi}]"
    pct = lambda x: f"{100 * x:.1f} %".replace(".", ",")  # noqa: E731
    card = (ASSETS / name / "README.md").read_text(encoding="utf-8")
    assert f"entre {pct(lo)} y {pct(hi)}" in card, "la ficha no declara los límites de stats.json"


@pytest.mark.parametrize("name", with_option("baseline"))
def test_baseline_not_too_easy(name, data):
    "TF-IDF + regresión logística no resuelve el conjunto (F1 < 0,99) y el F1 coincide con el de `stats.json`."
    f1 = tfidf_lr_f1(data[name])
    assert f1 < 0.99, f"{name}: TF-IDF + LR saca F1 = {f1:.4f}: el conjunto es demasiado fácil"
    assert f1 > 0.6, f"{name}: TF-IDF + LR saca F1 = {f1:.4f}: ¿etiquetas al azar?"
    reported = json.loads((ASSETS / name / "stats.json").read_text(encoding="utf-8"))["linea_base_tfidf_lr_f1_macro_test"]
    assert abs(f1 - reported) < 1e-3, f"{name}: F1 medido {f1:.4f} != F1 declarado {reported}"


# --- los ficheros salen del generador ------------------------------------------------------------------------------
@pytest.mark.parametrize("script", GENERATORS)
def test_generator_rebuilds_files_byte_for_byte(script, tmp_path):
    "`python scripts/<script> --out CARPETA` reconstruye exactamente los ficheros publicados, sin reescribirlos."
    mod = load_generator(script)
    assert list(inspect.signature(mod.build).parameters) == ["out_dir"], "API común: build(out_dir=None)"
    assert inspect.signature(mod.build).parameters["out_dir"].default is None
    names = GENERATORS[script]
    out = tmp_path / names[0] if len(names) == 1 else tmp_path
    mod.main(["--out", str(out)])
    for name in names:
        folder = out if len(names) == 1 else out / name
        for f in FILES:
            assert (folder / f).read_bytes() == (ASSETS / name / f).read_bytes(), f"{name}/{f} no coincide con {script}"


def test_scripts_do_not_import_tests():
    "Nada de `scripts/` importa `tests/` (los tests importan `scripts/_kit.py`, nunca al revés)."
    for path in sorted(SCRIPTS.rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(tests|conftest)\b", src, re.M), path
        for line in re.findall(r"sys\.path[^\n]*", src):  # tampoco añade tests/ a la ruta de importación
            assert "tests" not in line, (path, line)
