"""Conjunto externo de phishing (`assets/phishing/externo.jsonl`), escrito a mano fila a fila.

Sirve solo para la medición final de generalización: comprueba el formato, el tamaño,
el equilibrio de etiquetas, la cobertura por país, que no repite (ni casi repite) ningún
mensaje de train/validation/test del conjunto generado, que la ficha `externo.md` dice
los mismos recuentos que el fichero y que buena parte del phishing no lleva enlaces.
No importa torch: tarda unos segundos.
"""
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parents[1] / "finetune_course" / "assets" / "phishing"
SPLITS = ("train", "validation", "test")
FIELDS = ("text", "label", "pais", "canal", "tipo")
LABELS = {"phishing", "legitimo"}
N = 5            # tamaño de los n-gramas de caracteres
UMBRAL = 0.6     # Jaccard a partir del cual dos textos cuentan como casi duplicados
URL = re.compile(
    r"(https?://|www\.|bit\.ly/|\b[\w-]+(\.[\w-]+)*\.(com|net|org|info|site|top|xyz|online|app|shop|delivery"
    r"|cc|link|click|es|mx|ar|co|cl|pe|ve|uy|ec|bo|py|gt|cr|do|pa|sv|hn|us|gob|gov|ly)\b)", re.I)


def norm(t):
    "Minúsculas, sin tildes ni dígitos y con los espacios colapsados."
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"\d", "", t)).strip()


def grams(t, n=N):
    "Conjunto de n-gramas de caracteres de un texto ya normalizado."
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))}


def read_jsonl(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="module")
def rows():
    path = DIR / "externo.jsonl"
    assert path.exists(), f"falta {path}"
    return read_jsonl(path)


@pytest.fixture(scope="module")
def generated():
    "Textos de train/validation/test del conjunto generado."
    return [r["text"] for s in SPLITS for r in read_jsonl(DIR / f"{s}.jsonl")]


@pytest.fixture(scope="module")
def card():
    return (DIR / "externo.md").read_text(encoding="utf-8")


def test_schema(rows):
    assert len(rows) >= 250
    for i, r in enumerate(rows):
        for f in FIELDS:
            assert isinstance(r.get(f), str) and r[f].strip(), f"fila {i}: campo «{f}» vacío o ausente"
        assert r["label"] in LABELS, f"fila {i}: etiqueta {r['label']!r}"
        assert re.fullmatch(r"[A-Z]{2}", r["pais"]), f"fila {i}: país {r['pais']!r}"
        assert re.fullmatch(r"[a-z_]+", r["canal"]) and re.fullmatch(r"[a-z_]+", r["tipo"]), f"fila {i}"


def test_balance(rows):
    share = sum(r["label"] == "phishing" for r in rows) / len(rows)
    assert 0.45 <= share <= 0.55, share


def test_countries(rows):
    c = Counter(r["pais"] for r in rows)
    big = [p for p, n in c.items() if n >= 10]
    assert len(big) >= 8, c
    assert {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "UY", "EC"} <= set(c), c


def test_no_exact_duplicates(rows, generated):
    mine = [norm(r["text"]) for r in rows]
    dup = [t for t, n in Counter(mine).items() if n > 1]
    assert not dup, f"duplicados dentro del fichero: {dup[:3]}"
    other = {norm(t) for t in generated}
    clash = [t for t in mine if t in other]
    assert not clash, f"textos que ya están en train/validation/test: {clash[:3]}"


def test_no_near_duplicates(rows, generated):
    "Jaccard de 5-gramas < 0,6 frente a los splits generados y dentro del fichero (índice invertido)."
    mine = [grams(norm(r["text"])) for r in rows]
    index = defaultdict(list)                      # 5-grama -> filas externas que lo contienen
    for i, g in enumerate(mine):
        for x in g:
            index[x].append(i)
    bad = []
    others = [("generado", grams(norm(t))) for t in generated]
    others += [(f"externo:{j}", g) for j, g in enumerate(mine)]
    for name, g in others:
        hits = Counter(i for x in g for i in index.get(x, ()))
        for i, inter in hits.items():
            if name == f"externo:{i}" or (name.startswith("externo:") and int(name[8:]) < i):
                continue                           # cada par interno una sola vez, sin compararse consigo
            jac = inter / (len(mine[i]) + len(g) - inter)
            if jac >= UMBRAL:
                bad.append((round(jac, 3), name, rows[i]["text"][:60]))
    assert not bad, bad[:5]


def test_linkless_phishing(rows):
    phish = [r["text"] for r in rows if r["label"] == "phishing"]
    sin = sum(not URL.search(t) for t in phish)
    assert sin / len(phish) >= 0.30, (sin, len(phish))


def _table(card, heading):
    "Filas `| clave | n | ... |` de la tabla que sigue a `heading` en la ficha."
    part = card.split(heading, 1)[1].split("\n#", 1)[0]
    out = {}
    for line in part.splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 2 and all(c.isdigit() for c in cells[1:]):
            out[cells[0]] = [int(c) for c in cells[1:]]
    return out


def test_card_matches_file(rows, card):
    m = re.search(r"\*\*(\d+) filas\*\*", card)
    assert m and int(m.group(1)) == len(rows), "la ficha no dice el número de filas del fichero"
    for field, heading in [("label", "### Por etiqueta"), ("canal", "### Por canal"), ("tipo", "### Por tipo")]:
        got = {k: v[0] for k, v in _table(card, heading).items()}
        assert got == dict(Counter(r[field] for r in rows)), heading
    c = Counter((r["pais"], r["label"]) for r in rows)
    want = {p: [c[p, "phishing"] + c[p, "legitimo"], c[p, "phishing"], c[p, "legitimo"]]
            for p in {r["pais"] for r in rows}}
    assert _table(card, "### Por país") == want
