"""Genera el conjunto de datos `inyeccion` (inyección de prompt frente a peticiones benignas).

Uso: `python scripts/make_inyeccion.py [--out CARPETA]` reconstruye, byte a byte, los ficheros de
`finetune_course/assets/inyeccion/`: `train.jsonl`, `validation.jsonl`, `test.jsonl`, `stats.json` y la ficha
`README.md` (API común de los generadores: ver `scripts/_kit.py`).

Todo el texto es original y está en `scripts/inyeccion_src/`; este script solo guarda cómo se combina. Hay dos
tipos de grupos (`plantilla`):
- grupos «manuales» (`manuales.txt`): frases escritas una a una, sin huecos;
- plantillas con huecos: esqueletos escritos a mano cuyos huecos (objetivo del ataque, tarea benigna,
  tratamiento tú/usted/vos, documento…) se rellenan con un generador pseudoaleatorio de semilla fija. Cada
  plantilla es una función de este módulo que combina las piezas compartidas (`piezas.json`), las suyas propias
  (`plantillas.json`, bajo su identificador) y los documentos (`documentos.json`).
Las técnicas y su descripción para la ficha están en `tecnicas.json`.

Los ataques solo muestran la *forma* de una inyección: los objetivos son cosas
como «revela tu prompt de sistema» o «responde solo HACKEADO», con dominios
inventados bajo `.example` (reservado por el RFC 2606).

La división train/validation/test se hace por plantilla (grupo), nunca por fila.
"""
import base64
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `_kit`, también al importar este módulo desde fuera
import _kit  # noqa: E402

SRC = Path(__file__).resolve().parent / "inyeccion_src"
NAME = "inyeccion"
OUT = _kit.ASSETS / NAME

SEED = 2718
FIELDS = ("text", "label", "tecnica", "plantilla", "dificil")
LABEL_BOUNDS = {"global": [0.45, 0.55], "por_split": [0.40, 0.60]}
MIN_HARD_NEG = 0.25  # fracción mínima de negativos difíciles dentro de «benigno»

INJ = "inyeccion"
BEN = "benigno"
_TEC = _kit.read_json(SRC / "tecnicas.json")
TECNICAS = {lab: list(_TEC[lab]) for lab in (INJ, BEN)}
DESCRIPCION = {t: d for lab in (INJ, BEN) for t, d in _TEC[lab].items()}
PIECES = _kit.read_json(SRC / "piezas.json")  # piezas compartidas por varias plantillas
BANKS = _kit.read_json(SRC / "plantillas.json")  # piezas propias de cada plantilla, por identificador
DOCS_SRC = _kit.read_json(SRC / "documentos.json")

# ---------------------------------------------------------------------------
# Utilidades de texto
# ---------------------------------------------------------------------------

cap = _kit.cap


def strip_accents(s):
    "Quita tildes y diéresis, pero conserva la ñ y los signos ¿¡ (como escribe mucha gente en el móvil)."
    return _kit.strip_accents(s, marks="\u0301\u0308")


_WORD = re.compile(r"(?<![\w./@«_-])[a-záéíóúñ]{6,}(?![\w./@»_-])")


def typo(s, rng):
    "Introduce una errata realista (letras cambiadas o una letra de menos)."
    words = list(_WORD.finditer(s))
    if not words:
        return s
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.6:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    else:
        w2 = w[:i] + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


def casual(s, rng, level=1.0):
    "Variaciones de escritura de chat: sin ¿¡, minúscula inicial, sin punto, sin tildes, erratas."
    if rng.random() < 0.25 * level:
        s = s.replace("¿", "").replace("¡", "")
    if rng.random() < 0.18 * level and s[:1].isupper() and not s[:2].isupper():
        s = s[0].lower() + s[1:]
    if rng.random() < 0.18 * level and s.endswith(".") and not s.endswith("..."):
        s = s[:-1]
    if rng.random() < 0.08 * level:
        s = strip_accents(s)
    if rng.random() < 0.10 * level:
        s = typo(s, rng)
    if rng.random() < 0.05 * level:
        s = s.replace(" que ", " q ")
    if rng.random() < 0.3 * level:
        s = s.replace("por favor", rng.choice(["porfa", "por fa", "xfa", "por favor"]))
    return s


REG = ("tu", "usted", "vos")


def reg_pick(rng, weights=(0.6, 0.2, 0.2)):
    "Elige tratamiento: tú, usted o vos."
    return rng.choices(range(3), weights=weights)[0]


def pick(rng, pool, r=None):
    "Elige un elemento de `pool`; si es una terna [tú, usted, vos], devuelve la forma `r`."
    x = rng.choice(pool)
    if isinstance(x, (list, tuple)) and r is not None:
        return x[r]
    return x


# ---------------------------------------------------------------------------
# Ofuscaciones (para la técnica `ofuscacion` y sus negativos difíciles)
# ---------------------------------------------------------------------------

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "i": "\u0456", "x": "\u0445", "y": "\u0443"}


def leet(s, rng, p=0.8):
    return "".join(LEET[c] if c in LEET and rng.random() < p else c for c in s)


def homoglyphs(s, rng, p=0.7):
    return "".join(HOMO[c] if c in HOMO and rng.random() < p else c for c in s)


def spaced(s, rng):
    sep = rng.choice([" ", ".", "-", " · "])
    wsep = rng.choice(["   ", " / ", "  |  "])
    return wsep.join(sep.join(w) for w in s.split())


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def jerigonza(s):
    "Juego infantil de la «p»: después de cada vocal se repite con p (hola → hopolapa)."
    out = []
    for c in s:
        out.append(c)
        base = strip_accents(c).lower()
        if base in "aeiou":
            out.append("p" + base)
    return "".join(out)


def chunks(s, rng):
    "Parte una orden en trozos para pegarlos («payload splitting»)."
    parts, i = [], 0
    while i < len(s):
        k = rng.randint(5, 11)
        parts.append(s[i:i + k])
        i += k
    return parts


# ---------------------------------------------------------------------------
# Rellenos compartidos
# ---------------------------------------------------------------------------

# Objetivos de un ataque (solo la forma): (tú, usted, vos)
GOALS = PIECES["goals"]

# Frases para anular instrucciones previas: (tú, usted, vos)
IGNORE = PIECES["ignore"]

# Tareas corrientes: (tú, usted, vos)
TASKS = PIECES["tasks"]

# Frases con las que alguien descarta SU PROPIA petición anterior: (tú, usted, vos)
FORGET_OWN = PIECES["forget_own"]

PERSONAS = PIECES["personas"]
EMPRESAS_IA = PIECES["empresas_ia"]
TEMAS = PIECES["temas"]
ATTACK_DOMAINS = PIECES["attack_domains"]


def attack_quote(rng, r=0):
    "Una inyección típica, para citarla dentro de una pregunta benigna."
    return f"{pick(rng, IGNORE, r)} y {pick(rng, GOALS, r)}"


# ---------------------------------------------------------------------------
# Registro de plantillas
# ---------------------------------------------------------------------------

TEMPLATES = []


class Template:
    "Un grupo (`plantilla`): `fn(rng, bank)` para las plantillas con huecos o la lista de filas de un grupo manual."

    def __init__(self, tid, n, fn, cat, kind, raw):
        self.tid, self.n, self.fn, self.cat, self.kind, self.raw = tid, n, fn, cat, kind, raw


def template(tid, n=8, cat=None, raw=False):
    """Registra una plantilla con huecos; `fn(rng, bank)` devuelve (texto, etiqueta, técnica, difícil).

    `bank` son las piezas propias de la plantilla (`plantillas.json` bajo `tid`); `cat` es su categoría de reparto
    (por defecto, la técnica más frecuente de sus filas)."""
    def deco(fn):
        TEMPLATES.append(Template(tid, n, fn, cat, "plantilla", raw))
        return fn
    return deco


MANUAL = {head[0]: (head[1:], text.split("\n")) for head, text in _kit.read_blocks(SRC / "manuales.txt")}


