"Comprobaciones de `benchmarks/hard_negatives_probe.py` que no entrenan nada: cómo construye la familia «cita»."
import importlib.util, json, re
from pathlib import Path

import pytest

from finetune_course.steps.data import load_task_data
from finetune_course.steps.objective import get_task

ROOT = Path(__file__).resolve().parents[1]


def _probe():
    spec = importlib.util.spec_from_file_location("hard_negatives_probe", ROOT / "benchmarks" / "hard_negatives_probe.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


probe = _probe()


def _frame_of(text, frames):
    "Índice del marco que produjo `text` (el marco con {q} como comodín)."
    hits = [k for k, f in enumerate(frames)
            if re.fullmatch(re.escape(" ".join(f.split())).replace(re.escape("{q}"), ".*"), " ".join(text.split()), re.S)]
    assert len(hits) == 1, (text[:120], hits)
    return hits[0]


@pytest.mark.parametrize("task", ["phishing", "inyeccion"])
def test_quote_family_frames_do_not_cross_splits(task):
    spec = get_task(task)
    base = load_task_data(spec)
    dsd = probe.add_quote_family(base, spec, "mezcla", probe.SHARE[task])
    used = {}
    for split, ds in dsd.items():
        fam = [r for r in ds if r["plantilla"] == "cita"]
        assert len(ds) == len(base[split]) + len(fam)
        assert len(fam) == int(probe.SHARE[task] * len(base[split]))
        labels = {r[spec.label_field] for r in fam}
        assert labels == set(spec.labels)                      # las dos clases, para que la familia no las delate
        for r in fam:
            negative = r[spec.label_field] != spec.positive_label
            frames = (probe.NEGATIVE_FRAMES if negative else probe.POSITIVE_FRAMES)[task]
            used.setdefault(split, set()).add((negative, _frame_of(r[spec.text_field], frames)))
    assert not used["train"] & used["test"] and not used["train"] & used["validation"]
    assert not used["validation"] & used["test"]


def test_quote_variants_differ_only_in_the_shortcut():
    rng = probe.random.Random(0)
    assert probe.quote("x", True, "comillas", rng) == "«x»" and probe.quote("x", False, "comillas", rng) == "x"
    for negative in (True, False):                     # en `mezcla`, las dos clases usan todos los estilos
        seen = {probe.quote("x", negative, "mezcla", rng) for _ in range(200)}
        assert seen == {st.format("x") for st in probe.STYLES}
    spec = get_task("phishing")
    base = load_task_data(spec)
    share = {}
    for variant in ("comillas", "mezcla"):
        fam = [r for r in probe.add_quote_family(base, spec, variant, 0.2)["train"] if r["plantilla"] == "cita"]
        share[variant] = {lab: sum("«" in r["text"] for r in fam if r["label"] == lab)
                               / sum(r["label"] == lab for r in fam) for lab in spec.labels}
    assert share["comillas"]["legitimo"] == 1 and share["comillas"]["phishing"] < 0.05   # solo las que ya traía
    assert 0.15 < share["mezcla"]["phishing"] and 0.15 < share["mezcla"]["legitimo"] < 1


def test_saved_probe_results_are_consistent():
    rows = json.loads((ROOT / "benchmarks" / "results" / "hard_negatives_probe.json").read_text(encoding="utf-8"))["filas"]
    assert {(r["tarea"], r["variante"]) for r in rows} == {(t, v) for t in ("phishing", "inyeccion")
                                                           for v in ("comillas", "mezcla")}
    for r in rows:
        lo, hi = r["ic95_minilm_menos_tfidf"]
        assert lo <= hi
        assert r["gana_minilm"] == (r["minilm"] > r["tfidf"])
        assert r["diferencia_clara"] == (lo > 0 or hi < 0)
        assert 0 <= r["tfidf_cita"] <= 1 and 0 <= r["minilm_cita"] <= 1
