"""Genera el conjunto `usos`: instrucciones para los cuatro usos de un LLM que presenta el curso.

Uso: `python scripts/make_usos.py` (desde la raíz del repositorio) escribe en
`finetune_course/assets/usos/` los ficheros `train.jsonl`, `validation.jsonl`, `test.jsonl`,
`stats.json` y la ficha `README.md`. Con `--out CARPETA` los escribe en esa carpeta (lo usan los tests).
Con la misma entrada, dos ejecuciones dan ficheros idénticos byte a byte: la semilla es fija, no se
escriben fechas ni rutas absolutas y todo se recorre en un orden estable.

Cada fila es un par instrucción → respuesta para el ajuste por instrucciones (SFT) de `micro-llm-es`, con
el formato `### Usuario:\\n{instruccion}\\n### Asistente:\\n{respuesta}`, y lleva los campos que necesita la
rúbrica automática de su uso:

- `pregunta`: preguntas sobre empresas y pueblos **ficticios** (y capitales y monedas reales de
  `scripts/corpus_src/facts.py`). Cada dato aparece en train con varias formulaciones; validation y test
  preguntan por datos ya vistos con formulaciones reservadas, que train no contiene.
- `creativo`: poemas, microrrelatos, eslóganes y felicitaciones escritos a mano, divididos por tema.
- `continuar`: comienzos de documentos reales del corpus de preentrenamiento con su continuación auténtica;
  cada split sale del split homónimo del corpus (y de `corpus_debian`, si existe).
- `traducir`: frases sencillas español ↔ inglés traducidas con apertium y revisadas a mano, divididas por frase.

El generador es un kit pequeño: los textos están en `scripts/usos_src/` (`hechos.json`, `creativos.txt`,
`traducciones.tsv`, `plantillas.json`, `apertium.json`) y este script solo los lee, los combina y los reparte.
No necesita apertium: las traducciones revisadas ya están en `traducciones.tsv`.
"""
import gzip
import hashlib
import importlib.util
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `_kit`, también al importar este módulo desde fuera
import _kit  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "scripts" / "usos_src"
ASSETS = ROOT / "finetune_course" / "assets"
OUT = ASSETS / "usos"

SEED = "usos-v1"
SPLITS = ("train", "validation", "test")
USOS = ("pregunta", "creativo", "continuar", "traducir")
N_TEST = 40          # filas de test por uso
N_VAL = 37           # filas de validation por uso (en `creativo`, temas enteros: 9 temas × 4 piezas = 36)
N_TRAIN_CONT = 600   # filas de train de `continuar`
DEBIAN_SHARE = 0.25  # fracción de `continuar` que sale de `corpus_debian` cuando existe
TRAIN_PHRASINGS_CREATIVE = 2   # formulaciones distintas de cada pieza creativa en train

# Límites de longitud de las respuestas (palabras separadas por espacios).
MAX_WORDS = {"pregunta": 25, "continuar": 40, "traducir": 15}
MIN_WORDS_CONT = 4
CONT_OPENING = (12, 60)   # palabras del comienzo que se da en `continuar`
FORMS = {  # forma creativa: (min_palabras, max_palabras, min_lineas, max_lineas)
    "poema": (10, 50, 3, 6),
    "microrrelato": (30, 70, 1, 1),
    "eslogan": (6, 30, 3, 3),
    "felicitacion": (10, 50, 3, 6),
}
CORPUS_LICENCE = "CC BY 4.0"
ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "ud", "uds", "etc", "p. ej", "ej", "núm", "pág", "aprox", "vol",
                 "cap", "fig", "art", "av", "avda", "tel", "c", "p", "e", "i"}
UNSAFE_CONT = re.compile(r"###|https?:|www\.|[`<>{}|$\\\t]|(?:^|\s)/[a-z]")   # sin código, URL ni rutas


def words(text):
    "Número de palabras (separadas por espacios) de `text`."
    return len(text.split())


def slug(text):
    "Identificador ASCII en minúsculas (`Año Nuevo` → `ano-nuevo`)."
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def contract(text):
    "Contracciones obligatorias del español: «a el» → «al», «de el» → «del»."
    return re.sub(r"\b([Dd]e|[Aa]) el\b", lambda m: {"de": "del", "De": "Del", "a": "al", "A": "Al"}[m.group(1)], text)