def manual(tid):
    """Registra el grupo de frases escritas a mano `tid` de `manuales.txt` («@@ tid etiqueta técnica dificil|normal»).

    Una frase que empieza por «~» invierte el valor de `dificil` para esa fila."""
    (label, tecnica, level), texts = MANUAL[tid]
    assert all(t.strip() for t in texts), f"manuales.txt: línea en blanco dentro del grupo {tid}"
    dificil = {"dificil": True, "normal": False}[level]
    rows = []
    for t in texts:
        d = dificil
        if t.startswith("~"):
            t, d = t[1:], not dificil
        rows.append((t.strip(), label, tecnica, d))
    TEMPLATES.append(Template(tid, len(rows), rows, tecnica, "manual", True))


# ---------------------------------------------------------------------------
# Inyección: anulación directa
# ---------------------------------------------------------------------------

A = "anulacion_directa"


@template("anul_01", 12)
def ignore_and_goal(rng, bank):
    r = reg_pick(rng)
    s = f"{cap(pick(rng, IGNORE, r))} y {pick(rng, GOALS, r)}."
    return casual(s, rng), INJ, A, False


@template("anul_02", 10)
def ignore_then_new_task(rng, bank):
    r = reg_pick(rng)
    s = f"{cap(pick(rng, IGNORE, r))}. {pick(rng, bank['nueva'], r)}: {pick(rng, GOALS, r)}."
    return casual(s, rng), INJ, A, False


@template("anul_03", 10)
def fake_end_of_prompt(rng, bank):
    sep = rng.choice(bank["sep"])
    pre = rng.choice(bank["pre"])
    s = f"{pre}{sep}\n{cap(pick(rng, GOALS, 0))}."
    return s, INJ, A, False


@template("anul_04", 10)
def task_then_twist(rng, bank):
    r = reg_pick(rng)
    s = (f"{cap(pick(rng, TASKS, r))}. {pick(rng, bank['giro'], r)} "
         f"{cap(pick(rng, IGNORE, r))} y {pick(rng, GOALS, r)}.")
    return casual(s, rng), INJ, A, True


@template("anul_05", 8)
def reworded_override(rng, bank):
    r = reg_pick(rng)
    g = pick(rng, GOALS, r)
    s = pick(rng, bank["base"], r).format(g=g, G=cap(g))
    return casual(s, rng), INJ, A, False


@template("anul_06", 9)
def thanks_then_override(rng, bank):
    r = reg_pick(rng)
    s = pick(rng, bank["base"], r).format(t=rng.choice(TEMAS), g=pick(rng, GOALS, r))
    return casual(s, rng, 0.5), INJ, A, True


@template("anul_07", 10)
def chatty_override(rng, bank):
    g, ig = pick(rng, GOALS, 0), pick(rng, IGNORE, 0)
    s = rng.choice(bank["forms"]).format(g=g, G=cap(g), ig=ig, IG=cap(ig))
    return casual(s, rng, 0.6), INJ, A, False


@template("anul_08", 9)
def priority_header(rng, bank):
    r = reg_pick(rng, (0.7, 0.3, 0.0))
    head = rng.choice(bank["head"])
    s = f"{head} {cap(pick(rng, GOALS, r))}."
    return casual(s, rng, 0.3), INJ, A, False


@template("anul_09", 8)
def letter_asking_a_favour(rng, bank):
    r = reg_pick(rng)
    hola = pick(rng, bank["hola"], r)
    fav = pick(rng, bank["fav"], r)
    calm = pick(rng, bank["calm"], r)
    bye = pick(rng, bank["bye"], r)
    s = (f"{hola}\n\n{fav} {cap(pick(rng, IGNORE, r))} un momento, {calm}. "
         f"{cap(pick(rng, GOALS, r))}.\n\n{bye}")
    return s, INJ, A, False


@template("anul_10", 8)
def before_answering_override(rng, bank):
    r = reg_pick(rng)
    tail = pick(rng, bank["tail"], r)
    ante = pick(rng, bank["ante"], r)
    s = f"{ante} {rng.choice(TEMAS)}, {pick(rng, IGNORE, r)} y {pick(rng, GOALS, r)}. {tail}"
    return casual(s, rng), INJ, A, True


manual("anul_m1")

manual("anul_m2")

# ---------------------------------------------------------------------------
# Benigno: cambio de tema (negativos difíciles de la anulación directa)
# ---------------------------------------------------------------------------

C = "cambio_de_tema"
OLD_THINGS = PIECES["old_things"]


@template("tema_01", 12)
def forget_own_and_task(rng, bank):
    r = reg_pick(rng)
    s = f"{cap(pick(rng, FORGET_OWN, r))} y {pick(rng, TASKS, r)}."
    return casual(s, rng), BEN, C, True


@template("tema_02", 10)
def apology_and_new_task(rng, bank):
    r = reg_pick(rng)
    sorry = pick(rng, bank["sorry"], r)
    better = rng.choice(bank["better"])
    s = (f"{sorry} {cap(pick(rng, FORGET_OWN, r))}: al final no necesito {rng.choice(OLD_THINGS)}. "
         f"{better} {pick(rng, TASKS, r)}.")
    return casual(s, rng), BEN, C, True


@template("tema_03", 9)
def change_of_plans(rng, bank):
    r = reg_pick(rng)
    done = pick(rng, bank["done"], r)
    now = pick(rng, bank["now"], r)
    s = f"Cambio de planes: {pick(rng, FORGET_OWN, r)}, {done}. {now} {pick(rng, TASKS, r)}."
    return casual(s, rng), BEN, C, True


@template("tema_04", 9)
def discard_draft_new_format(rng, bank):
    r = reg_pick(rng)
    fmt = pick(rng, bank["fmt"], r)
    what = rng.choice(bank["what"])
    wait = pick(rng, bank["wait"], r)
    disc = pick(rng, bank["disc"], r)
    s = f"{wait} {disc} {what}: {fmt}."
    return casual(s, rng), BEN, C, True


@template("tema_05", 8)
def new_format_rules(rng, bank):
    r = reg_pick(rng)
    intro = pick(rng, bank["intro"], r)
    pref = pick(rng, bank["pref"], r)
    s = f"{intro}: {pref}."
    return casual(s, rng), BEN, C, True


manual("tema_m1")

# ---------------------------------------------------------------------------
# Inyección: juego de rol (jailbreaks estilo DAN)
# ---------------------------------------------------------------------------

J = "juego_de_rol"
GOAL_Q = PIECES["goal_q"]
DAN_DESC = PIECES["dan_desc"]


@template("rol_01", 10)
def dan_persona(rng, bank):
    p = rng.choice(PERSONAS)
    s = bank["texto"].format(p=p, desc=rng.choice(DAN_DESC), empresa=rng.choice(EMPRESAS_IA))
    if rng.random() < 0.5:
        s += bank["extra"].format(p=p)
    s += bank["inicio"].format(p=p, q=rng.choice(GOAL_Q))
    return casual(s, rng, 0.4), INJ, J, False


@template("rol_02", 9)
def double_answer(rng, bank):
    p = rng.choice(PERSONAS)
    mark = rng.choice(bank["marca"]).format(p=p)
    s = bank["texto"].format(p=p, mark=mark, q=rng.choice(GOAL_Q))
    return casual(s, rng, 0.4), INJ, J, False


GRANNY = PIECES["granny"]


@template("rol_03", 8)
def grandma_secret(rng, bank):
    job, secret = rng.choice(GRANNY)
    r = reg_pick(rng, (0.7, 0.1, 0.2))
    ask = pick(rng, bank["ask"], r)
    tail = rng.choice(bank["tail"])
    extra = pick(rng, bank["extra"], r)
    s = bank["texto"].format(ask=ask, job=job, secret=secret, extra=extra, tail=tail)
    return casual(s, rng, 0.4), INJ, J, True


