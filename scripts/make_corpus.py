"""Construye el corpus de preentrenamiento de `micro-llm-es`.

Uso: `python scripts/make_corpus.py [--out CARPETA]` (desde la raíz del repositorio; API común de los
generadores: ver `scripts/_kit.py`).

Reúne los textos escritos a mano de `scripts/corpus_src/manual/*.txt` y los que genera, con
semilla fija, la gramática de `scripts/corpus_src/`; los divide en train/validation/test por
documento (y los generados, por familia de plantilla) y escribe en
`finetune_course/assets/corpus/` los JSONL, `stats.json` y la ficha `README.md`.
Con la misma versión del código, el resultado es idéntico byte a byte.
"""
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "scripts" / "corpus_src"
OUT = ROOT / "finetune_course" / "assets" / "corpus"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(ROOT / "scripts"))  # `_kit`
sys.dont_write_bytecode = True  # no dejar __pycache__ en scripts/

import _kit  # noqa: E402
import fam_instr  # noqa: E402
import fam_narr  # noqa: E402
import fam_other  # noqa: E402
from gen_core import Gen  # noqa: E402

SEED = "micro-llm-es-2024"
SPLITS = ("train", "validation", "test")
HELD_OUT = 0.05  # fracción de bytes escritos a mano para validation y para test

# familia: (función, bytes objetivo, split). Las familias de validation y test no aparecen en train:
# la perplejidad en esos splits mide si el modelo generaliza a esqueletos de texto que no ha visto.
FAMILIES = {
    "narr_dia": (fam_narr.narr_dia, 360_000, "train"),
    "narr_diario": (fam_narr.narr_diario, 200_000, "train"),
    "narr_fabula": (fam_narr.narr_fabula, 150_000, "train"),
    "narr_encuentro": (fam_narr.narr_encuentro, 150_000, "train"),
    "dial_tienda": (fam_other.dial_tienda, 120_000, "train"),
    "dial_soporte": (fam_other.dial_soporte, 25_000, "train"),
    "expo_animal": (fam_other.expo_animal, 50_000, "train"),
    "expo_pais": (fam_other.expo_pais, 35_000, "train"),
    "expo_consejos": (fam_other.expo_consejos, 70_000, "train"),
    "expo_concepto": (fam_other.expo_concepto, 25_000, "train"),
    "receta": (fam_other.receta, 120_000, "train"),
    "carta_formal": (fam_other.carta_formal, 110_000, "train"),
    "carta_informal": (fam_other.carta_informal, 170_000, "train"),
    "noticia_local": (fam_other.noticia_local, 80_000, "train"),
    "anuncio": (fam_other.anuncio, 45_000, "train"),
    "faq": (fam_other.faq, 20_000, "train"),
    "instr_definicion": (fam_instr.instr_definicion, 25_000, "train"),
    "instr_consejos": (fam_instr.instr_consejos, 22_000, "train"),
    "instr_receta": (fam_instr.instr_receta, 18_000, "train"),
    "instr_lengua": (fam_instr.instr_lengua, 15_000, "train"),
    "instr_cuentas": (fam_instr.instr_cuentas, 12_000, "train"),
    "instr_multi": (fam_instr.instr_multi, 12_000, "train"),
    # validation
    "narr_recuerdo": (fam_narr.narr_recuerdo, 55_000, "validation"),
    "dial_amigos": (fam_other.dial_amigos, 30_000, "validation"),
    "noticia_tiempo": (fam_other.noticia_tiempo, 25_000, "validation"),
    "desc_persona": (fam_other.desc_persona, 25_000, "validation"),
    # test
    "narr_planes": (fam_narr.narr_planes, 50_000, "test"),
    "dial_consulta": (fam_other.dial_consulta, 30_000, "test"),
    "noticia_deporte": (fam_other.noticia_deporte, 30_000, "test"),
    "desc_lugar": (fam_other.desc_lugar, 25_000, "test"),
}


def norm(text):
    return " ".join(text.lower().split())


