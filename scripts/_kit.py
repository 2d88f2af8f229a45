"""Piezas compartidas por los generadores de datos de `scripts/` y por sus tests: leer los conjuntos, comprobar su
integridad (esquema, duplicados, grupos que cruzan divisiones, proporciones) y la línea base TF-IDF de las fichas.

Cada conjunto vive en `finetune_course/assets/<nombre>/` con `train.jsonl`, `validation.jsonl`, `test.jsonl` y una
ficha `README.md`. Los generadores (`scripts/make_*.py`) y los tests de cada conjunto
(`tests/test_data_<nombre>.py`) importan estas funciones; nada de `scripts/` importa `tests/`.
"""
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

ASSETS = Path(__file__).resolve().parents[1] / "finetune_course" / "assets"
SPLITS = ("train", "validation", "test")


def load_splits(name):
    "Devuelve {split: [filas]} leyendo los JSONL de `assets/<name>/`."
    out = {}
    for s in SPLITS:
        p = ASSETS / name / f"{s}.jsonl"
        rows = []
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{p}:{i}: línea vacía"
            rows.append(json.loads(line))
        out[s] = rows
    return out


def check_schema(splits, fields, labels=None, label_field="label", bool_fields=()):
    "Cada fila tiene exactamente `fields` (cadenas no vacías, o booleanos en `bool_fields`) y etiquetas conocidas."
    for s, rows in splits.items():
        assert rows, f"{s} está vacío"
        for i, r in enumerate(rows):
            assert set(r) == set(fields), f"{s}[{i}]: campos {sorted(r)} != {sorted(fields)}"
            for f in fields:
                if f in bool_fields:
                    assert isinstance(r[f], bool), f"{s}[{i}]: campo {f!r} no es booleano"
                    continue
                assert isinstance(r[f], str) and r[f].strip(), f"{s}[{i}]: campo {f!r} vacío"
            if labels is not None:
                assert r[label_field] in labels, f"{s}[{i}]: etiqueta desconocida {r[label_field]!r}"


def exact_duplicates(splits, key="text"):
    "Textos (normalizados) que aparecen más de una vez en todo el conjunto."
    c = Counter(" ".join(r[key].lower().split()) for rows in splits.values() for r in rows)
    return [t for t, n in c.items() if n > 1]


def near_duplicates_across(splits, key="text", threshold=0.8, n=5):
    "Pares (split_a, i, split_b, j, jaccard) con Jaccard de 5-gramas de caracteres >= threshold."
    vec = CountVectorizer(analyzer="char", ngram_range=(n, n), binary=True, lowercase=True)
    texts = {s: [r[key] for r in rows] for s, rows in splits.items()}
    vec.fit([t for ts in texts.values() for t in ts])
    mats = {s: vec.transform(ts).astype(np.float32) for s, ts in texts.items()}
    sizes = {s: np.asarray(m.sum(1)).ravel() for s, m in mats.items()}
    found = []
    names = list(SPLITS)
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            sa, sb = names[a], names[b]
            inter = (mats[sa] @ mats[sb].T).toarray()
            union = sizes[sa][:, None] + sizes[sb][None, :] - inter
            jac = inter / np.maximum(union, 1)
            for i, j in zip(*np.nonzero(jac >= threshold)):
                found.append((sa, int(i), sb, int(j), float(jac[i, j])))
    return found


def groups_across(splits, group_field):
    "Valores de `group_field` (p. ej. la plantilla) que aparecen en más de un split."
    seen = {}
    for s, rows in splits.items():
        for r in rows:
            seen.setdefault(r[group_field], set()).add(s)
    return {g: ss for g, ss in seen.items() if len(ss) > 1}


def label_shares(rows, label_field="label"):
    "Proporción de cada etiqueta en `rows`."
    c = Counter(r[label_field] for r in rows)
    return {k: v / len(rows) for k, v in c.items()}


def tfidf_lr_f1(splits, key="text", label_field="label"):
    "F1 macro en test de TF-IDF + regresión logística entrenada en train (línea base de honestidad)."
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.pipeline import make_pipeline
    clf = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                        LogisticRegression(max_iter=2000, C=10))
    tr, te = splits["train"], splits["test"]
    clf.fit([r[key] for r in tr], [r[label_field] for r in tr])
    pred = clf.predict([r[key] for r in te])
    return f1_score([r[label_field] for r in te], pred, average="macro")


def _bench_rows(name, key):
    "Filas de `benchmarks/results/{name}.json` indexadas por `key(fila)` (vacío si aún no se ha medido)."
    f = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / f"{name}.json"
    return {key(r): r for r in json.loads(f.read_text(encoding="utf-8"))["filas"]} if f.exists() else {}


def _dec(x): return f"{x:.4f}".replace(".", ",")


def minilm_line(task, tfidf_f1):
    "Frase para la ficha con la última medición de `benchmarks/minilm_vs_tfidf.py` para `task` (vacía si no hay)."
    rows = _bench_rows("minilm_vs_tfidf", lambda r: r["tarea"])
    if task not in rows: return ""
    r = rows[task]
    verdict = "por encima" if r["minilm"] > tfidf_f1 else "por debajo"
    return (f"Medido con `benchmarks/minilm_vs_tfidf.py` (MiniLM afinado con `TrainConfig()` sobre todo `train`, "
            f"`max_length` {r['max_length']}): **F1 macro en test = {_dec(r['minilm'])}**, {verdict} de esta línea base. "
            "El capítulo 09 muestra la comparación y explica por qué." + probe_line(task) + "\n")


def probe_line(task):
    "Frase con la última medición de `benchmarks/hard_negatives_probe.py` para `task` (vacía si no hay)."
    rows = _bench_rows("hard_negatives_probe", lambda r: (r["tarea"], r["variante"]))
    if (task, "comillas") not in rows or (task, "mezcla") not in rows: return ""
    c, m = rows[(task, "comillas")], rows[(task, "mezcla")]
    def verdict(r):
        if not r.get("diferencia_clara", True): return "diferencia dentro del ruido"
        return "gana MiniLM" if r["minilm"] > r["tfidf"] else "gana TF-IDF"
    return (f" `benchmarks/hard_negatives_probe.py` probó a añadir negativos difíciles que citan un ataque (y ataques "
            f"con pretexto de seguridad): si solo los negativos citan entre «», MiniLM saca {_dec(c['minilm'])} frente a "
            f"{_dec(c['tfidf'])} ({verdict(c)})"
            + (", pero por un atajo de puntuación que TF-IDF no ve (en la familia nueva acierta el "
               f"{c['minilm_cita']:.0%} y, sin el atajo, el {m['minilm_cita']:.0%})".replace("%", " %")
               if c["minilm_cita"] - m["minilm_cita"] >= 0.2 else "")
            + f"; si las dos clases citan igual, {_dec(m['minilm'])} frente a {_dec(m['tfidf'])} ({verdict(m)}). "
            "Por eso esa familia no está en estos datos.")