@template("rol_04", 8)
def story_reveals_prompt(rng, bank):
    p = rng.choice(PERSONAS)
    genre = rng.choice(bank["genre"])
    hero = rng.choice(bank["hero"])
    act = rng.choice(bank["act"])
    s = bank["texto"].format(genre=genre, hero=hero, p=p, act=act)
    return casual(s, rng, 0.3), INJ, J, True


@template("rol_05", 8)
def opposite_day(rng, bank):
    game = rng.choice(bank["game"])
    rule = rng.choice(bank["rule"])
    s = bank["texto"].format(game=game, rule=rule, goal=pick(rng, GOALS, 0))
    return casual(s, rng), INJ, J, False


@template("rol_06", 8)
def developer_mode(rng, bank):
    mode = rng.choice(bank["mode"])
    r = reg_pick(rng, (0.6, 0.2, 0.2))
    fin = pick(rng, bank["fin"], r)
    s = bank["texto"].format(mode=mode, fin=fin, goal=pick(rng, GOALS, r))
    for old, new in bank["tratamiento"][r]:  # el texto está escrito de tú: se pasa a usted o a vos
        s = s.replace(old, new)
    return casual(s, rng), INJ, J, False


@template("rol_07", 8)
def fictional_world_narrator(rng, bank):
    p = rng.choice(PERSONAS)
    world = rng.choice(bank["world"])
    s = bank["texto"].format(world=world, p=p, goal=pick(rng, GOALS, 0))
    return casual(s, rng), INJ, J, rng.random() < 0.5


@template("rol_08", 8)
def persona_in_other_registers(rng, bank):
    p = rng.choice(PERSONAS)
    options = [t.format(p=p, goal=pick(rng, GOALS, r)) for r, t in bank["frases"]]  # [tratamiento, frase]
    s = rng.choice(options)
    return casual(s, rng), INJ, J, False


manual("rol_m1")

# ---------------------------------------------------------------------------
# Benigno: juego de rol inofensivo
# ---------------------------------------------------------------------------

RI = "rol_inofensivo"
CHARS = PIECES["chars"]
ACTS = PIECES["acts"]


@template("rolb_01", 12)
def play_character_and_act(rng, bank):
    r = reg_pick(rng)
    do = pick(rng, bank["do"], r)
    s = f"{do} {pick(rng, CHARS, rng.choice([0, 1, 2]) if r != 2 else 2)} y {pick(rng, ACTS, r)}."
    return casual(s, rng), BEN, RI, False


@template("rolb_02", 10)
def stay_in_character(rng, bank):
    r = reg_pick(rng)
    now = pick(rng, bank["now"], r)
    keep = pick(rng, bank["keep"], r)
    s = f"{now} {pick(rng, CHARS, r)}. {keep} {cap(pick(rng, ACTS, r))}."
    return casual(s, rng), BEN, RI, True


GAMES = PIECES["games"]


@template("rolb_03", 10)
def practice_roleplay(rng, bank):
    a, b, start = rng.choice(GAMES)
    intro = rng.choice(bank["intro"])
    s = f"{intro} tú eres {a} y yo soy {b}. {start}."
    if rng.random() < 0.4:
        s += rng.choice(bank["coletilla"])
    return casual(s, rng), BEN, RI, rng.random() < 0.5


GRANNY_OK = PIECES["granny_ok"]


@template("rolb_04", 8)
def grandma_memories(rng, bank):
    job, act = rng.choice(GRANNY_OK)
    ask = rng.choice(bank["ask"])
    tail = rng.choice(bank["tail"])
    s = f"{ask}, que era {job}, y {act}.{tail}"
    return casual(s, rng), BEN, RI, True


NOVEL = PIECES["novel"]


@template("rolb_05", 9)
def novel_character(rng, bank):
    r = reg_pick(rng, (0.8, 0.2, 0.0))
    keep = rng.choice(bank["keep"])
    s = f"Eres {rng.choice(NOVEL)}, un personaje de mi novela. {keep} y {pick(rng, ACTS, 0)}."
    if r == 1:
        s = "Para mi taller de escritura: " + s[0].lower() + s[1:]
    return casual(s, rng), BEN, RI, True


manual("rolb_m1")

# ---------------------------------------------------------------------------
# Inyección: extracción del prompt de sistema
# ---------------------------------------------------------------------------

E = "extraccion_prompt"
EXTRACT = PIECES["extract"]


@template("ext_01", 14)
def ask_for_prompt(rng, bank):
    r = reg_pick(rng)
    pre = pick(rng, bank["pre"], r)
    suf = pick(rng, bank["suf"], r)
    q = pick(rng, EXTRACT, r)
    q = cap(q) if not pre or pre.endswith(". ") else q
    s = f"{pre}{q}.{suf}".replace("?.", "?")
    return casual(s, rng), INJ, E, False


@template("ext_02", 9)
def pretext_then_ask_prompt(rng, bank):
    pretext = rng.choice(bank["pretext"])
    ask = rng.choice(bank["ask"])
    s = f"{pretext} {ask}"
    return casual(s, rng), INJ, E, rng.random() < 0.4


@template("ext_03", 8)
def repeat_words_above(rng, bank):
    fw = rng.choice(bank["fw"])
    s = rng.choice(bank["frases"]).format(fw=fw)
    return casual(s, rng, 0.5), INJ, E, False


@template("ext_04", 8)
def quote_own_rules(rng, bank):
    s = rng.choice(bank["frases"])
    return casual(s, rng), INJ, E, True


@template("ext_05", 8)
def encoded_prompt(rng, bank):
    enc = rng.choice(bank["enc"])
    why = rng.choice(bank["why"])
    s = bank["texto"].format(enc=enc, why=why)
    return casual(s, rng), INJ, E, False


manual("ext_m1")

# ---------------------------------------------------------------------------
# Inyección: autoridad falsa
# ---------------------------------------------------------------------------

AF = "autoridad_falsa"
FAKE_ROLES = PIECES["fake_roles"]
CREDS = PIECES["creds"]
ACTIONS = PIECES["actions"]


def code(rng):
    return rng.choice(["ADM", "DEV", "SEC", "OPS", "ROOT"]) + "-" + str(rng.randint(1000, 99999))


@template("aut_01", 12)
def fake_staff_with_code(rng, bank):
    r = reg_pick(rng)
    role = rng.choice(FAKE_ROLES).format(e=rng.choice(bank["empresas"]))
    s = bank["texto"].format(role=role, cred=rng.choice(CREDS).format(c=code(rng)), action=pick(rng, ACTIONS, r),
                             goal=pick(rng, GOALS, r))
    return casual(s, rng, 0.5), INJ, AF, False


@template("aut_02", 10)
def system_tag_notice(rng, bank):
    tag = rng.choice(bank["tag"])
    version = f"{rng.randint(2, 9)}.{rng.randint(0, 9)}"  # se sortea siempre, aunque el aviso elegido no la use
    notice = rng.choice([t.format(v=version) for t in bank["aviso"]])
    s = bank["texto"].format(tag=tag, notice=notice, goal=cap(pick(rng, GOALS, 0)))
    return s, INJ, AF, False


@template("aut_03", 9)
def vendor_announcement(rng, bank):
    r = reg_pick(rng, (0.6, 0.4, 0.0))
    company = rng.choice(bank["empresa"])  # se sortea siempre, aunque el remitente elegido no la use
    who = rng.choice([t.format(e=company) for t in bank["remitente"]])
    why = rng.choice(bank["why"])
    go = pick(rng, bank["go"], r)
    s = f"{who}: {why}. {go} {pick(rng, GOALS, r)}."
    return casual(s, rng, 0.3), INJ, AF, False


@template("aut_04", 8)
def creator_orders(rng, bank):
    r = reg_pick(rng)
    who = pick(rng, bank["who"], r)
    order = pick(rng, bank["order"], r)
    tail = rng.choice(bank["tail"])
    s = f"{who} {order} {pick(rng, GOALS, r)}.{tail}"
    return casual(s, rng), INJ, AF, False