def nbytes(text):
    return len(text.encode("utf-8"))


def read_manual():
    "Lee `manual/<tema>.txt`: documentos separados por líneas «@@ identificador»."
    docs = []
    for path in sorted((SRC / "manual").glob("*.txt")):
        tema = path.stem
        cur_id, buf = None, []
        for line in path.read_text(encoding="utf-8").splitlines() + ["@@ <fin>"]:
            if line.startswith("@@ "):
                if cur_id is not None:
                    text = "\n".join(buf).strip()
                    assert text, f"{path}: documento vacío {cur_id}"
                    docs.append(dict(text=text, fuente="manual", tema=tema, documento=f"man-{tema}-{cur_id}"))
                cur_id, buf = line[3:].strip(), []
            else:
                assert cur_id is not None or not line.strip(), f"{path}: texto antes del primer «@@»"
                buf.append(line)
    return docs


def split_manual(docs):
    "Reparte los documentos manuales por identificador: ~5 % de bytes a validation, ~5 % a test."
    order = sorted(docs, key=lambda d: hashlib.sha256(d["documento"].encode()).hexdigest())
    total = sum(nbytes(d["text"]) for d in docs)
    out = {s: [] for s in SPLITS}
    acc = {"validation": 0, "test": 0}
    for d in order:
        b = nbytes(d["text"])
        for s in ("validation", "test"):
            if acc[s] + b <= HELD_OUT * total * 1.1 and acc[s] < HELD_OUT * total:
                out[s].append(d)
                acc[s] += b
                break
        else:
            out["train"].append(d)
    return out


SCALE_TRAIN = 1.2  # ajuste global del tamaño de las familias de train
FIXED = {"dial_soporte", "faq", "expo_pais", "expo_concepto"}  # poca variedad: no se amplían