def has_word(word, text):
    "True si `word` aparece en `text` como palabra entera (sin distinguir mayúsculas)."
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", text.lower()) is not None


def read_json(name):
    return json.loads((SRC / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# pregunta
# ---------------------------------------------------------------------------------------------------------------

def load_countries():
    "Países de `scripts/corpus_src/facts.py` (datos que el corpus de preentrenamiento ya contiene)."
    spec = importlib.util.spec_from_file_location("usos_facts", ROOT / "scripts" / "corpus_src" / "facts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.COUNTRIES


def qa_facts(table):
    "Lista de hechos: dict(grupo, clase, respuesta, hechos, formulaciones {split: [(id, texto)]})."
    facts = []

    def from_template(kind, ent_id, attrs, values):
        for attr, spec in attrs.items():
            fill = lambda s: contract(s.format(**values))
            facts.append(dict(
                grupo=f"{ent_id}-{attr}", clase=f"{kind}:{attr}", respuesta=fill(spec["respuesta"]),
                hechos=[fill(h) for h in spec["hechos"]],
                formulaciones={"train": [(f"{kind}-{attr}-train-{i}", fill(q)) for i, q in enumerate(spec["train"])],
                               "validation": [(f"{kind}-{attr}-validation", fill(spec["validation"]))],
                               "test": [(f"{kind}-{attr}-test", fill(spec["test"]))]}))

    for e in table["empresas"]:
        from_template("empresa", e["id"], table["atributos_empresa"], e)
    for p in table["pueblos"]:
        from_template("pueblo", p["id"], table["atributos_pueblo"], p)
    arts = table["paises_con_articulo"]
    for name, _g, capital, _region, moneda, _rasgos in load_countries():
        values = dict(pais=arts.get(name, name), capital=capital, capital_clave=capital.split(",")[0].strip(),
                      moneda=moneda, moneda_clave=re.sub(r"^(el|la|los|las) ", "", moneda.split(",")[0].strip()))
        from_template("pais", "pais-" + slug(name), table["atributos_pais"], values)
    for s in table["sueltos"]:
        facts.append(dict(grupo=s["id"], clase="suelto", respuesta=s["respuesta"], hechos=list(s["hechos"]),
                          formulaciones={"train": [(f"{s['id']}-train-{i}", q) for i, q in enumerate(s["train"])],
                                         "validation": [(f"{s['id']}-validation", s["validation"])],
                                         "test": [(f"{s['id']}-test", s["test"])]}))
    for f in facts:
        assert all(h in f["respuesta"] for h in f["hechos"]), f
        assert 1 <= len(f["hechos"]) <= 2 and words(f["respuesta"]) <= MAX_WORDS["pregunta"], f
    return facts


def interleave(items, key, rng):
    "Baraja `items` y los intercala por `key` (uno de cada clase por turno) para repartir clases por igual."
    by = defaultdict(list)
    for it in items:
        by[key(it)].append(it)
    classes = sorted(by)
    for c in classes:
        rng.shuffle(by[c])
    rng.shuffle(classes)
    out = []
    while any(by.values()):
        for c in classes:
            if by[c]:
                out.append(by[c].pop())
    return out


def build_pregunta(rng):
    "Todo hecho va a train con sus formulaciones de train; 40 hechos van además a test y 37 a validation."
    facts = qa_facts(read_json("hechos.json"))
    order = interleave(facts, lambda f: f["clase"], rng)
    held = {f["grupo"]: "test" for f in order[:N_TEST]}
    held.update({f["grupo"]: "validation" for f in order[N_TEST:N_TEST + N_VAL]})
    rows = {s: [] for s in SPLITS}
    for f in facts:
        chosen = [("train", ph) for ph in f["formulaciones"]["train"]]
        if f["grupo"] in held:
            chosen.append((held[f["grupo"]], f["formulaciones"][held[f["grupo"]]][0]))
        for split, (ph_id, q) in chosen:
            rows[split].append(dict(uso="pregunta", instruccion=q, respuesta=f["respuesta"], grupo=f["grupo"],
                                    hechos=f["hechos"], formulacion=ph_id))
    return rows, dict(hechos=len(facts), clases=dict(sorted(Counter(f["clase"].split(":")[0] for f in facts).items())))


# ---------------------------------------------------------------------------------------------------------------
# creativo
# ---------------------------------------------------------------------------------------------------------------

def parse_creative(text):
    "Temas de `creativos.txt`: [(palabra, sintagma, [(forma, texto)])]."
    themes = []
    for line in text.splitlines():
        if line.startswith("## "):
            word, phrase = (x.strip() for x in line[3:].split("|"))
            themes.append((word, phrase, []))
        elif line.startswith("# ") and themes:
            themes[-1][2].append((line[2:].strip(), []))
        elif themes and themes[-1][2] and line.strip():
            themes[-1][2][-1][1].append(line.strip())
    out = []
    for word, phrase, pieces in themes:
        out.append((word, phrase, [(forma, "\n".join(lines)) for forma, lines in pieces]))
    return out


def check_piece(word, forma, text):
    "Comprueba que una pieza cumple su propia rúbrica (tema presente, palabras y líneas en rango)."
    lo, hi, lmin, lmax = FORMS[forma]
    n_lines = len(text.split("\n"))
    assert has_word(word, text), f"«{word}» no aparece en la pieza: {text!r}"
    assert lo <= words(text) <= hi and lmin <= n_lines <= lmax, f"{forma} fuera de rango: {text!r}"


def build_creativo(rng):
    "Reparte los temas enteros: 10 a test, 9 a validation y el resto a train (cada pieza con dos peticiones)."
    themes = parse_creative((SRC / "creativos.txt").read_text(encoding="utf-8"))
    templates = read_json("plantillas.json")["creativo"]
    for word, _phrase, pieces in themes:
        assert sorted(f for f, _ in pieces) == sorted(FORMS), f"el tema «{word}» no tiene una pieza de cada forma"
        for forma, text in pieces:
            check_piece(word, forma, text)
    order = sorted(themes, key=lambda t: t[0])
    rng.shuffle(order)
    n_test, n_val = N_TEST // len(FORMS), N_VAL // len(FORMS)
    split_of = {t[0]: ("test" if i < n_test else "validation" if i < n_test + n_val else "train")
                for i, t in enumerate(order)}
    rows = {s: [] for s in SPLITS}
    for word, phrase, pieces in sorted(themes, key=lambda t: t[0]):
        split = split_of[word]
        for forma, text in pieces:
            k = TRAIN_PHRASINGS_CREATIVE if split == "train" else 1
            for tpl in rng.sample(templates[forma], k):
                lo, hi, lmin, lmax = FORMS[forma]
                rows[split].append(dict(uso="creativo", instruccion=contract(tpl.format(t=phrase)), respuesta=text,
                                        grupo="tema-" + slug(word), tema=word, forma=forma, min_palabras=lo,
                                        max_palabras=hi, min_lineas=lmin, max_lineas=lmax))
    return rows, dict(temas=len(themes), piezas=sum(len(p) for _, _, p in themes),
                      temas_por_split={s: sorted(w for w, sp in split_of.items() if sp == s) for s in SPLITS})


# ---------------------------------------------------------------------------------------------------------------
# continuar
# ---------------------------------------------------------------------------------------------------------------

_CAND = re.compile(r"(?<=[.!?…])[»”)\"]?( +)(?=[¿¡«\"(]?[A-ZÁÉÍÓÚÑÜ0-9])")


def sentences(text):
    "Parte `text` en frases: [(frase, separador que la sigue)]. Los saltos de línea siempre separan."
    out = []
    for line in text.split("\n"):
        if out:
            out[-1] = (out[-1][0], out[-1][1] + "\n")
        if not line.strip():
            continue
        start = 0
        for m in _CAND.finditer(line):
            prev = line[start:m.start(1)].split()
            last = prev[-1].rstrip(".").lower() if prev else ""
            if (last in ABBREVIATIONS or re.fullmatch(r"[a-záéíóúñ]", last)
                    or re.fullmatch(r"\d+[.)]", line[start:m.start(1)].strip())):   # abreviaturas y listas «1.»
                continue
            out.append((line[start:m.start(1)], " "))
            start = m.end(1)
        out.append((line[start:].rstrip(), ""))
    if out:
        out[-1] = (out[-1][0], "")
    return out


def continuation(text, rng):
    "(comienzo, continuación) de un documento, o None si no se puede cortar bien."
    sents = sentences(text)
    target = rng.randint(CONT_OPENING[0], 40)
    opening, k = "", 0
    while k < len(sents) and words(opening) < target:
        opening += sents[k][0] + sents[k][1]
        k += 1
    if k >= len(sents) or not CONT_OPENING[0] <= words(opening) <= CONT_OPENING[1]:
        return None
    m = rng.choice((1, 2))
    while m >= 1:
        part = sents[k:k + m]
        answer = "".join(s + sep for s, sep in part[:-1]) + part[-1][0] if len(part) == m else ""
        if answer and "\n" not in answer and MIN_WORDS_CONT <= words(answer) <= MAX_WORDS["continuar"]:
            break
        m -= 1
    if m == 0 or not re.search(r"[.!?…][»”)\"]?$", answer):
        return None
    opening = opening.strip()
    if UNSAFE_CONT.search(opening) or UNSAFE_CONT.search(answer) or not opening[-1] in ".!?…:»”)\"":
        return None
    return opening, answer.strip()


def read_jsonl(path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def family(doc):
    "Familia de un documento del corpus del curso (`gen-narr_dia-00012` → `gen-narr_dia`)."
    return doc.rsplit("-", 1)[0] if doc.startswith("gen-") else "-".join(doc.split("-")[:2])


def cont_candidates(split, rng):
    "Candidatos de `continuar` por fuente: {'curso': [...], 'debian': [...]} para un split."
    out = {"curso": [], "debian": []}
    for r in read_jsonl(ASSETS / "corpus" / f"{split}.jsonl"):
        cut = continuation(r["text"], rng)
        if cut:
            out["curso"].append(dict(cut=cut, doc=r["documento"], familia=family(r["documento"]),
                                     fuente="corpus del curso", licencia=CORPUS_LICENCE))
    deb = ASSETS / "corpus_debian" / f"{split}.jsonl.gz"
    if deb.exists():
        for r in read_jsonl(deb):
            cut = continuation(r["text"], rng)
            if cut:
                out["debian"].append(dict(cut=cut, doc=r["documento"], familia=r["fuente"],
                                          fuente=f"corpus_debian ({r['fuente']})", licencia=r["licencia"]))
    return out


def build_continuar(rng):
    "Comienzo de un documento → su continuación real; cada split sale del split homónimo del corpus."
    templates = read_json("plantillas.json")["continuar"]
    sizes = {"train": N_TRAIN_CONT, "validation": N_VAL, "test": N_TEST}
    rows = {s: [] for s in SPLITS}
    for split in SPLITS:
        cands = cont_candidates(split, rng)
        for src in cands:   # dos documentos con el mismo comienzo darían la misma petición: se queda el primero
            seen = set()
            cands[src] = [c for c in cands[src] if norm(c["cut"][0]) not in seen and not seen.add(norm(c["cut"][0]))]
        n_deb = round(sizes[split] * DEBIAN_SHARE) if cands["debian"] else 0
        picked = (interleave(cands["debian"], lambda c: c["familia"], rng)[:n_deb]
                  + interleave(cands["curso"], lambda c: c["familia"], rng)[:sizes[split] - n_deb])
        assert len(picked) == sizes[split], f"{split}: solo hay {len(picked)} documentos aptos para `continuar`"
        for c in sorted(picked, key=lambda c: c["doc"]):
            opening, answer = c["cut"]
            rows[split].append(dict(uso="continuar", instruccion=rng.choice(templates).format(inicio=opening),
                                    respuesta=answer, grupo="doc-" + c["doc"], referencia=answer,
                                    fuente=c["fuente"], licencia=c["licencia"]))
    return rows, {}


# ---------------------------------------------------------------------------------------------------------------
# traducir
# ---------------------------------------------------------------------------------------------------------------

def load_pairs():
    "Pares revisados de `traducciones.tsv`: [(es, en, traduccion)] sin los descartados, y recuento por estado."
    lines = (SRC / "traducciones.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    pairs, states = [], Counter()
    for line in lines[1:]:
        r = dict(zip(header, line.split("\t")))
        states[r["traduccion"]] += 1
        if r["traduccion"] == "descartada":
            continue
        assert r["traduccion"] in ("apertium", "apertium+revisada", "manual"), r
        assert max(words(r["es"]), words(r["en"])) <= MAX_WORDS["traducir"], r
        pairs.append((r["es"], r["en"], r["traduccion"]))
    return pairs, states


def build_traducir(rng):
    "Reparte las frases: 40 a test y 37 a validation (una dirección cada una, alternando); train, las dos."
    pairs, states = load_pairs()
    templates = read_json("plantillas.json")["traducir"]
    order = sorted(pairs)
    rng.shuffle(order)
    rows = {s: [] for s in SPLITS}
    for i, (es, en, how) in enumerate(order):
        split = "test" if i < N_TEST else "validation" if i < N_TEST + N_VAL else "train"
        dirs = ("es-en", "en-es") if split == "train" else (("es-en", "en-es")[i % 2],)
        for d in dirs:
            src, tgt = (es, en) if d == "es-en" else (en, es)
            tpls = [t for t in templates[d] if "«" not in t or src[-1] not in "?!"]
            tpl = rng.choice(tpls)   # entre comillas, sin el punto final: «¿Cómo se dice en inglés «Tengo frío»?»
            rows[split].append(dict(uso="traducir", instruccion=tpl.format(src=src.rstrip(".") if "«" in tpl else src),
                                    respuesta=tgt,
                                    grupo="frase-" + hashlib.sha1(es.encode()).hexdigest()[:10], direccion=d,
                                    referencia=tgt, traduccion=how))
    return rows, dict(frases=len(pairs), estados=dict(sorted(states.items())))


# ---------------------------------------------------------------------------------------------------------------
# Ensamblado, comprobaciones y escritura
# ---------------------------------------------------------------------------------------------------------------

def norm(text):
    return " ".join(text.lower().split())


def generate():
    "Devuelve ({split: filas}, info por uso)."
    splits, info = {s: [] for s in SPLITS}, {}
    for uso, fn in zip(USOS, (build_pregunta, build_creativo, build_continuar, build_traducir)):
        rows, info[uso] = fn(random.Random(f"{SEED}-{uso}"))
        for s in SPLITS:
            splits[s].extend(rows[s])
    seen = {}
    for s in SPLITS:   # sin duplicados: una instrucción aparece una sola vez en todo el conjunto
        kept = []
        for r in splits[s]:
            k = norm(r["instruccion"])
            if k in seen:
                assert seen[k] == s, f"instrucción en {seen[k]} y {s}: {r['instruccion']!r}"
                continue
            seen[k] = s
            kept.append(r)
        splits[s] = kept
    for s in SPLITS:
        for r in splits[s]:
            assert "###" not in r["instruccion"] + r["respuesta"], r
            if r["uso"] in MAX_WORDS:
                assert words(r["respuesta"]) <= MAX_WORDS[r["uso"]], r
        if s == "test":
            c = Counter(r["uso"] for r in splits[s])
            assert all(c[u] == N_TEST for u in USOS), c
    return splits, info


def make_stats(splits, info):
    "Recuentos para `stats.json` y la ficha."
    st = dict(semilla=SEED, filas={s: len(splits[s]) for s in SPLITS},
              por_uso={s: {u: sum(r["uso"] == u for r in splits[s]) for u in USOS} for s in SPLITS},
              grupos={s: {u: len({r["grupo"] for r in splits[s] if r["uso"] == u}) for u in USOS} for s in SPLITS},
              limites=dict(max_palabras=MAX_WORDS, formas_creativas={f: dict(zip(
                  ("min_palabras", "max_palabras", "min_lineas", "max_lineas"), v)) for f, v in FORMS.items()}))
    st["pregunta"] = info["pregunta"]
    st["creativo"] = info["creativo"]
    st["continuar"] = {s: dict(sorted(Counter(r["fuente"] for r in splits[s] if r["uso"] == "continuar").items()))
                       for s in SPLITS}
    st["continuar_licencias"] = dict(sorted({r["fuente"]: r["licencia"] for s in SPLITS for r in splits[s]
                                             if r["uso"] == "continuar"}.items()))
    st["traducir"] = dict(info["traducir"], direcciones={s: dict(sorted(Counter(
        r["direccion"] for r in splits[s] if r["uso"] == "traducir").items())) for s in SPLITS})
    st["palabras_respuesta"] = {u: dict(zip(("min", "media", "max"), _spread(
        [words(r["respuesta"]) for s in SPLITS for r in splits[s] if r["uso"] == u]))) for u in USOS}
    return st


def _spread(xs):
    return min(xs), round(sum(xs) / len(xs), 1), max(xs)


def _example(rows, uso):
    r = next(r for r in rows if r["uso"] == uso)
    return f"```text\n### Usuario:\n{r['instruccion']}\n### Asistente:\n{r['respuesta']}\n```\n"


def data_card(st, splits):
    "Ficha del conjunto en Markdown (español)."
    ap = read_json("apertium.json")
    tr = st["traducir"]
    est = tr["estados"]
    pu = st["por_uso"]
    rows_table = "\n".join(f"| `{u}` | " + " | ".join(str(pu[s][u]) for s in SPLITS) + f" | {sum(pu[s][u] for s in SPLITS)} |"
                           for u in USOS)
    totals = " | ".join(f"**{st['filas'][s]}**" for s in SPLITS) + f" | **{sum(st['filas'].values())}**"
    cont_lic = "\n".join(f"| {f} | {lic} |" for f, lic in st["continuar_licencias"].items())
    share = f"{DEBIAN_SHARE:.0%}".replace("%", " %")
    debian_note = (f"\nAdemás, un {share} de cada split sale de `finetune_course/assets/corpus_debian/` (documentación en "
                   "español de paquetes de Debian), también split con split y repartido por igual entre paquetes; "
                   "cada fila anota el paquete y su licencia.\n"
                   if any("corpus_debian" in f for f in st["continuar_licencias"]) else
                   "\n`corpus_debian` no existía cuando se generó esta versión, así que todas las filas de "
                   f"`continuar` salen del corpus del curso. Si existe, el generador toma de él un {share} de cada "
                   "split (split con split) y anota en cada fila el paquete y su licencia.\n")
    temas = st["creativo"]["temas_por_split"]
    return f"""# Conjunto `usos`: los cuatro usos de un LLM, para el ajuste por instrucciones

Pares instrucción → respuesta en español para el capítulo «Ajuste por instrucciones»: ajustar
`micro-llm-es` (unos 8 M de parámetros, contexto de 256 tokens) con SFT y comparar, antes y después, sus
respuestas en los **cuatro usos de un LLM** que presenta el curso:

| uso | qué pide | rúbrica automática |
|---|---|---|
| `pregunta` | responder una pregunta con un dato | el dato esperado (`hechos`) aparece en la respuesta |
| `creativo` | un poema, un microrrelato, tres eslóganes o una felicitación sobre un tema | la palabra `tema` aparece; palabras y líneas dentro de `min_/max_palabras` y `min_/max_lineas` |
| `continuar` | seguir el comienzo de un texto real | chrF frente a la continuación auténtica (`referencia`) |
| `traducir` | traducir una frase sencilla español ↔ inglés | chrF frente a la traducción revisada (`referencia`) |

Un modelo tan pequeño solo aprende respuestas cortas y muy regulares, así que las respuestas lo son:
`pregunta`, una frase de {MAX_WORDS['pregunta']} palabras como mucho; `continuar`, una o dos frases de
{MAX_WORDS['continuar']} como mucho; `traducir`, frases de {MAX_WORDS['traducir']} como mucho; `creativo`, de 3 a 6
líneas cortas o un párrafo de 30 a 70 palabras.

## Formato de entrenamiento

```text
### Usuario:
{{instruccion}}
### Asistente:
{{respuesta}}
```

El mismo formato que `scripts/make_instrucciones.py` (conjuntos `seguridad` y `tareas`). Ningún texto contiene `###`.
La pérdida se calcula solo sobre la respuesta.

## Campos

| campo | usos | contenido |
|---|---|---|
| `uso` | todos | `pregunta`, `creativo`, `continuar` o `traducir` |
| `instruccion` | todos | la petición del usuario, en español, con formulaciones variadas |
| `respuesta` | todos | la respuesta objetivo |
| `grupo` | todos | unidad de reparto: hecho (`pregunta`), tema (`creativo`), documento (`continuar`) o frase de origen (`traducir`) |
| `hechos` | `pregunta` | 1 o 2 cadenas cortas (un año, un nombre, una hora, un precio) que una respuesta correcta tiene que contener |
| `formulacion` | `pregunta` | identificador de la formulación de la pregunta |
| `tema`, `forma` | `creativo` | palabra que tiene que aparecer; `poema`, `microrrelato`, `eslogan` o `felicitacion` |
| `min_palabras`, `max_palabras`, `min_lineas`, `max_lineas` | `creativo` | longitud y formato pedidos |
| `referencia` | `continuar`, `traducir` | igual que `respuesta`; es la referencia del chrF |
| `fuente`, `licencia` | `continuar` | de qué corpus sale el documento y con qué licencia |
| `direccion` | `traducir` | `es-en` o `en-es` |
| `traduccion` | `traducir` | `apertium` (salida aceptada tal cual), `apertium+revisada` (corregida a mano) o `manual` (reescrita a mano) |

## Recuentos

| uso | train | validation | test | total |
|---|---|---|---|---|
{rows_table}
| **total** | {totals} |

## Cómo se hizo y cómo se reparte

Todo lo genera `scripts/make_usos.py` con la semilla `{SEED}` a partir de los ficheros de datos de
`scripts/usos_src/`. La división se hace por `grupo` y ninguna `instruccion` aparece en dos splits.

### `pregunta`

Una ficha de datos **inventados** (`scripts/usos_src/hechos.json`): {len(read_json('hechos.json')['empresas'])}
empresas ficticias (año de fundación, sede, fundador o fundadora, actividad, horario y plantilla), entre ellas
Banco Aurora y Telco Nube con los mismos datos que el conjunto `tareas` (app, horario de tarde, tarifas,
comisiones), {len(read_json('hechos.json')['pueblos'])} pueblos ficticios (río, habitantes, fiestas, plato típico) y
las capitales y monedas reales de los países de `scripts/corpus_src/facts.py`, que el corpus de preentrenamiento
ya cuenta. En total, {st['pregunta']['hechos']} hechos, cada uno con una respuesta de una frase.

**Aquí los grupos no son disjuntos, a propósito.** Un modelo no puede responder por un dato que nunca ha visto,
así que *todos* los hechos están en train, cada uno con tres formulaciones. Lo que se reserva son
**formulaciones**: cada atributo tiene una formulación que solo aparece en validation y otra que solo aparece en
test (p. ej. train pregunta «¿En qué año se fundó X?», test «¿En qué año nació la empresa X?»). Test pregunta por
{N_TEST} hechos y validation por otros {N_VAL}, con una formulación reservada cada uno. Así, test mide si el
modelo recupera un dato aprendido cuando se le pregunta con otras palabras, no si adivina datos nuevos.

### `creativo`

{st['creativo']['piezas']} piezas escritas a mano una a una (`scripts/usos_src/creativos.txt`) sobre
{st['creativo']['temas']} temas: por cada tema, un poema (3 a 6 versos), un microrrelato (30 a 70 palabras), tres
eslóganes (3 líneas) y una felicitación de cumpleaños (3 a 6 líneas), y la palabra del tema aparece en todas.
**División por tema**: los temas de test y de validation no aparecen en train. En train cada pieza aparece con
{TRAIN_PHRASINGS_CREATIVE} peticiones distintas; en validation y test, con una.

- test: {', '.join(temas['test'])}
- validation: {', '.join(temas['validation'])}

### `continuar`

Comienzos de documentos del corpus de preentrenamiento del curso (`finetune_course/assets/corpus/`) con su
continuación **real**: el comienzo son las primeras frases del documento ({CONT_OPENING[0]} a {CONT_OPENING[1]}
palabras) y la respuesta, la frase o las dos frases que siguen ({MIN_WORDS_CONT} a {MAX_WORDS['continuar']}
palabras, sin saltos de línea). **Cada split sale del split homónimo del corpus** (train de train, test de test):
así ningún texto que el preentrenamiento reservó para evaluar entra en el ajuste, y las familias de documentos de
test, que el corpus ya separa, no aparecen en train. Se descartan los documentos en formato de instrucciones y
los que no se pueden cortar limpiamente. `grupo` es el identificador del documento: disjunto entre splits.
{debian_note}
### `traducir`

{tr['frases']} frases sencillas en español (como mucho {MAX_WORDS['traducir']} palabras, vocabulario cotidiano)
escritas para el curso, traducidas al inglés con apertium y **revisadas a mano una a una**
(`scripts/usos_src/traducciones.tsv`, que guarda también la salida original de apertium):

| estado | frases |
|---|---|
| `apertium` (correcta tal cual) | {est.get('apertium', 0)} |
| `apertium+revisada` (corregida: preposiciones, artículos, falsos amigos, construcciones con «gustar»…) | {est.get('apertium+revisada', 0)} |
| `manual` (salida inservible, reescrita a mano) | {est.get('manual', 0)} |
| descartada | {est.get('descartada', 0)} |

Orden que se usó (tras `{ap['instalacion']}`; {ap['paquete']} {ap['version']}, {ap['motor']}):

```bash
{ap['orden']}
```

El generador no ejecuta apertium: lee los pares ya revisados. En la dirección `en-es` la frase de origen es la
traducción inglesa revisada y la referencia es la frase española original. **División por frase**: {N_TEST}
frases a test y {N_VAL} a validation (una dirección cada una, alternando: test tiene
{tr['direcciones']['test'].get('es-en', 0)} `es-en` y {tr['direcciones']['test'].get('en-es', 0)} `en-es`); en
train cada frase aparece en las dos direcciones.

## Ejemplos

{_example(splits['test'], 'pregunta')}
{_example(splits['test'], 'creativo')}
{_example(splits['test'], 'continuar')}
{_example(splits['test'], 'traducir')}
## Límites conocidos

- **Pequeño y regular.** Unos miles de pares, con fórmulas que se repiten a propósito: sirve para una clase, no
  para evaluar un modelo de verdad.
- **Datos inventados.** Las empresas, los pueblos, sus fundadores y sus cifras son ficticios; no sirven como
  información real. Las capitales y monedas sí son reales.
- **Traducciones de un sistema por reglas.** Revisadas una a una, pero en inglés británico y con alguna elección
  literal; chrF premia la coincidencia con una sola referencia, así que una traducción correcta distinta puntúa
  menos.
- **Género ambiguo en `en-es`.** El inglés no marca el género en *friend*, *cousin* o *teacher*; la referencia
  española elige uno («amiga», «prima»), así que chrF castiga la otra opción, igual de correcta.
- **Continuaciones de textos generados.** La mayoría del corpus del curso sale de una gramática con semilla: sus
  continuaciones son previsibles dentro de una familia, y test usa familias que train no contiene.

## Cómo regenerarlo

```bash
python scripts/make_usos.py          # reescribe esta carpeta, byte a byte
python -m pytest -q tests/test_usos.py
```

## Licencia

{CORPUS_LICENCE} para el texto del curso; las filas de `continuar` que salen de `corpus_debian` conservan la licencia
de su paquete (campo `licencia` de cada fila). Detalle en «Fuentes».

## Fuentes

| fuente | licencia |
|---|---|
| Texto original del curso: preguntas, respuestas, piezas creativas, frases en español y peticiones | {CORPUS_LICENCE} (Creative Commons Atribución 4.0), la misma que el resto de conjuntos de datos del curso |
| Corpus de preentrenamiento del curso (`finetune_course/assets/corpus`), origen de `continuar` | {CORPUS_LICENCE} |
| Traducciones al inglés de `traducir`: salida de `{ap['paquete']}` {ap['version']} (Debian), revisada a mano | el paquete es {ap['licencia']} según `{ap['copyright']}` ({ap['titulares']}). Aquí no se redistribuye ningún fichero del paquete, solo frases que produjo y que después se corrigieron a mano; la GPL cubre el programa y sus datos lingüísticos, no, en general, lo que el programa produce, así que las frases se publican con el resto del conjunto |

Licencia de cada fuente de `continuar` (campo `licencia` de cada fila). Las filas que salen de `corpus_debian`
conservan la licencia de su paquete (varias son *copyleft*: GPL, GFDL, CC BY-SA), no la {CORPUS_LICENCE} del resto;
quien redistribuya esas filas tiene que respetarla.

| fuente | licencia |
|---|---|
{cont_lic}
"""


def build(out_dir=None):
    "Genera el conjunto, escribe sus ficheros en `out_dir` (por defecto, `finetune_course/assets/usos/`) y devuelve `stats.json`."
    splits, info = generate()
    st = make_stats(splits, info)
    _kit.write_dataset(OUT if out_dir is None else out_dir, splits, None, st, data_card(st, splits), indent=1)
    return st


def main(argv=None):
    t0 = time.perf_counter()
    st = _kit.cli(build, OUT, "Genera el conjunto `usos` (instrucciones para los cuatro usos de un LLM).", argv)
    print(f"usos: {st['filas']} filas ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