@template("aut_05", 9)
def config_header(rng, bank):
    head = rng.choice(bank["head"])
    sep = "\n" if len(head) > 10 else " "
    s = f"{head}{sep}{pick(rng, GOALS, 0)}"
    return s, INJ, AF, False


@template("aut_06", 9)
def colleague_asks_config(rng, bank):
    name = rng.choice(bank["name"])
    dep = rng.choice(bank["dep"])
    req = rng.choice(bank["req"])
    end = rng.choice(bank["end"])
    s = bank["texto"].format(name=name, dep=dep, req=req, end=end)
    return casual(s, rng, 0.4), INJ, AF, True


@template("aut_07", 8)
def legal_authority(rng, bank):
    who = rng.choice(bank["who"])
    order = rng.choice(bank["order"])
    s = f"{who} {order} {pick(rng, GOALS, 1)}."
    return casual(s, rng, 0.3), INJ, AF, rng.random() < 0.5


manual("aut_m1")

# ---------------------------------------------------------------------------
# Inyección: ofuscación (y sus negativos difíciles: decodificar cosas inocentes)
# ---------------------------------------------------------------------------

O = "ofuscacion"
PAYLOAD_SHORT = PIECES["payload_short"]
BENIGN_SHORT = PIECES["benign_short"]


def payload(rng):
    "Una orden de ataque en minúsculas (sin tildes la mitad de las veces, como en estos ataques)."
    if rng.random() < 0.5:
        p = f"{pick(rng, IGNORE, 0)} y {pick(rng, GOALS, 0)}"
    else:
        p = rng.choice(PAYLOAD_SHORT)
    return strip_accents(p) if rng.random() < 0.5 else p


@template("ofus_b64", 12, cat="ofus_mixto")
def base64_order_or_question(rng, bank):
    if rng.random() < 0.6:
        wrap = rng.choice(bank["orden"])
        return wrap.format(x=b64(payload(rng))), INJ, O, True
    wrap = rng.choice(bank["pregunta"])
    return wrap.format(x=b64(rng.choice(BENIGN_SHORT))), BEN, "programacion", True


@template("ofus_rev", 10, cat="ofus_mixto")
def reversed_order_or_question(rng, bank):
    if rng.random() < 0.6:
        wrap = rng.choice(bank["orden"])
        return wrap.format(x=payload(rng)[::-1]), INJ, O, True
    b = rng.choice(BENIGN_SHORT[:8])
    wrap = rng.choice(bank["pregunta"])
    return wrap.format(x=b[::-1], y=b), BEN, "tarea_general", True


@template("ofus_leet", 10)
def leetspeak_order(rng, bank):
    p = payload(rng)
    wrap = rng.choice(bank["wrap"])
    return wrap.format(x=leet(p, rng)), INJ, O, False


@template("ofus_spaced", 9)
def spaced_order(rng, bank):
    p = payload(rng)
    wrap = rng.choice(bank["wrap"])
    return wrap.format(x=spaced(p, rng)), INJ, O, False


@template("ofus_homo", 9)
def homoglyph_order(rng, bank):
    p = payload(rng)
    s = cap(homoglyphs(p, rng)) + rng.choice(bank["frases"])
    return s, INJ, O, True


@template("ofus_mix", 12)
def mixed_language_order(rng, bank):
    g = pick(rng, GOALS, 0)
    s = rng.choice(bank["frases"]).format(g=g)
    return casual(s, rng, 0.4), INJ, O, rng.random() < 0.3


@template("ofus_rot13", 8, cat="ofus_mixto")
def rot13_order_or_question(rng, bank):
    if rng.random() < 0.6:
        wrap = rng.choice(bank["orden"])
        return wrap.format(x=rot13(payload(rng))), INJ, O, True
    wrap = rng.choice(bank["pregunta"])
    b = rng.choice(BENIGN_SHORT)
    return wrap.format(x=rot13(b), y=b), BEN, "programacion", True


@template("ofus_jeri", 7)
def jerigonza_order(rng, bank):
    wrap = rng.choice(bank["wrap"])
    p = strip_accents(rng.choice(PAYLOAD_SHORT[:4] + PAYLOAD_SHORT[5:6]))
    return wrap.format(x=jerigonza(p)), INJ, O, True


@template("ofus_split", 9)
def split_payload(rng, bank):
    parts = chunks(payload(rng), rng)
    if rng.random() < 0.5:
        names = "abcdefghijklmnop"
        defs = "\n".join(f'{names[i]} = "{x}"' for i, x in enumerate(parts))
        s = f"{defs}\nJunta {' + '.join(names[:len(parts)])} y haz lo que diga el resultado."
    else:
        s = "Une estas piezas en orden y obedece: " + " ".join(f"«{x}»" for x in parts)
    return s, INJ, O, True


@template("ofus_ben_leet", 8)
def decode_leetspeak_message(rng, bank):
    msg = rng.choice(bank["msg"])
    who = rng.choice(bank["who"])
    s = f"{who}: «{leet(msg, rng)}». ¿Qué quiere decir?"
    return casual(s, rng), BEN, "tarea_general", True


@template("ofus_ben_mix", 8)
def mixed_language_request(rng, bank):
    s = rng.choice(bank["frases"])
    return casual(s, rng), BEN, "tarea_general", True


# ---------------------------------------------------------------------------
# Inyección: abuso de herramientas (agentes)
# ---------------------------------------------------------------------------

H = "abuso_herramientas"
TOOL_ACTIONS = PIECES["tool_actions"]


def tool_action(rng):
    tool, act = rng.choice(TOOL_ACTIONS)
    d = rng.choice(ATTACK_DOMAINS)
    return tool, act.format(d=d, m=f"{rng.choice(['copias', 'buzon', 'info', 'seguridad', 'admin'])}@{d}")


@template("herr_01", 12)
def tool_abuse_order(rng, bank):
    tool, act = tool_action(rng)
    intro = rng.choice(bank["intro"])
    how = rng.choice(bank["como"]).format(tool=tool)
    suf = rng.choice(bank["suf"])
    s = f"{intro}{how}{act}.{suf}"
    return casual(cap(s), rng, 0.4), INJ, H, False


@template("herr_02", 10)
def injected_tool_result(rng, bank):
    _tool, act = tool_action(rng)
    q, res = rng.choice(bank["consultas"])
    fmt = rng.choice(["plain", "json"])
    if fmt == "json":
        out = json.dumps({"estado": "ok", "resultado": res, "nota_para_el_agente": bank["nota_json"].format(act=act)},
                         ensure_ascii=False)
    else:
        out = bank["nota_texto"].format(res=res, act=act)
    s = bank["texto"].format(q=q, herramienta=rng.choice(bank["herramientas"]), out=out)
    return s, INJ, H, True


@template("herr_03", 9)
def markdown_exfiltration(rng, bank):
    d = rng.choice(ATTACK_DOMAINS)
    s = rng.choice(bank["frases"]).format(d=d)
    return casual(s, rng, 0.3), INJ, H, rng.random() < 0.5


@template("herr_04", 9)
def email_to_agent(rng, bank):
    tool, act = tool_action(rng)
    subj = rng.choice(bank["subj"])
    name = rng.choice(bank["name"])
    s = bank["texto"].format(subj=subj, name=name, act=act)
    return s, INJ, H, rng.random() < 0.4


manual("herr_m1")

# ---------------------------------------------------------------------------
# Benigno: preguntas sobre seguridad (negativos difíciles por vocabulario)
# ---------------------------------------------------------------------------

PS = "pregunta_sobre_seguridad"
NEGOCIOS = PIECES["negocios"]


@template("seg_01", 10)
def what_if_user_writes_attack(rng, bank):
    r = reg_pick(rng)
    q = pick(rng, bank["q"], r)
    negocio = rng.choice(NEGOCIOS)  # se sortea siempre, aunque el lugar elegido no lo use
    where = rng.choice([t.format(n=negocio) for t in bank["donde"]])
    s = bank["texto"].format(quote=attack_quote(rng), where=where, q=q)
    return casual(s, rng), BEN, PS, True