def generate(seen):
    "Genera cada familia con su propia semilla hasta alcanzar su presupuesto de bytes."
    out = {s: [] for s in SPLITS}
    for fam, (fn, budget, split) in FAMILIES.items():
        if split == "train" and fam not in FIXED:
            budget = int(budget * SCALE_TRAIN)
        g = Gen(random.Random(f"{SEED}-{fam}"))
        got, i, tries = 0, 0, 0
        while got < budget and tries < 50 * (budget // 200 + 10):
            tries += 1
            tema, text = fn(g)
            text = text.strip()
            k = norm(text)
            if k in seen:
                continue
            seen.add(k)
            out[split].append(dict(text=text, fuente="generado", tema=tema, documento=f"gen-{fam}-{i:05d}"))
            got += nbytes(text)
            i += 1
    return out


def table(headers, rows):
    "Tabla Markdown sin alinear."
    return _kit.md_table(headers, rows, align_numbers=False)


def pct(a, b):
    return f"{100 * a / b:.1f} %".replace(".", ",")


def kb(b):
    return f"{b / 1024:,.1f}".replace(",", " ").replace(".", ",")


def compute_stats(splits):
    st = {"total": {"bytes": 0, "documentos": 0}, "splits": {}, "fuentes": {}, "temas": {}}
    for s in SPLITS:
        rows = splits[s]
        ent = {"bytes": 0, "documentos": 0, "fuentes": {}}
        for r in rows:
            b = nbytes(r["text"])
            ent["bytes"] += b
            ent["documentos"] += 1
            f = ent["fuentes"].setdefault(r["fuente"], {"bytes": 0, "documentos": 0})
            f["bytes"] += b
            f["documentos"] += 1
            gf = st["fuentes"].setdefault(r["fuente"], {"bytes": 0, "documentos": 0})
            gf["bytes"] += b
            gf["documentos"] += 1
            t = st["temas"].setdefault(r["tema"], {"bytes": 0, "documentos": 0})
            t["bytes"] += b
            t["documentos"] += 1
        ent["fuentes"] = dict(sorted(ent["fuentes"].items()))
        st["splits"][s] = ent
        st["total"]["bytes"] += ent["bytes"]
        st["total"]["documentos"] += ent["documentos"]
    st["fuentes"] = dict(sorted(st["fuentes"].items()))
    st["temas"] = dict(sorted(st["temas"].items()))
    st["familias"] = {s: sorted(f for f, (_, _, sp) in FAMILIES.items() if sp == s) for s in SPLITS}
    st["instrucciones"] = {"bytes": sum(nbytes(r["text"]) for s in SPLITS for r in splits[s] if "### Usuario:" in r["text"]),
                           "documentos": sum(1 for s in SPLITS for r in splits[s] if "### Usuario:" in r["text"])}
    return st


def readme(st, splits):
    tot = st["total"]["bytes"]
    man, gen = st["fuentes"].get("manual", {"bytes": 0, "documentos": 0}), st["fuentes"]["generado"]
    split_rows = []
    for s in SPLITS:
        e = st["splits"][s]
        m = e["fuentes"].get("manual", {"bytes": 0, "documentos": 0})
        g = e["fuentes"].get("generado", {"bytes": 0, "documentos": 0})
        split_rows.append([s, e["documentos"], kb(e["bytes"]), pct(e["bytes"], tot), m["documentos"], kb(m["bytes"]),
                           g["documentos"], kb(g["bytes"])])
    topic_src = defaultdict(Counter)
    for s in SPLITS:
        for r in splits[s]:
            topic_src[r["tema"]][r["fuente"]] += 1
    topic_rows = [[f"`{t}`", v["documentos"], kb(v["bytes"]), topic_src[t]["manual"], topic_src[t]["generado"]]
                  for t, v in st["temas"].items()]
    fam_rows = []
    for fam, (fn, budget, split) in FAMILIES.items():
        rows = [r for r in splits[split] if r["documento"].startswith(f"gen-{fam}-")]
        fam_rows.append([f"`{fam}`", split, len(rows), kb(sum(nbytes(r["text"]) for r in rows)),
                         (fn.__doc__ or "").strip().rstrip(".")])
    ins = st["instrucciones"]
    return f"""# Corpus de preentrenamiento de `micro-llm-es`

Textos en español con los que el curso preentrena desde cero su pequeño modelo de lenguaje
causal `micro-llm-es` (y su tokenizador BPE a nivel de byte). Sirve para enseñar, sin conexión y
en una CPU modesta, qué es el preentrenamiento, cómo genera texto un modelo, qué memoriza y cómo
cambia con un ajuste fino posterior.

## Cómo se ha construido

- **Textos escritos a mano** (`fuente = manual`): cuentos, fábulas, diálogos cotidianos, párrafos
  enciclopédicos (ciencia, historia, geografía de los países hispanohablantes), cocina, tecnología,
  seguridad informática básica, salud, deportes, cartas y correos, atención al cliente, noticias y
  algunos intercambios de pregunta y respuesta. Todos son originales del proyecto; están en
  `scripts/corpus_src/manual/`, un archivo por tema.
- **Texto generado** (`fuente = generado`): una gramática con semilla fija
  (`scripts/corpus_src/`) compone párrafos con concordancia de género y número, conjugación
  en varios tiempos y modos (presente, pretéritos, futuro, condicional, subjuntivo, imperativo),
  conectores, diálogos con raya (—), preguntas (¿…?) y exclamaciones (¡…!). Cada «familia» es un
  esqueleto de documento distinto (relato, diario, receta, carta, noticia, diálogo…).
- **Formato de instrucciones**: {ins['documentos']} documentos ({pct(ins['bytes'], tot)} de los bytes) siguen el
  esquema `### Usuario:` / `### Asistente:` con intercambios breves y útiles sobre temas cotidianos,
  para que el ajuste fino con instrucciones posterior resulte más fácil.
- El corpus no contiene negativas ni contenido de ataques informáticos.

Para reconstruirlo exactamente igual, byte a byte:

```bash
python scripts/make_corpus.py
```

## Proporción de texto escrito a mano y generado

{table(["fuente", "documentos", "KiB", "% de bytes"],
       [["manual", man["documentos"], kb(man["bytes"]), pct(man["bytes"], tot)],
        ["generado", gen["documentos"], kb(gen["bytes"]), pct(gen["bytes"], tot)],
        ["**total**", st["total"]["documentos"], kb(tot), "100,0 %"]])}

Bytes contados sobre el campo `text` en UTF-8 ({tot} bytes en total; manual: {man["bytes"]};
generado: {gen["bytes"]}).

## Campos

Un documento por línea en `train.jsonl`, `validation.jsonl` y `test.jsonl`:

| campo | contenido |
|---|---|
| `text` | el documento (párrafos separados por una línea en blanco) |
| `fuente` | `manual` (escrito a mano) o `generado` (gramática con semilla) |
| `tema` | tema en snake_case (`cocina`, `fabulas`, `seguridad_informatica`…) |
| `documento` | identificador único: `man-<tema>-<nombre>` o `gen-<familia>-<número>` |

## Divisiones

La división se hace por documento: ningún identificador aparece en dos splits. Los textos a mano
se reparten por un hash de su identificador (≈ 5 % de sus bytes a validation y ≈ 5 % a test). Los
generados se reparten **por familia**: las familias de validation y de test no aparecen en train,
de modo que la perplejidad en esos splits mide la generalización a esqueletos nuevos, no la
memoria de plantillas vistas.

{table(["split", "documentos", "KiB", "% de bytes", "docs manual", "KiB manual", "docs generados", "KiB generados"], split_rows)}

### Familias del generador

{table(["familia", "split", "documentos", "KiB", "descripción"], fam_rows)}

## Documentos por tema

{table(["tema", "documentos", "KiB", "manual", "generados"], topic_rows)}

## Límites conocidos

- El texto generado es repetitivo: las mismas plantillas y el mismo vocabulario vuelven una y otra
  vez. El modelo aprenderá bien la morfología y la puntuación, pero su «conocimiento del mundo»
  será muy limitado y a veces combinará actividades de forma poco natural.
- El corpus es pequeño (unos {tot / 1e6:.1f} MB) comparado con el de cualquier modelo real; basta para un modelo de
  pocos millones de parámetros y para ver los fenómenos del curso, no para un asistente útil.
- Los datos enciclopédicos se han simplificado para lectores no especialistas.
- Predomina un español neutro con usos de España y de América; no representa todas las variedades.

## Licencia

CC BY 4.0 (Creative Commons Atribución 4.0 Internacional). Todos los textos son originales del
proyecto `finetune_course`.
"""


def build(out_dir=None):
    "Construye el corpus, lo escribe en `out_dir` (por defecto, `finetune_course/assets/corpus/`) y devuelve `stats.json`."
    manual = read_manual()
    seen = set()
    for d in manual:
        k = norm(d["text"])
        assert k not in seen, f"documento manual duplicado: {d['documento']}"
        seen.add(k)
    splits = split_manual(manual)
    gen = generate(seen)
    for s in SPLITS:
        rows = sorted(splits[s] + gen[s], key=lambda d: d["documento"])
        random.Random(f"{SEED}-{s}").shuffle(rows)  # mezcla fija: las familias no van en bloques
        splits[s] = rows
    st = compute_stats(splits)
    _kit.write_dataset(OUT if out_dir is None else out_dir, splits, ("text", "fuente", "tema", "documento"), st,
                       readme(st, splits), indent=1)
    return st


def main(argv=None):
    st = _kit.cli(build, OUT, "Construye el corpus de preentrenamiento de `micro-llm-es`.", argv)
    print(json.dumps({s: st["splits"][s]["bytes"] for s in SPLITS} | {"total": st["total"]["bytes"],
                      "fuentes": {k: v["bytes"] for k, v in st["fuentes"].items()}}, ensure_ascii=False))


if __name__ == "__main__":
    main()
