"""Kit compartido por los generadores de datos de `scripts/` y por los tests de los conjuntos.

Un generador es un módulo pequeño `scripts/make_<nombre>.py` que lee sus bancos de piezas (listas de frases,
plantillas, entidades, nombres, dominios…) de ficheros de datos UTF-8 junto a él (`scripts/<nombre>_src/*.json`
o `*.txt`) y solo guarda la lógica de cómo se combinan. Todos exponen la misma API:

- `build(out_dir=None) -> dict`: genera el conjunto, escribe en `out_dir` (por defecto
  `finetune_course/assets/<nombre>/`) `train.jsonl`, `validation.jsonl`, `test.jsonl`, `stats.json` y la ficha
  `README.md`, y devuelve el contenido de `stats.json`. Un generador que escribe varios conjuntos
  (`make_instrucciones.py`: `seguridad` y `tareas`) recibe la carpeta que los contiene, escribe cada uno en
  `out_dir/<nombre>/` y devuelve `{nombre: stats}`.
- `main(argv=None)`: la línea de órdenes, `python scripts/make_<nombre>.py [--out CARPETA]`, que llama a `build`.

Con la misma versión del código y de los datos, dos ejecuciones dan ficheros idénticos byte a byte: las semillas
son fijas y todo se recorre en un orden estable (los tests lo comprueban regenerando en una carpeta temporal).

Este módulo reúne lo que comparten: leer los bancos (`read_json`, `read_blocks`), texto (`strip_accents`, `cap`,
`norm_text`), el reparto por grupos (`assign_splits`, `rows_by_split`), la escritura (`write_dataset`, `cli`),
números y tablas para las fichas (`dec`, `pct`, `md_table`) y las comprobaciones de integridad que usan los
tests (esquema, duplicados, grupos que cruzan divisiones, proporciones, línea base TF-IDF). Nada de `scripts/`
importa `tests/`.
"""
import argparse
import itertools
import json
import random
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

ASSETS = Path(__file__).resolve().parents[1] / "finetune_course" / "assets"
SPLITS = ("train", "validation", "test")
SPLIT_FRACS = {"train": 0.70, "validation": 0.15, "test": 0.15}


# --- leer los bancos de piezas --------------------------------------------------------------------------------
def read_json(path):
    "Lee un banco JSON (UTF-8); las claves que empiezan por «_» (p. ej. «_nota») son notas y se descartan."
    def drop_notes(x):
        if isinstance(x, dict):
            return {k: drop_notes(v) for k, v in x.items() if not k.startswith("_")}
        return [drop_notes(v) for v in x] if isinstance(x, list) else x
    return drop_notes(json.loads(Path(path).read_text(encoding="utf-8")))


def read_blocks(path):
    """Lee un fichero de bloques: cada bloque empieza con una línea «@@ cabecera» y sigue con su texto.

    Devuelve [(palabras de la cabecera, texto)]. Las líneas que empiezan por «#» son comentarios (un texto no
    puede tener líneas que empiecen así) y el texto de cada bloque se recorta por los extremos."""
    blocks, head, buf = [], None, []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines() + ["@@"], 1):
        if line.startswith("#"):
            continue
        if line.startswith("@@"):
            if head is not None:
                text = "\n".join(buf).strip()
                assert text, f"{path}: bloque vacío antes de la línea {i}"
                blocks.append((head, text))
            head, buf = line[2:].split(), []
        else:
            assert head is not None or not line.strip(), f"{path}:{i}: texto antes del primer «@@»"
            buf.append(line)
    return blocks


# --- texto ----------------------------------------------------------------------------------------------------
def cap(s):
    "Pone en mayúscula la primera letra."
    return s[:1].upper() + s[1:] if s else s


def norm_text(s):
    "Clave para detectar duplicados exactos: minúsculas y espacios normalizados."
    return " ".join(s.lower().split())


def strip_accents(s, marks=None, inverted=True):
    """Quita las tildes de `s` como lo hace mucha gente al escribir en el móvil; la ñ se queda siempre.

    `marks`: None quita todas las marcas combinantes (categoría Unicode Mn, también el selector de variante de
    los emojis, como hacen los SMS del conjunto phishing); una cadena quita solo esas marcas (p. ej. tilde y
    diéresis, "\\u0301\\u0308", en el conjunto inyeccion) y conserva las demás. `inverted=False` quita también
    los signos de apertura ¿ ¡."""
    out = []
    for ch in s:
        if ch in "ñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if (unicodedata.category(c) != "Mn" if marks is None else c not in marks)))
    s = unicodedata.normalize("NFC", "".join(out))
    return s if inverted else s.replace("¿", "").replace("¡", "")