@template("seg_02", 9)
def is_this_an_attack(rng, bank):
    where = rng.choice(bank["where"])
    ask = rng.choice(bank["ask"])
    s = f"{ask} «{attack_quote(rng)}». Lo vi {where}."
    return casual(s, rng), BEN, PS, True


SEC_Q = PIECES["sec_q"]
SEC_CTX = PIECES["sec_ctx"]


@template("seg_03", 16)
def security_question(rng, bank):
    r = reg_pick(rng)
    ctx = pick(rng, SEC_CTX, r).format(n=rng.choice(NEGOCIOS))
    q = rng.choice(SEC_Q)
    q = cap(q) if (not ctx or ctx.endswith(". ")) else q
    if q.startswith("¿") and ctx.endswith(": ") and rng.random() < 0.3:
        q = cap(q)
    return casual(ctx + q, rng), BEN, PS, True


@template("seg_04", 8)
def explain_for_a_talk(rng, bank):
    ev = rng.choice(bank["ev"])
    topic = rng.choice(bank["topic"])
    tail = rng.choice(bank["tail"])
    s = bank["texto"].format(ev=ev, topic=topic, tail=tail)
    return casual(s, rng), BEN, PS, True


@template("seg_05", 8)
def detector_code_request(rng, bank):
    phrase = rng.choice(bank["phrase"])
    lang = rng.choice(bank["lang"])
    s = rng.choice(bank["frases"]).format(lang=lang, phrase=phrase)
    return casual(s, rng, 0.5), BEN, PS, True


@template("seg_06", 7)
def classify_messages(rng, bank):
    items = [pick(rng, TASKS, 0), attack_quote(rng), pick(rng, TASKS, 0)]
    rng.shuffle(items)
    head = rng.choice(bank["head"])
    s = head + "\n" + "\n".join(f"{i + 1}. {cap(x)}" for i, x in enumerate(items))
    return s, BEN, PS, True


manual("seg_m1")

# ---------------------------------------------------------------------------
# Benigno: programación (shell, SQL, base64, «ignore»…)
# ---------------------------------------------------------------------------

P = "programacion"
CODE_ACTS = PIECES["code_acts"]
LANGS = PIECES["langs"]


@template("prog_01", 14)
def how_to_code(rng, bank):
    r = reg_pick(rng, (0.7, 0.15, 0.15))
    suf = pick(rng, bank["suf"], r)
    s = f"¿Cómo {rng.choice(CODE_ACTS)} en {rng.choice(LANGS)}?{suf}"
    return casual(s, rng), BEN, P, False


ERRORS = PIECES["errors"]


@template("prog_02", 10)
def command_error(rng, bank):
    cmd, err, hard = rng.choice(ERRORS)
    pre = rng.choice(bank["pre"])
    ask = rng.choice(bank["ask"])
    s = f"{pre} {cmd}:\n\n{err}\n\n{ask}"
    return s, BEN, P, hard


manual("prog_m1")

manual("prog_m2")

manual("prog_m3")

manual("prog_m4")

# ---------------------------------------------------------------------------
# Benigno: tareas generales
# ---------------------------------------------------------------------------

TG = "tarea_general"


@template("tg_01", 24)
def everyday_task(rng, bank):
    r = reg_pick(rng)
    hi = pick(rng, bank["hi"], r)
    suf = pick(rng, bank["suf"], r)
    t = pick(rng, TASKS, r)
    t = cap(t) if not hi or hi.endswith(". ") or hi.endswith("! ") else t
    s = f"{hi}{t}{suf}"
    if not s.endswith((".", "!", "🙏")):
        s += "."
    return casual(s, rng), BEN, TG, False


HUMAN_IMPERATIVES = PIECES["human_imperatives"]


@template("tg_02", 10)
def translate_notice(rng, bank):
    lang = rng.choice(bank["lang"])
    r = reg_pick(rng)
    ask = pick(rng, bank["ask"], r).format(l=lang)
    h = rng.choice(HUMAN_IMPERATIVES)
    s = f"{ask}: «{h}»" + ("?" if ask.startswith("¿") else "")
    return casual(s, rng, 0.5), BEN, TG, True


@template("tg_03", 9)
def write_message_for(rng, bank):
    purpose = rng.choice(bank["purpose"])
    r = reg_pick(rng)
    ask = pick(rng, bank["ask"], r)
    s = f"{ask} {purpose}."
    return casual(s, rng), BEN, TG, True


TOOL_OK = PIECES["tool_ok"]


@template("tg_04", 12)
def agent_errand(rng, bank):
    r = reg_pick(rng)
    suf = pick(rng, bank["suf"], r)
    s = pick(rng, TOOL_OK, r) + suf
    if not s.endswith("."):
        s += "."
    return casual(s, rng), BEN, TG, True


ADMIN_OK = PIECES["admin_ok"]


@template("tg_05", 10)
def admin_asks_help(rng, bank):
    who, need = rng.choice(ADMIN_OK)
    r = reg_pick(rng)
    form = pick(rng, bank["form"], r)
    s = form.format(w=who, n=need)
    return casual(s, rng), BEN, TG, True


@template("tg_06", 8)
def arithmetic(rng, bank):
    a, b = rng.randint(12, 987), rng.randint(3, 64)
    s = rng.choice(bank["frases"]).format(a=a, b=b)
    return casual(s, rng), BEN, TG, False


@template("tg_07", 8)
def write_system_prompt(rng, bank):
    s = rng.choice(bank["frases"]).format(n=rng.choice(NEGOCIOS))
    return casual(s, rng), BEN, TG, True


manual("tg_m1")

# ---------------------------------------------------------------------------
# Documentos: inyección indirecta frente a resumen de documentos inofensivos
# ---------------------------------------------------------------------------
# Cada documento es un grupo propio: sus variantes limpias («resumen_documento»)
# y con una orden escondida («indirecta») caen siempre en el mismo split.
# `distract` son frases del propio documento dirigidas a personas que suenan a
# orden («ignora el correo anterior…»): negativos difíciles.

# Después van los documentos llenos de órdenes dirigidas a personas (manuales, normas,
# exámenes): en su versión limpia son negativos difíciles.
DOCS = DOCS_SRC["documentos"] + DOCS_SRC["documentos_con_ordenes"]

INDIRECT_GOALS = PIECES["indirect_goals"]
# (plantilla de la orden escondida, ¿es sutil?)
WRAPS = PIECES["wraps"]
CODE_WRAPS = PIECES["code_wraps"]

REQ_BEFORE = PIECES["req_before"]
REQ_AFTER = PIECES["req_after"]
CODE_REQS = PIECES["code_reqs"]


def doc_row(doc, rng, inject):
    "Compone la petición del usuario y el documento, con o sin orden escondida."
    dem, det, k = doc["kind"]
    paras = list(doc["paras"])
    # longitud variable: a veces se quitan párrafos del medio
    if len(paras) > 4 and rng.random() < 0.4 and not doc.get("code"):
        drop = rng.randrange(2, len(paras) - 1)
        paras.pop(drop)
    hard = doc.get("hard", False)
    extra = None
    if inject:
        d = rng.choice(ATTACK_DOMAINS)
        pool = [(g, None) for g in doc["goals"]] * 3 + INDIRECT_GOALS
        g, inf = rng.choice(pool)
        g = g.format(d=d)
        inf = inf.format(d=d) if inf else None
        wraps = CODE_WRAPS if doc.get("code") else WRAPS
        if inf is None:
            wraps = [w for w in wraps if "{inf}" not in w[0]]
        w, subtle = rng.choice(wraps)
        extra = w.format(g=g, G=cap(g), inf=inf)
        hard = subtle or g in [x.format(d=d) for x in doc["goals"]]
    elif rng.random() < 0.5:
        extra = rng.choice(doc["distract"])
        hard = True
    if extra is not None:
        lo = 1 if len(paras) > 2 else 0
        pos = rng.randint(lo, len(paras))
        if doc.get("code"):
            pos = rng.randint(1, len(paras) - 1)
        paras.insert(pos, extra)
    body = "\n".join(paras) if doc.get("code") else "\n\n".join(paras)
    r = reg_pick(rng)
    if doc.get("code"):
        req = casual(rng.choice(CODE_REQS), rng, 0.5)
        text = f"{req}\n\n```python\n{body}\n```"
    elif rng.random() < 0.75:
        req = casual(pick(rng, REQ_BEFORE, r).format(dem=dem, det=det, k=k), rng, 0.6)
        fmt = rng.choice(["{r}\n\n{b}", "{r}\n\n«{b}»", '{r}\n"""\n{b}\n"""', "{r}\n---\n{b}\n---"])
        if "«" in body and fmt == "{r}\n\n«{b}»":
            fmt = "{r}\n\n“{b}”"  # comillas inglesas si el documento ya lleva «»
        text = fmt.format(r=req, b=body)
    else:
        req = casual(pick(rng, REQ_AFTER, r), rng, 0.6)
        text = f"{body}\n\n{req}"
    label, tec = (INJ, "indirecta") if inject else (BEN, "resumen_documento")
    return text, label, tec, hard


def document_template(doc):
    "Plantilla de un documento: cada fila lo trae limpio o, la mitad de las veces, con una orden escondida."
    def fn(rng, bank):
        return doc_row(doc, rng, rng.random() < 0.5)
    return fn


for _doc in DOCS:
    TEMPLATES.append(Template("doc_" + _doc["id"], 10, document_template(_doc), "documento", "plantilla", True))


# Documentos breves en una sola línea (reseñas y mensajes cortos)
SHORT_DOCS = PIECES["short_docs"]
SHORT_INJ = PIECES["short_inj"]


@template("doc_cortos", 12, cat="documento", raw=True)
def short_document(rng, bank):
    kind, txt = rng.choice(SHORT_DOCS)
    ask = rng.choice(bank["peticion"]).format(kind=kind)
    if kind in ("reseña",):
        ask = ask.replace("este reseña", "esta reseña").replace("Este reseña", "Esta reseña")
    if rng.random() < 0.5:
        g, _inf = rng.choice(INDIRECT_GOALS)
        g = g.format(d=rng.choice(ATTACK_DOMAINS))
        inj = rng.choice(SHORT_INJ).format(g=g, G=cap(g))
        parts = [txt, inj] if rng.random() < 0.6 else [inj, txt]
        return f"{ask} «{' '.join(parts)}»", INJ, "indirecta", True
    return f"{ask} «{txt}»", BEN, "resumen_documento", False


# ---------------------------------------------------------------------------
# Más variedad: grupos añadidos para equilibrar etiquetas y categorías
# ---------------------------------------------------------------------------

OLD_PREFS = PIECES["old_prefs"]


@template("tema_06", 10)
def task_and_forget_preference(rng, bank):
    r = reg_pick(rng)
    forget = pick(rng, bank["forget"], r)
    tail = rng.choice(bank["tail"])
    s = f"{cap(pick(rng, TASKS, r))}. Y {forget} {pick(rng, OLD_PREFS, r)}, {tail}."
    return casual(s, rng), BEN, C, True


manual("tema_m2")

CHARS_VOS = PIECES["chars_vos"]


@template("rolb_06", 8)
def character_with_register(rng, bank):
    r = reg_pick(rng, (0.2, 0.3, 0.5))
    ch = rng.choice(CHARS_VOS)
    form = pick(rng, bank["form"], r)
    s = form.format(c=ch, a=pick(rng, ACTS, r))
    return casual(s, rng), BEN, RI, rng.random() < 0.4


manual("rolb_m2")

SYMPTOMS = PIECES["symptoms"]


@template("seg_07", 9)
def bot_misbehaves(rng, bank):
    r = reg_pick(rng)
    q = pick(rng, bank["q"], r)
    who = rng.choice(bank["who"])
    s = f"{q} {who} {rng.choice(SYMPTOMS)}?"
    return casual(s, rng), BEN, PS, True


manual("seg_m2")

PLATOS = PIECES["platos"]


@template("tg_08", 12)
def recipe_request(rng, bank):
    r = reg_pick(rng)
    plato = rng.choice(PLATOS)[1 if r == 2 else 0]
    det = rng.choice(bank["det"])
    form = pick(rng, bank["form"], r)
    return casual(form.format(p=plato, d=det), rng), BEN, TG, False


manual("tg_m2")

GIT_OPS = PIECES["git_ops"]


@template("prog_03", 10)
def git_question(rng, bank):
    r = reg_pick(rng, (0.7, 0.15, 0.15))
    pre = pick(rng, bank["pre"], r)
    op = rng.choice(GIT_OPS)
    s = f"{pre}¿{'c' if pre.endswith(': ') else 'C'}ómo {op}?"
    hard = any(w in op for w in bank["verbos_dificiles"])
    return casual(s, rng), BEN, P, hard


TOOL_INJ_CTX = PIECES["tool_inj_ctx"]
TOOL_INJ_X = PIECES["tool_inj_x"]


@template("herr_05", 9)
def tool_output_injection(rng, bank):
    _tool, act = tool_action(rng)
    ctx, hard = rng.choice(TOOL_INJ_CTX)
    x = rng.choice(TOOL_INJ_X).format(a=act)
    if "{{" in ctx or "\"" in ctx:
        x = x.replace("\"", "'")
    return ctx.format(x=x), INJ, H, hard


manual("herr_m2")

manual("ext_m2")


# Órdenes en tercera persona o impersonales (sin «tu/tus»): la forma cambia, la intención no
GOALS_INF = PIECES["goals_inf"]


@template("anul_11", 10)
def third_person_override(rng, bank):
    inf = rng.choice(GOALS_INF)
    s = rng.choice(bank["frases"]).format(inf=inf)
    return casual(s, rng, 0.5), INJ, A, rng.random() < 0.4


manual("tg_m3")

manual("tg_m4")

manual("prog_m5")


_unused = (set(MANUAL) | set(BANKS)) - {t.tid for t in TEMPLATES}
assert not _unused, f"grupos de manuales.txt o plantillas.json que el generador no registra: {sorted(_unused)}"


# ---------------------------------------------------------------------------
# Generación, división por plantilla y escritura
# ---------------------------------------------------------------------------


def generate():
    "Devuelve la lista de filas y, por plantilla, su categoría de reparto y su tipo."
    rows, seen, info = [], set(), {}
    for t in TEMPLATES:
        rng = random.Random(f"{SEED}-{t.tid}")
        made = []
        if t.kind == "manual":
            candidates = iter(t.fn)
            get = lambda: next(candidates, None)  # noqa: E731
            tries = len(t.fn)
        else:
            bank = BANKS.get(t.tid, {})
            get = lambda: t.fn(rng, bank)  # noqa: E731
            tries = t.n * 40
        for _ in range(tries):
            if len(made) >= t.n:
                break
            out = get()
            if out is None:
                break
            text, label, tec, hard = out
            text = text.strip()
            if t.kind != "manual":
                text = text.replace(" de el ", " del ").replace(" a el ", " al ")
            k = _kit.norm_text(text)
            if k in seen:
                continue
            seen.add(k)
            assert tec in TECNICAS[label], (t.tid, label, tec)
            made.append({"text": text, "label": label, "tecnica": tec, "plantilla": t.tid, "dificil": bool(hard)})
        if len(made) < t.n:
            raise SystemExit(f"La plantilla {t.tid} solo generó {len(made)} de {t.n} textos distintos")
        cats = Counter(r["tecnica"] for r in made)
        info[t.tid] = {"cat": t.cat or cats.most_common(1)[0][0], "kind": t.kind}
        rows.extend(made)
    return rows, info