# --- reparto en train/validation/test por grupos -----------------------------------------------------------------
def assign_splits(groups, method, rng=None, fracs=SPLIT_FRACS, labels=None, order=None, seed=None, tries=300):
    """Reparte grupos (plantillas), nunca filas sueltas, entre los splits de `fracs`, dentro de cada categoría.

    `groups`: {id: {"cat": categoría, ...}} con los campos que pide el método; devuelve {id: split}.
    Los tres métodos son los de los tres generadores (cada uno fija sus datos byte a byte):

    - "turnos" (phishing; campos `cat`, `label`): categoría a categoría, en el orden `order`, lleva a test y
      luego a validation round(frac · grupos) grupos, alternando las dos `labels` (empieza la que menos grupos
      tiene ya en ese split, y siempre deja uno de cada en train) y arrastrando el redondeo a la siguiente
      categoría; no mira el tamaño de los grupos. Baraja con `rng`.
    - "cuotas" (inyeccion; campos `cat`, `size`, `pos` = filas de la primera etiqueta): en cada categoría da
      cada grupo al split que va más por debajo de su cuota de filas; de `tries` repartos (semillas
      «{seed}-split-k») se queda el más cercano a `fracs` en filas y a 50/50 en etiquetas.
    - "exhaustivo" (seguridad y tareas; campos `cat`, `size`, `stratum`): categoría a categoría, en orden
      barajado con `rng`, prueba todas las asignaciones de sus grupos (son pocos) con al menos uno en train
      y elige la que más acerca a `fracs`, en filas, la categoría y el acumulado de su estrato."""
    if method == "turnos":
        return _splits_by_turns(groups, rng, fracs, labels, order)
    if method == "cuotas":
        return _splits_by_quota(groups, fracs, seed, tries)
    if method == "exhaustivo":
        return _splits_exhaustive(groups, rng, fracs)
    raise ValueError(f"método de reparto desconocido: {method!r} (usa «turnos», «cuotas» o «exhaustivo»)")


def _splits_by_turns(groups, rng, fracs, labels, order):
    "Método «turnos» de `assign_splits`."
    held = [s for s in fracs if s != "train"][::-1]  # primero test, luego validation
    carry = {s: 0.0 for s in held}
    given = {s: Counter() for s in held}  # grupos ya asignados a cada split, por etiqueta
    where = {}
    a, b = labels
    for cat in order:
        ids = [g for g in groups if groups[g]["cat"] == cat]
        pools = {lab: sorted(g for g in ids if groups[g]["label"] == lab) for lab in labels}
        for ts in pools.values():
            rng.shuffle(ts)
        for g in ids:
            where[g] = "train"
        for split in held:
            want = fracs[split] * len(ids) + carry[split]
            k = max(1, int(want + 0.5))
            carry[split] = want - k
            turn = [a, b] if given[split][a] <= given[split][b] else [b, a]
            for i in range(k):
                lab = turn[i % 2]
                free = [g for g in pools[lab] if where[g] == "train"]
                if len(free) <= 1:  # deja siempre al menos un grupo de cada etiqueta en train
                    lab = turn[(i + 1) % 2]
                    free = [g for g in pools[lab] if where[g] == "train"]
                given[split][lab] += 1
                where[free[0]] = split
    return where


def _fill_by_quota(by_cat, size, fracs, rng):
    "Dentro de cada categoría, da cada grupo al split que va más por debajo de su cuota."
    where = {}
    for cat in sorted(by_cat):
        ids = list(by_cat[cat])
        rng.shuffle(ids)
        filled = {s: 0 for s in fracs}
        for g in ids:
            s = min(fracs, key=lambda s: (filled[s] / fracs[s], -fracs[s]))
            where[g] = s
            filled[s] += size[g]
    return where


def _splits_by_quota(groups, fracs, seed, tries):
    "Método «cuotas» de `assign_splits`."
    size = {g: groups[g]["size"] for g in groups}
    by_cat = defaultdict(list)
    for g in sorted(groups):
        by_cat[groups[g]["cat"]].append(g)
    total = sum(size.values())
    best = None
    for k in range(tries):
        where = _fill_by_quota(by_cat, size, fracs, random.Random(f"{seed}-split-{k}"))
        cost = 0.0
        for s, frac in fracs.items():
            n = sum(size[g] for g in where if where[g] == s)
            pos = sum(groups[g]["pos"] for g in where if where[g] == s)
            cost += abs(n / total - frac) / frac + abs(pos / n - 0.5)
        if best is None or cost < best[0]:
            best = (cost, where)
    return best[1]