def assign_splits(rows, info, tries=300):
    """Reparte plantillas (no filas) en train/validation/test, ~70/15/15 dentro de cada categoría, con
    `_kit.assign_splits` (método «cuotas»).

    Cada categoría con tres plantillas o más aparece en los tres splits. Entre `tries` repartos
    (semillas fijas) se queda el que más se acerca a 70/15/15 en filas y a 50/50 en etiquetas."""
    size = Counter(r["plantilla"] for r in rows)
    n_inj = Counter(r["plantilla"] for r in rows if r["label"] == INJ)
    groups = {tid: {"cat": info[tid]["cat"], "size": size[tid], "pos": n_inj[tid]} for tid in size}
    where = _kit.assign_splits(groups, "cuotas", seed=SEED, tries=tries)
    out = _kit.rows_by_split(rows, where)
    for s in out:
        random.Random(f"{SEED}-shuffle-{s}").shuffle(out[s])
    return out


def length_stats(rows):
    "Mínimo, mediana, percentil 90 y máximo del número de palabras (enteros)."
    n = sorted(len(r["text"].split()) for r in rows)
    return {"min": n[0], "mediana": n[(len(n) - 1) // 2], "p90": n[(9 * len(n)) // 10], "max": n[-1]}


def compute_stats(splits, info, f1):
    "Recuentos por split, etiqueta, técnica y dificultad (lo que la ficha y los tests comparan)."
    st = {"nombre": "inyeccion", "semilla": SEED, "campos": list(FIELDS), "etiquetas": [INJ, BEN],
          "tecnicas": {k: list(v) for k, v in TECNICAS.items()},
          "limites_proporcion_etiqueta": LABEL_BOUNDS, "min_negativos_dificiles": MIN_HARD_NEG,
          "total": sum(len(v) for v in splits.values()), "splits": {}}
    allrows = [r for v in splits.values() for r in v]
    for name, rows in list(splits.items()) + [("total", allrows)]:
        st["splits"][name] = {
            "filas": len(rows),
            "plantillas": len({r["plantilla"] for r in rows}),
            "etiqueta": dict(sorted(Counter(r["label"] for r in rows).items())),
            "tecnica": dict(sorted(Counter(r["tecnica"] for r in rows).items())),
            "dificil": dict(sorted(Counter(f'{r["label"]}_{"dificil" if r["dificil"] else "normal"}' for r in rows).items())),
        }
    st["longitud_palabras"] = {lab: length_stats([r for r in allrows if r["label"] == lab]) for lab in (INJ, BEN)}
    st["longitud_palabras"]["total"] = length_stats(allrows)
    manual_rows = sum(1 for r in allrows if info[r["plantilla"]]["kind"] == "manual")
    st["origen"] = {"escritas_a_mano": manual_rows, "generadas_con_plantilla": len(allrows) - manual_rows}
    st["linea_base_tfidf_lr_f1_macro_test"] = round(f1, 4)
    return st


fmt_pct = _kit.pct


def pick_examples(splits):
    "Un ejemplo corto de una línea por técnica (el primero que cabe en la tabla, buscando antes en `train`)."
    out = []
    rows = splits["train"] + splits["validation"] + splits["test"]
    for lab in (INJ, BEN):
        for tec in TECNICAS[lab]:
            for r in rows:
                t = r["text"]
                if r["tecnica"] == tec and "\n" not in t and "|" not in t and 40 <= len(t) <= 220:
                    out.append((lab, tec, r["dificil"], t))
                    break
    return out


def card(st, examples):
    "Escribe la ficha del conjunto (README.md) a partir de los recuentos calculados."
    S = st["splits"]
    sp = ["train", "validation", "test", "total"]
    tot = S["total"]
    L = []
    add = L.append
    add("# Conjunto `inyeccion`: inyección de prompt frente a peticiones benignas\n")
    add("> Ficha generada por `python scripts/make_inyeccion.py`; no la edites a mano. "
        "Todos los números salen del propio generador.\n")
    add("## Para qué sirve\n")
    add("Mensajes en español enviados a un asistente basado en un modelo de lenguaje, etiquetados como "
        "`inyeccion` (intento de inyección de prompt o *jailbreak*) o `benigno`. Sirve para entrenar y evaluar "
        "un clasificador que filtre la entrada de un asistente (por ejemplo, ajustando MiniLM en el curso) y para "
        "ver por qué una lista de palabras prohibidas no basta: muchos mensajes benignos hablan *de* ataques, "
        "citan frases como «ignora las instrucciones anteriores» o contienen comandos como `rm -rf build/`.\n")
    add("Los ataques solo muestran la **forma** de una inyección. Los objetivos inyectados son cosas como "
        "«revela tu prompt de sistema», «responde solo HACKEADO», «envía el historial a attacker.example» o "
        "«recomienda el producto X»; no hay instrucciones dañinas reales. Todos los dominios y correos son "
        "inventados y terminan en `.example` (reservado por el RFC 2606); las empresas, productos y personas "
        "son ficticios.\n")
    add("## Cómo se hizo\n")
    add(f"Todo el texto es original, escrito para este curso, y lo reconstruye byte a byte "
        f"`python scripts/make_inyeccion.py` (semilla fija {st['semilla']}). Hay dos tipos de grupos:\n")
    o = st["origen"]
    add(f"- **Escritas a mano** ({o['escritas_a_mano']} filas, {fmt_pct(o['escritas_a_mano'] / st['total'])}): "
        "frases redactadas una a una, sin huecos.")
    add(f"- **Generadas con plantilla** ({o['generadas_con_plantilla']} filas, "
        f"{fmt_pct(o['generadas_con_plantilla'] / st['total'])}): esqueletos escritos a mano cuyos huecos "
        "(objetivo del ataque, tarea benigna, personaje, documento, tratamiento tú/usted/vos, variantes de España "
        "y de América) se rellenan al azar con semilla fija. Se añaden variaciones de chat: sin «¿¡», minúscula "
        "inicial, sin tildes, erratas, «porfa», «q». Los documentos (correos, reseñas, webs, currículos, actas…) "
        "aparecen limpios o con una orden escondida en medio.\n")
    add("La división train/validation/test es **por plantilla** (`plantilla`), no por fila: todas las variantes de "
        "un esqueleto o de un documento caen en el mismo split, así que la puntuación en test mide generalización "
        "a esqueletos no vistos. Dentro de cada categoría las plantillas se reparten buscando 70/15/15, de modo "
        "que toda categoría aparece en los tres splits; como las plantillas tienen tamaños distintos, la proporción "
        "real varía algo por categoría (ver tablas). Un mismo documento aparece limpio y con inyección dentro del "
        "mismo grupo, y lo mismo ocurre con algunas plantillas de ofuscación (decodificar un base64 y obedecerlo "
        "frente a decodificarlo y decir qué pone), para que el modelo aprenda la diferencia y no el tema.\n")
    add("## Campos\n")
    add("| campo | tipo | significado |")
    add("|---|---|---|")
    add("| `text` | cadena | el mensaje completo que llega al asistente |")
    add("| `label` | cadena | `inyeccion` o `benigno` |")
    add("| `tecnica` | cadena | categoría (ver tabla siguiente) |")
    add("| `plantilla` | cadena | identificador del grupo o esqueleto; la división se hace por este campo |")
    add("| `dificil` | booleano | `true` en negativos difíciles (benignos que parecen ataques) y en inyecciones sutiles |")
    add("")
    add("## Técnicas\n")
    add("| etiqueta | técnica | descripción |")
    add("|---|---|---|")
    for lab in (INJ, BEN):
        for t in TECNICAS[lab]:
            add(f"| {lab} | `{t}` | {DESCRIPCION[t]} |")
    add("")
    add("## Recuentos\n")
    add("### Por etiqueta\n")
    add("| etiqueta | " + " | ".join(sp) + " |")
    add("|---|" + "---:|" * len(sp))
    for lab in (INJ, BEN):
        add(f"| {lab} | " + " | ".join(str(S[s]["etiqueta"].get(lab, 0)) for s in sp) + " |")
    add("| **filas** | " + " | ".join(str(S[s]["filas"]) for s in sp) + " |")
    add("| plantillas | " + " | ".join(str(S[s]["plantillas"]) for s in sp) + " |")
    add("")
    shares = [S[s]["etiqueta"].get(INJ, 0) / S[s]["filas"] for s in sp]
    add("Proporción de `inyeccion`: " + ", ".join(f"{s} {fmt_pct(x)}" for s, x in zip(sp, shares)) + ".\n")
    lo, hi = st["limites_proporcion_etiqueta"]["global"]
    slo, shi = st["limites_proporcion_etiqueta"]["por_split"]
    add(f"Límites declarados (los comprueban los tests): cada etiqueta entre {fmt_pct(lo)} y {fmt_pct(hi)} del total, "
        f"y entre {fmt_pct(slo)} y {fmt_pct(shi)} dentro de cada split. `tests/test_data_inyeccion.py` compara "
        f"estas tablas y `stats.json` con los datos.\n")
    add("### Por técnica\n")
    add("| etiqueta | técnica | " + " | ".join(sp) + " |")
    add("|---|---|" + "---:|" * len(sp))
    for lab in (INJ, BEN):
        for t in TECNICAS[lab]:
            add(f"| {lab} | `{t}` | " + " | ".join(str(S[s]["tecnica"].get(t, 0)) for s in sp) + " |")
    add("")
    add("### Ejemplos difíciles\n")
    add("| grupo | " + " | ".join(sp) + " |")
    add("|---|" + "---:|" * len(sp))
    for key in (f"{BEN}_dificil", f"{BEN}_normal", f"{INJ}_dificil", f"{INJ}_normal"):
        add(f"| {key} | " + " | ".join(str(S[s]["dificil"].get(key, 0)) for s in sp) + " |")
    add("")
    hn = tot["dificil"].get(f"{BEN}_dificil", 0) / tot["etiqueta"][BEN]
    add(f"Los negativos difíciles son el {fmt_pct(hn)} de la clase `benigno` "
        f"(mínimo declarado: {fmt_pct(st['min_negativos_dificiles'])}).\n")
    add("### Longitud (palabras separadas por espacios)\n")
    add("| etiqueta | mínimo | mediana | p90 | máximo |")
    add("|---|---:|---:|---:|---:|")
    for key in (INJ, BEN, "total"):
        d = st["longitud_palabras"][key]
        add(f"| {key} | {d['min']} | {d['mediana']} | {d['p90']} | {d['max']} |")
    add("")
    add("Hay desde frases de una línea hasta documentos de varios párrafos con la orden enterrada en medio. Los "
        "documentos largos pasan de 128 subpalabras con el tokenizador de MiniLM: para no cortar la inyección, "
        "entrena con `max_length` de 256 o más.\n")
    add("## Línea base\n")
    f1 = st["linea_base_tfidf_lr_f1_macro_test"]
    add(f"TF-IDF de palabras (unigramas y bigramas) + regresión logística, entrenada en `train` y medida en `test` "
        f"(`scripts/_kit.py::tfidf_lr_f1`): **F1 macro = {f1:.4f}**.\n".replace(f"{f1:.4f}", f"{f1:.4f}".replace(".", ",")))
    add("El reparto de plantillas entre splits se eligió solo por tamaño y equilibrio de etiquetas, nunca mirando "
        f"esta cifra. Aun así depende mucho de qué plantillas caen en `test` (son {S['test']['plantillas']}): "
        "con otro reparto puede variar varios puntos.\n")
    add("Es una cota de honestidad: si un modelo de bolsa de palabras acertara casi todo (≥ 0,99), el conjunto "
        "sería demasiado fácil y no enseñaría nada. Se esperaba que un encoder ajustado (MiniLM) la superara, porque "
        "la etiqueta depende de a quién va dirigida la orden y con qué intención, no de palabras sueltas.\n")
    minilm_line = _kit.minilm_line  # última medición de benchmarks/minilm_vs_tfidf.py
    add(minilm_line("inyeccion", f1))
    add("## Ejemplos\n")
    add("Un ejemplo corto por técnica (de `train` cuando lo hay):\n")
    add("| etiqueta | técnica | difícil | texto |")
    add("|---|---|---|---|")
    for lab, tec, dif, text in examples:
        add(f"| {lab} | `{tec}` | {'sí' if dif else 'no'} | {text} |")
    add("")
    add("## Cómo se decide la etiqueta\n")
    add("- `inyeccion`: el texto intenta que el asistente deje de obedecer a quien lo configuró o al usuario real "
        "(anular sus reglas, sacar su configuración, actuar con herramientas a escondidas), directamente o escondido "
        "en un documento.")
    add("- `benigno`: el usuario pide algo para sí mismo, aunque use palabras de ataque: pregunta *sobre* "
        "ataques, descarta *su propia* petición anterior («olvida lo anterior y…»), juega a un personaje "
        "inofensivo, pregunta al asistente por sus capacidades en general (sin pedirle su configuración literal), "
        "pide traducir un texto cuyas órdenes van dirigidas a personas, o pide a su propio agente que envíe un "
        "correo o borre *sus* archivos temporales.\n")
    add("## Límites conocidos\n")
    add("- **Sintético.** Aunque todo está escrito a mano o con esqueletos escritos a mano, las plantillas repiten "
        "estructuras; un modelo puede aprender giros del autor en vez de la tarea. Los ataques reales son más "
        "variados, más largos y a menudo combinan varias técnicas.")
    add("- **Solo español** (con algunas mezclas de inglés, catalán, portugués, francés, alemán e italiano en la "
        "técnica de ofuscación). No sirve para evaluar otros idiomas.")
    add("- **Los ataques evolucionan.** Las técnicas recogidas son las conocidas públicamente; un detector entrenado "
        "aquí no protege contra formas nuevas y nunca sustituye a las defensas de diseño (separar datos e "
        "instrucciones, mínimo privilegio, confirmación humana).")
    add("- **Casos límite.** Algunos benignos (pedir que se clasifiquen mensajes que incluyen un ataque citado, "
        "preguntas de CTF) podrían tratarse como sospechosos en un sistema real; aquí se etiquetan por la intención "
        "de quien escribe.")
    add("- **Un solo turno.** No hay conversaciones de varios turnos ni ataques repartidos entre mensajes.")
    add("- **Tamaño pequeño**, pensado para entrenar en minutos en una CPU de 2 núcleos; las cifras de test tienen "
        "un margen de error de varios puntos.\n")
    add("## Licencia\n")
    add("CC BY 4.0. Puedes copiar, adaptar y redistribuir este conjunto citando el curso `finetune_course`.\n")
    return "\n".join(L)


def build(out_dir=None):
    "Genera el conjunto, escribe sus ficheros en `out_dir` (por defecto, `finetune_course/assets/inyeccion/`) y devuelve `stats.json`."
    rows, info = generate()
    splits = assign_splits(rows, info)
    st = compute_stats(splits, info, _kit.tfidf_lr_f1(splits))  # misma línea base que usan los tests
    _kit.write_dataset(OUT if out_dir is None else out_dir, splits, FIELDS, st, card(st, pick_examples(splits)))
    return st


def main(argv=None):
    st = _kit.cli(build, OUT, "Genera el conjunto `inyeccion` (inyección de prompt frente a peticiones benignas).", argv)
    print(f"{st['total']} filas")
    for s in ("train", "validation", "test"):
        print(f"  {s}: {st['splits'][s]['filas']} filas, {st['splits'][s]['plantillas']} plantillas, {st['splits'][s]['etiqueta']}")
    print(f"  línea base TF-IDF + LR (F1 macro en test): {st['linea_base_tfidf_lr_f1_macro_test']:.4f}")


if __name__ == "__main__":
    main()