def _splits_exhaustive(groups, rng, fracs):
    "Método «exhaustivo» de `assign_splits`."
    names = list(fracs)
    by_cat = defaultdict(list)
    for g in sorted(groups):
        by_cat[groups[g]["cat"]].append(g)
    stratum = {groups[g]["cat"]: groups[g]["stratum"] for g in groups}
    cats = sorted(by_cat)
    rng.shuffle(cats)
    running = defaultdict(lambda: [0] * len(names))
    where = {}
    for cat in cats:
        gs = by_cat[cat]
        rng.shuffle(gs)
        n = sum(groups[g]["size"] for g in gs)
        run = running[stratum[cat]]
        done = sum(run)
        best, best_score = None, None
        for combo in itertools.product(range(len(names)), repeat=len(gs)):
            counts = [0] * len(names)
            for g, k in zip(gs, combo):
                counts[k] += groups[g]["size"]
            if counts[0] == 0:
                continue
            score = sum((counts[k] - fracs[s] * n) ** 2 + (run[k] + counts[k] - fracs[s] * (done + n)) ** 2
                        for k, s in enumerate(names))
            if best_score is None or score < best_score - 1e-9:
                best, best_score = combo, score
        for g, k in zip(gs, best):
            where[g] = names[k]
            run[k] += groups[g]["size"]
    return where


def rows_by_split(rows, where, group_field="plantilla"):
    "Reparte `rows` según el split de su grupo ({grupo: split}), conservando el orden: {split: [filas]}."
    out = {s: [] for s in SPLITS}
    for r in rows:
        out[where[r[group_field]]].append(r)
    return out


# --- escribir un conjunto --------------------------------------------------------------------------------------
def write_dataset(out_dir, splits, fields, stats, card, indent=2):
    """Escribe en `out_dir` los JSONL (solo `fields`, en ese orden; todos los campos si es None), `stats.json`
    (con sangría `indent`) y la ficha `README.md`, en UTF-8 y con saltos de línea «\\n»."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for s in SPLITS:
        rows = splits[s] if fields is None else [{k: r[k] for k in fields} for r in splits[s]]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (out_dir / f"{s}.jsonl").write_text(text, encoding="utf-8", newline="\n")
    (out_dir / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=indent) + "\n",
                                        encoding="utf-8", newline="\n")
    (out_dir / "README.md").write_text(card, encoding="utf-8", newline="\n")


def cli(build, default_out, description, argv=None):
    "Línea de órdenes común: `--out CARPETA` (por defecto `default_out`); llama a `build` y devuelve sus stats."
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=Path(default_out), metavar="CARPETA",
                    help=f"carpeta de salida (por defecto, {Path(default_out).relative_to(ASSETS.parents[1])})")
    return build(ap.parse_args(argv).out)


# --- números y tablas para las fichas ------------------------------------------------------------------------
def dec(x, n):
    "Número con `n` decimales y coma decimal, como se escribe en español (dec(0.4, 2) → «0,40»)."
    return f"{x:.{n}f}".replace(".", ",")


def pct(x):
    "Proporción como porcentaje con un decimal y coma (0.4567 → «45,7 %»)."
    return f"{100 * x:.1f} %".replace(".", ",")


def md_table(header, rows, align_numbers=True):
    "Tabla Markdown; con `align_numbers`, las columnas (salvo la primera) de números o porcentajes van a la derecha."
    num = lambda c: isinstance(c, int) or str(c).endswith("%")  # noqa: E731
    right = [align_numbers and i > 0 and all(num(row[i]) for row in rows) for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


# --- comprobaciones de integridad (generadores y tests) ----------------------------------------------------------


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


def minilm_line(task, tfidf_f1):
    "Frase para la ficha con la última medición de `benchmarks/minilm_vs_tfidf.py` para `task` (vacía si no hay)."
    rows = _bench_rows("minilm_vs_tfidf", lambda r: r["tarea"])
    if task not in rows: return ""
    r = rows[task]
    verdict = "por encima" if r["minilm"] > tfidf_f1 else "por debajo"
    return (f"Medido con `benchmarks/minilm_vs_tfidf.py` (MiniLM afinado con `TrainConfig()` sobre todo `train`, "
            f"`max_length` {r['max_length']}): **F1 macro en test = {dec(r['minilm'], 4)}**, {verdict} de esta línea base. "
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
            f"con pretexto de seguridad): si solo los negativos citan entre «», MiniLM saca {dec(c['minilm'], 4)} frente a "
            f"{dec(c['tfidf'], 4)} ({verdict(c)})"
            + (", pero por un atajo de puntuación que TF-IDF no ve (en la familia nueva acierta el "
               f"{c['minilm_cita']:.0%} y, sin el atajo, el {m['minilm_cita']:.0%})".replace("%", " %")
               if c["minilm_cita"] - m["minilm_cita"] >= 0.2 else "")
            + f"; si las dos clases citan igual, {dec(m['minilm'], 4)} frente a {dec(m['tfidf'], 4)} ({verdict(m)}). "
            "Por eso esa familia no está en estos datos.")
