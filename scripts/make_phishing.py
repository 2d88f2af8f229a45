"""Genera el conjunto de datos `phishing` (mensajes fraudulentos frente a legítimos).

Uso: `python scripts/make_phishing.py [--out CARPETA]` reconstruye, byte a byte, los ficheros de
`finetune_course/assets/phishing/`: `train.jsonl`, `validation.jsonl`, `test.jsonl`, `stats.json` y la ficha
`README.md` (API común de los generadores: ver `scripts/_kit.py`).

Todo el texto es original y está en `scripts/phishing_src/`; este script solo guarda cómo se combina:
- `plantillas.txt`: esqueletos escritos a mano enteros, con alternativas en línea `[a|b|c]` (pueden
  anidarse), tratamiento regional `«tú|vos»` (la segunda forma solo en Argentina) y `‹vosotros|ustedes›`
  (la primera solo en España), y huecos `{nombre}` (un hueco en mayúscula, `{Hacienda}`, pone en mayúscula
  la primera letra);
- `piezas.json`: piezas de los esqueletos compositivos (saludo, pretexto o información, petición, presión,
  nota de seguridad, cierre), que se combinan sin repetir la combinación dentro de un tema y una etiqueta;
- `entidades.json`, `huecos.json`, `vocabulario.json`: con qué se rellenan los huecos en cada país
  (entidades inventadas, dominios, importes en la moneda local, vocabulario…);
- `temas.json`: los temas (`tipo`) y su descripción.

Los mensajes fraudulentos solo muestran la *forma* de una estafa: todas las empresas, dominios, cuentas y
códigos son inventados; no hay teléfonos reales. La división train/validation/test se hace por plantilla
(grupo), nunca por fila.
"""
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `_kit`, también al importar este módulo desde fuera
import _kit  # noqa: E402

SRC = Path(__file__).resolve().parent / "phishing_src"
NAME = "phishing"
OUT = _kit.ASSETS / NAME

SEED = 1357
ROWS_PER_TEMPLATE = (2, 3, 4)  # filas por plantilla: se elige una cantidad al azar para cada esqueleto
COMP_PER_LABEL = 15  # esqueletos compositivos por tema y etiqueta
FIELDS = ("text", "label", "canal", "pais", "tipo", "plantilla", "dificil")
SPLITS = _kit.SPLITS
LABEL_BOUNDS = {"global": [0.45, 0.55], "por_split": [0.40, 0.60]}
MIN_HARD_NEG = 0.20  # fracción mínima de negativos difíciles dentro de «legitimo»
PHI, LEG = "phishing", "legitimo"
CANALES = ("email", "sms", "chat")
PAISES = ("ES", "MX", "AR", "CO", "CL", "PE", "neutro")
# Probabilidad de ruido de escritura por (etiqueta, canal) de los esqueletos escritos a mano y de los compositivos
NOISE_HAND = {(PHI, "email"): 0.25, (PHI, "sms"): 0.35, (PHI, "chat"): 0.45,
              (LEG, "email"): 0.0, (LEG, "sms"): 0.2, (LEG, "chat"): 0.45}
NOISE_COMP = {(PHI, "email"): 0.2, (PHI, "sms"): 0.35, (PHI, "chat"): 0.45,
              (LEG, "email"): 0.0, (LEG, "sms"): 0.25, (LEG, "chat"): 0.45}

TIPOS = _kit.read_json(SRC / "temas.json")
ENT = {kind: {p: by.get(p, by.get("*")) for p in PAISES} for kind, by in _kit.read_json(SRC / "entidades.json").items()}
SLOTSPEC = _kit.read_json(SRC / "huecos.json")
WORDS = _kit.read_json(SRC / "vocabulario.json")
PIECES = _kit.read_json(SRC / "piezas.json")
VOCAB = WORDS["regional"]
VOS = WORDS["voseo"]


def rand_code(rng, n=5, alphabet="abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# Importes, cuentas y direcciones web
# ---------------------------------------------------------------------------
def _thousands(n, sep):
    return f"{n:,}".replace(",", sep)


def money(rng, pais, lo, hi):
    "Importe aleatorio entre `lo` y `hi` euros, convertido y escrito al estilo del país."
    eur = rng.uniform(lo, hi)
    v = eur * WORDS["cambio_desde_eur"][pais]
    if pais == "ES":
        if v < 10:
            return f"{v:.2f}".replace(".", ",") + " €"
        n = int(round(v, -1 if v < 1000 else -2)) - rng.choice([0, 0, 1, 10])
        n = max(n, 10)
        return rng.choice([f"{_thousands(n, '.')} €", f"{_thousands(n, '.')},00 €", f"{_thousands(n, '.')} euros"])
    if pais == "MX":
        if v < 200:
            s = f"${v:,.2f}"
        else:
            s = f"${int(round(v, -1)):,}"
        return rng.choice([s, s + " MXN", s + " pesos"])
    if pais in ("AR", "CO", "CL"):
        step = -2 if v < 100000 else -3
        n = int(round(v, step)) - rng.choice([0, 0, 10])
        s = "$" + _thousands(n, ".")
        cur = {"AR": "ARS", "CO": "COP", "CL": "CLP"}[pais]
        return rng.choice([s, s, f"{s} {cur}", f"{_thousands(n, '.')} pesos"])
    if pais == "PE":
        if v < 50:
            return rng.choice([f"S/ {v:.2f}", f"S/{v:.2f}"])
        return rng.choice([f"S/ {_thousands(int(round(v)), ',')}", f"S/{_thousands(int(round(v)), ',')}.00",
                           f"{_thousands(int(round(v)), ',')} soles"])
    if v < 10:
        return rng.choice([f"US$ {v:.2f}", f"{v:.2f} USD"])
    n = int(round(v))
    return rng.choice([f"US$ {_thousands(n, ',')}", f"{_thousands(n, ',')} USD", f"{_thousands(n, ',')} dólares"])


def account(rng, pais):
    "Número de cuenta inventado con el formato del país (el IBAN español, con dígitos de control inválidos)."
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    if pais == "ES":
        body = d(20)
        num = int(body + "142800")  # E=14, S=28, control 00
        bad = (98 - num % 97 + rng.randrange(1, 90)) % 97  # nunca el control correcto
        cc = f"{max(bad, 2):02d}" if bad != 98 - num % 97 else "01"
        s = f"ES{cc}{body}"
        return " ".join(s[i:i + 4] for i in range(0, 24, 4))
    if pais == "MX":
        return f"CLABE {d(18)}"
    if pais == "AR":
        return f"CBU {d(22)}"
    if pais == "CO":
        return f"cuenta de ahorros n.º {d(3)}-{d(6)}-{d(2)}"
    if pais == "CL":
        return f"cuenta corriente n.º {d(8)}"
    if pais == "PE":
        return f"CCI {d(20)}"
    return f"cuenta n.º {d(4)}-{d(4)}-{d(2)}-{d(10)}"


def legit_url(rng, ent, path=None):
    "Dirección del dominio oficial (inventado) de la entidad."
    host = f"{ent['dominio']}.{ent['tld']}"
    p = rng.choice(SLOTSPEC["rutas_oficiales"]) if path is None else path
    style = rng.random()
    if style < 0.4:
        return f"{host}{p}"
    if style < 0.7:
        return f"www.{host}{p}"
    return f"https://www.{host}{p}"


def fake_url(rng, slug, tld, words=None):
    "Dominio parecido al oficial pero inventado (guiones, TLD extraño, subdominio engañoso o errata)."
    words = words or SLOTSPEC["palabras_falsas"]
    w = rng.choice(words)
    bad = rng.choice(SLOTSPEC["tlds_falsos"])
    kind = rng.randrange(7)
    if kind == 0:
        host = f"{slug}-{w}.{bad}"
    elif kind == 1:
        host = f"{w}-{slug}.{bad}"
    elif kind == 2:
        host = f"{slug}.{tld}.{w}-{rand_code(rng, 4, 'abcdefghkmnprstuvwxz0123456789')}.{bad}"
    elif kind == 3:
        pos = rng.randrange(1, len(slug) - 1)
        typo = slug[:pos] + slug[pos] + slug[pos:] if rng.random() < 0.5 else slug.replace("o", "0", 1)
        if typo == slug:
            typo = slug + "s"
        host = f"{typo}.{bad}"
    elif kind == 4:
        host = f"{slug}{tld.replace('.', '')}.{bad}"
    elif kind == 5:
        host = f"{w}.{slug}-{rng.choice(['es', 'app', 'mx', 'net', 'id', 'id2'])}.{bad}"
    else:
        host = f"mi{slug}-{w}.{bad}"
    path = rng.choice(["", "", f"/{rand_code(rng)}", f"/{w}", f"/?id={rand_code(rng, 8)}", "/login"])
    scheme = rng.choice(["", "", "http://", "https://"])
    return f"{scheme}{host}{path}"


def short_url(rng):
    return f"{rng.choice(['', 'https://'])}{rng.choice(SLOTSPEC['acortadores'])}/{rand_code(rng, rng.choice([4, 5, 6]))}"


# ---------------------------------------------------------------------------
# Motor de plantillas
# ---------------------------------------------------------------------------
class Row:
    "Contexto de una fila: país, generador y valores ya elegidos para los huecos."

    def __init__(self, rng, pais):
        self.rng, self.pais, self.cache, self.ents = rng, pais, {}, {}

    def ent(self, kind):
        "La entidad de tipo `kind` de esta fila (se sortea una vez; las fijas del país no se sortean)."
        if kind not in self.ents:
            options = ENT[kind][self.pais]
            self.ents[kind] = options if isinstance(options, dict) else self.rng.choice(options)
        return self.ents[kind]

    def vocab(self, key):
        return self.rng.choice(VOCAB[key][self.pais])

    def name(self):
        "Nombre de pila que no se repite dentro de la fila (destinatario y remitente distintos)."
        used = self.cache.setdefault("_names", [])
        pool = [n for n in WORDS["nombres"][self.pais] if n not in used]
        n = self.rng.choice(pool)
        used.append(n)
        return n


def _date(r):
    return r.rng.choice([f"{r.rng.randint(1, 28)} de {r.rng.choice(WORDS['meses'])}",
                         f"{r.rng.randint(1, 28)} de {r.rng.choice(WORDS['meses'])}",
                         f"{r.rng.randint(1, 28):02d}/{r.rng.randint(1, 12):02d}"])


def _hour(r, lo=8, hi=19):
    return f"{r.rng.randint(lo, hi)}:{r.rng.choice(['00', '15', '30', '45'])}"


def _tracking(r):
    c = "XX" if r.pais == "neutro" else r.pais
    kind = r.rng.randrange(3)
    if kind == 0:
        return f"{rand_code(r.rng, 2, 'ABCDEFGHKLMNPRSTUVWXZ')}{r.rng.randint(100000000, 999999999)}{c}"
    if kind == 1:
        return f"{r.rng.randint(10**11, 10**12 - 1)}"
    return f"{rand_code(r.rng, 3, 'ABCDEFGHKLMNPRSTUVWXZ')}-{r.rng.randint(100000, 999999)}"


def _plate(r):
    p = r.pais
    L = lambda n: rand_code(r.rng, n, "BCDFGHJKLMNPRSTVWXYZ")  # noqa: E731
    n = lambda k: "".join(str(r.rng.randrange(10)) for _ in range(k))  # noqa: E731
    return {"ES": f"{n(4)} {L(3)}", "MX": f"{L(3)}-{n(3)}-{L(1)}", "AR": f"{L(2)} {n(3)} {L(2)}",
            "CO": f"{L(3)} {n(3)}", "CL": f"{L(4)}-{n(2)}", "PE": f"{L(1)}{n(1)}{L(1)}-{n(3)}",
            "neutro": f"{L(3)}-{n(4)}"}[p]


def official_url(r, kind, path):
    "Web oficial de la entidad `kind`: `path` None sortea una ruta típica, una cadena es fija y una lista se sortea."
    ent = r.ent(kind)
    return legit_url(r.rng, ent, path if path is None or isinstance(path, str) else r.rng.choice(path))


def lookalike_url(r, kind, words):
    "Imitación del dominio de la entidad `kind`, con palabras de `words` (o las genéricas)."
    ent = r.ent(kind)
    return fake_url(r.rng, ent["dominio"], ent["tld"], words)


def assemble(r, parts):
    "Monta un texto pieza a pieza: una lista se sortea, una cadena va tal cual, {\"lista\": clave} sortea de huecos.json."
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            out.append(r.rng.choice(SLOTSPEC[p["lista"]] if isinstance(p, dict) else p))
    return "".join(out)


def water_url(r):
    "Web de la empresa de aguas (inventada) de la ciudad del país."
    city = r.ent("city")
    tld = city["tld"].replace("gob.", "com.").replace("gov.", "com.").replace("gov", "com")
    return legit_url(r.rng, {"dominio": "aguas" + city["dominio"], "tld": tld}, "")


def make_slots():
    "Huecos {nombre: función(fila) → texto}: los de entidad salen de huecos.json, el resto son formatos."
    pre = SLOTSPEC["prefijo_municipio"]
    slots = {
        # personas
        "nombre": lambda r: r.name(),
        "remitente": lambda r: r.name(),
        "jefe": lambda r: f"{r.name()} {r.rng.choice(WORDS['apellidos'])}",
        "apellido": lambda r: r.rng.choice(WORDS["apellidos"]),
        "cargo": lambda r: r.rng.choice(WORDS["cargos"]),
        # entidades que no son solo nombre o web
        "intranet": lambda r: f"intranet.{r.ent('employer')['dominio']}.{r.ent('employer')['tld']}",
        "ayto": lambda r: pre.get(r.pais, pre["*"]) + r.ent("city")["nombre"],
        "agua": lambda r: f"Aguas de {r.ent('city')['nombre']}",
        "agua_url": water_url,
        "url_corta": lambda r: short_url(r.rng),
        # cantidades, fechas, códigos
        "cuenta": lambda r: account(r.rng, r.pais),
        "codigo": lambda r: f"{r.rng.randint(0, 999999):06d}",
        "last4": lambda r: f"{r.rng.randint(0, 9999):04d}",
        "ref": lambda r: r.rng.choice([f"{rand_code(r.rng, 2, 'ABCFGHMPRSTV')}-{r.rng.randint(10000, 99999)}",
                                       f"{r.rng.randint(2023, 2025)}/{r.rng.randint(1000, 99999)}",
                                       f"{r.rng.randint(1000000, 9999999)}"]),
        "tracking": _tracking,
        "matricula": _plate,
        "fecha": _date,
        "fecha2": _date,
        "dia": lambda r: r.rng.choice(WORDS["dias"]),
        "hora": lambda r: _hour(r, 8, 13),
        "hora2": lambda r: _hour(r, 14, 20),
        "n": lambda r: str(r.rng.randint(2, 9)),
        "nn": lambda r: str(r.rng.randint(12, 95)),
        "ext": lambda r: str(r.rng.randint(200, 899)),
        "comercio": lambda r: r.rng.choice(WORDS["comercios"]),
        "dispositivo": lambda r: r.rng.choice(WORDS["dispositivos"]),
        # el artículo se sortea siempre, aunque ya esté elegido (así lo fija la semilla)
        "articulo": lambda r: " ".join(r.cache.setdefault("_art", r.rng.choice(WORDS["articulos"]))),
        "articulo_s": lambda r: r.cache.setdefault("_art", r.rng.choice(WORDS["articulos"]))[1],
        "ciudad": lambda r: r.rng.choice(WORDS["ciudades"][r.pais]),
        "mes": lambda r: r.rng.choice(WORDS["meses"]),
        "emo": lambda r: r.rng.choice(WORDS["emojis"] + ["", ""]),
        "emo2": lambda r: r.rng.choice(WORDS["emojis"]),
        "emo_mal": lambda r: r.rng.choice(WORDS["emojis_mal"]),
        "hex": lambda r: rand_code(r.rng, 4, "0123456789abcdef"),
    }
    more = {}
    for slot, kind in SLOTSPEC["nombre"].items():
        more[slot] = lambda r, k=kind: r.ent(k)["nombre"]
    for slot, kind in SLOTSPEC["corto"].items():
        more[slot] = lambda r, k=kind: r.ent(k)["corto"]
    for slot, (kind, path) in SLOTSPEC["web"].items():
        more[slot] = lambda r, k=kind, p=path: official_url(r, k, p)
    for slot, (kind, words) in SLOTSPEC["web_falsa"].items():
        more[slot] = lambda r, k=kind, w=words: lookalike_url(r, k, w)
    for slot, parts in SLOTSPEC["compuestos"].items():
        more[slot] = lambda r, p=parts: assemble(r, p)
    for slot, (lo, hi) in SLOTSPEC["importes"].items():
        more[slot] = lambda r, lo=lo, hi=hi: money(r.rng, r.pais, lo, hi)
    for key in VOCAB:
        more[key] = lambda r, k=key: r.vocab(k)
    clash = set(slots) & set(more)
    assert not clash, f"huecos definidos dos veces: {sorted(clash)}"
    return slots | more


SLOTS = make_slots()
FRESH = {"emo", "emo2"}  # huecos que se sortean de nuevo cada vez que aparecen

RE_VOS = re.compile(r"«([^|»]*)\|([^»]*)»")
RE_VOSOTROS = re.compile(r"‹([^|›]*)\|([^›]*)›")
RE_ALT = re.compile(r"\[([^\[\]]*)\]")
RE_SLOT = re.compile(r"\{(\w+)\}")


def render(text, r):
    "Rellena una plantilla para la fila `r`."
    s = RE_VOS.sub(lambda m: m.group(2) if r.pais == "AR" else m.group(1), text)
    s = RE_VOSOTROS.sub(lambda m: m.group(1) if r.pais == "ES" else m.group(2), s)
    while True:
        s2 = RE_ALT.sub(lambda m: r.rng.choice(m.group(1).split("|")), s)
        if s2 == s:
            break
        s = s2

    def slot(m):
        key = m.group(1)
        low = key[0].lower() + key[1:]
        if low not in SLOTS:
            raise KeyError(f"hueco desconocido: {key}")
        if low in FRESH:
            v = SLOTS[low](r)
        else:
            if low not in r.cache:
                r.cache[low] = SLOTS[low](r)
            v = r.cache[low]
        return v[:1].upper() + v[1:] if key[0].isupper() else v

    s = RE_SLOT.sub(slot, s)
    s = re.sub(r"\b([Dd])e el\b", r"\1el", s)
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" +([,.:;!?])", r"\1", s)
    s = re.sub(r" *\n *", "\n", s)
    return s.strip()


# ---------------------------------------------------------------------------
# Ruido: erratas, mensajes sin tildes, abreviaturas de chat
# ---------------------------------------------------------------------------
def swap_typo(s, rng):
    "Una errata en una palabra de cinco letras o más: dos letras cambiadas, una de menos o una repetida."
    words = [m for m in re.finditer(r"[a-záéíóúñ]{5,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def noisy(s, rng, canal, level):
    "Aplica descuidos típicos de escritura con intensidad `level` (0-1)."
    drop = lambda t: _kit.strip_accents(t, inverted=False)  # noqa: E731  (sin tildes ni ¿¡, como en un SMS)
    if rng.random() < 0.5 * level + (0.3 if canal == "sms" else 0):
        s = drop(s)
    elif rng.random() < level:
        s = "".join(drop(ch) if rng.random() < 0.5 else ch for ch in s)
    for _ in range(rng.choice([0, 1, 1, 2])):
        if rng.random() < level:
            s = swap_typo(s, rng)
    if canal == "chat" and rng.random() < level:
        pat, rep = rng.choice(WORDS["abreviaturas_chat"])
        s = re.sub(pat, rep, s)
    if canal != "email" and rng.random() < 0.4 * level:
        s = s[:1].lower() + s[1:]
    return s


# ---------------------------------------------------------------------------
# Plantillas
# ---------------------------------------------------------------------------
class Template:
    "Una plantilla: esqueleto de mensaje con metadatos."

    def __init__(self, label, tipo, canal, text, hard=False, paises=PAISES, ruido=None, comp=False):
        assert label in (PHI, LEG) and tipo in TIPOS and canal in CANALES, (label, tipo, canal)
        self.label, self.tipo, self.canal, self.text, self.hard = label, tipo, canal, text, hard
        self.paises, self.comp = tuple(paises), comp
        self.ruido = (NOISE_COMP if comp else NOISE_HAND)[(label, canal)] if ruido is None else ruido


def read_hand_templates():
    "Esqueletos escritos a mano de `plantillas.txt` («@@ tipo canal etiqueta [dificil] [paises=…] [ruido=…]»)."
    out = []
    for head, text in _kit.read_blocks(SRC / "plantillas.txt"):
        tipo, canal, label, *opts = head
        kw = {}
        for o in opts:
            key, _, val = o.partition("=")
            if key == "dificil":
                kw["hard"] = True
            elif key == "paises":
                kw["paises"] = val.split(",")
            elif key == "ruido":
                kw["ruido"] = float(val)
            else:
                raise ValueError(f"plantillas.txt: opción desconocida {o!r} en «@@ {' '.join(head)}»")
        out.append(Template(label, tipo, canal, text, **kw))
    return out


RE_TU = re.compile(r"\b(" + "|".join(sorted(VOS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def vosear(s):
    "Marca como «tú|vos» las formas de tú que no lo están (fuera de los «…» ya marcados)."
    def one(m):
        w = m.group(0)
        v = VOS[w.lower()]
        return f"«{w}|{v[:1].upper() + v[1:] if w[0].isupper() else v}»"
    parts = re.split(r"(«[^»]*»)", s)
    return "".join(p if p.startswith("«") else RE_TU.sub(one, p) for p in parts)


def fill_marks(s, spec):
    "Sustituye las marcas genéricas {E}, {EA}, {URL} y {FAKE} por los huecos del tema."
    ea = spec.get("EA") or spec.get("E")
    if ea:
        s = s.replace("{EA}", "{" + ea + "}")
    for k in ("E", "URL", "FAKE"):
        if spec.get(k):
            s = s.replace("{" + k + "}", "{" + spec[k] + "}")
    return vosear(s)


def compose_templates(rng, per_label):
    "Esqueletos compositivos: `per_label` por tema y etiqueta, sin repetir la combinación de piezas."
    P = PIECES
    out = []
    for tipo, spec in P["temas"].items():
        person = spec.get("person", False)
        for label in (PHI, LEG):
            seen = set()
            made, tries = 0, 0
            while made < per_label:
                tries += 1
                assert tries < 5000, (tipo, label)
                canal = rng.choice(["chat", "chat", "sms"] if person else CANALES)
                opens = P["saludo_persona" if person else "saludo_entidad"][canal]
                closes = P["cierre_persona" if person else "cierre_entidad"][canal]
                if tipo == "fraude_ceo":
                    closes = [c for c in closes if "beso" not in c]
                if tipo == "hola_mama":
                    opens = [""]
                io, ic = rng.randrange(len(opens)), rng.randrange(len(closes))
                stories = spec["phi"] if label == PHI else spec["leg"]
                if label == PHI and not person and rng.random() < 0.45:
                    stories = spec["leg"]  # el phishing copia avisos reales y solo cambia la petición
                ist = (stories is spec["leg"], rng.randrange(len(stories)))
                story = stories[ist[1]]
                urgent = story.startswith("!")
                story = story.lstrip("!")
                parts = [story]
                hard = False
                if label == PHI:
                    cat = rng.choice(spec["asks"])
                    pool = P["peticiones_persona"].get(tipo, {}).get(cat) if person else None
                    pool = [(a, "_fake" in a or "url_corta" in a) for a in pool] if pool else P["peticiones"][cat]
                    ia = rng.randrange(len(pool))
                    ask, link = pool[ia]
                    if person and cat == "code" and tipo == "compraventa":
                        continue
                    parts.append(ask)
                    pressure = P["presion_persona" if person else "presion"]
                    pres = rng.random() < 0.55
                    ip = rng.randrange(len(pressure))
                    if pres:
                        parts.append(pressure[ip])
                    calm = P["calma_phishing"]
                    icalm = rng.randrange(len(calm) + 2)
                    if icalm < len(calm) and not person:
                        parts.append(calm[icalm])
                    hard = not pres and (not link or icalm < len(calm))
                    key = (canal, ist, cat, ia, pres and ip, icalm, io, ic)
                else:
                    ip, ia, ino = -1, -1, -1
                    if person:
                        if rng.random() < 0.5:
                            ia = rng.randrange(len(P["extra_persona"]))
                            parts.append(P["extra_persona"][ia])
                        hard = urgent
                    else:
                        use_link = spec.get("URL") and rng.random() < 0.55
                        pool = P["legitimo_con_enlace"] if use_link else P["legitimo_sin_enlace"]
                        if rng.random() < 0.45:
                            pool = [a for a in P["legitimo_espejo"] if spec.get("URL") or "{URL}" not in a]
                            use_link = False
                        ia = rng.randrange(len(pool))
                        parts.append(pool[ia])
                        use_link = use_link or "{URL}" in pool[ia]
                        ia = (pool[0][:8], ia)
                        if rng.random() < 0.35:
                            ip = rng.randrange(len(P["urgencia_legitima"]))
                            parts.insert(0 if rng.random() < 0.5 else len(parts), P["urgencia_legitima"][ip])
                        if rng.random() < 0.4:
                            ino = rng.randrange(len(P["nota_legitima"]))
                            parts.append(P["nota_legitima"][ino])
                        hard = bool(use_link or urgent or ip >= 0)
                    key = (canal, ist, ia, ip, ino, io, ic)
                if key in seen:
                    continue
                seen.add(key)
                op, cl = opens[io], closes[ic]
                sep = "\n\n" if canal == "email" else " "
                body = " ".join(parts)
                if canal == "chat" and rng.random() < 0.5:
                    body += " {emo}"
                text = sep.join(p for p in (op, body, cl) if p)
                out.append(Template(label, tipo, canal, fill_marks(text, spec), hard=hard, comp=True))
                made += 1
    return out


# ---------------------------------------------------------------------------
# Generación, división y ficha
# ---------------------------------------------------------------------------
def assign_ids(templates, rng):
    "Da a cada plantilla un id `tipo-NNN` que no revela la etiqueta."
    by_tipo = defaultdict(list)
    for t in templates:
        by_tipo[t.tipo].append(t)
    for tipo in sorted(by_tipo):
        ts = by_tipo[tipo][:]
        rng.shuffle(ts)
        for k, t in enumerate(ts, 1):
            t.id = f"{tipo}-{k:03d}"


def generate():
    "Devuelve ({split: filas}, plantillas). Las filas llevan además `_ruido` (si recibieron erratas) para la ficha."
    rng = random.Random(SEED)
    templates = read_hand_templates() + compose_templates(rng, COMP_PER_LABEL)
    for t in templates:
        t.n = rng.choice(ROWS_PER_TEMPLATE)
    assign_ids(templates, rng)
    where = _kit.assign_splits({t.id: {"cat": t.tipo, "label": t.label} for t in templates}, "turnos", rng=rng,
                               labels=(PHI, LEG), order=list(TIPOS))
    seen = set()
    rows = {s: [] for s in SPLITS}
    for t in sorted(templates, key=lambda t: t.id):
        made, tries = 0, 0
        paises = list(t.paises)
        rng.shuffle(paises)
        while made < t.n:
            tries += 1
            if tries > 400:
                raise RuntimeError(f"la plantilla {t.id} no da {t.n} textos distintos")
            pais = paises[(made + tries) % len(paises)]
            r = Row(rng, pais)
            text = render(t.text, r)
            ruido = bool(t.ruido) and rng.random() < t.ruido
            if ruido:
                text = noisy(text, rng, t.canal, rng.uniform(0.3, 1.0))
            if re.search(r"[\[\]{}|‹›]", text) or text.count("«") != text.count("»"):
                raise ValueError(f"marcado sin resolver en {t.id}: {text!r}")
            key = _kit.norm_text(text)
            if key in seen:
                continue
            seen.add(key)
            rows[where[t.id]].append({"text": text, "label": t.label, "canal": t.canal, "pais": pais,
                                      "tipo": t.tipo, "plantilla": t.id, "dificil": t.hard, "_ruido": ruido})
            made += 1
    # Casi duplicados entre splits (Jaccard de 5-gramas >= 0,8): se quita la fila de train.
    drop = {i for a, i, b, j, _ in _kit.near_duplicates_across(rows) if a == "train"}
    rows["train"] = [r for k, r in enumerate(rows["train"]) if k not in drop]
    assert not _kit.near_duplicates_across(rows)
    for s in SPLITS:
        rng.shuffle(rows[s])
    return rows, templates


def count_table(rows, field, values, first):
    "Recuento por `field` (filas) y split (columnas), con total."
    body = []
    for v in values:
        c = [sum(1 for r in rows[s] if r[field] == v) for s in SPLITS]
        body.append([v, *c, sum(c)])
    tot = [len(rows[s]) for s in SPLITS]
    body.append(["**total**", *tot, sum(tot)])
    return _kit.md_table([first, *SPLITS, "total"], body)


def compute_stats(rows, f1):
    allrows = [r for s in SPLITS for r in rows[s]]
    per = {}
    for s in SPLITS + ("total",):
        rs = allrows if s == "total" else rows[s]
        per[s] = {
            "filas": len(rs),
            "plantillas": len({r["plantilla"] for r in rs}),
            "label": dict(sorted(Counter(r["label"] for r in rs).items())),
            "tipo": dict(sorted(Counter(r["tipo"] for r in rs).items())),
            "tipo_label": {f"{t}/{l}": n for (t, l), n in sorted(Counter((r["tipo"], r["label"]) for r in rs).items())},
            "canal": dict(sorted(Counter(r["canal"] for r in rs).items())),
            "pais": dict(sorted(Counter(r["pais"] for r in rs).items())),
            "dificil_label": {f"{l}/{str(d).lower()}": n
                              for (l, d), n in sorted(Counter((r["label"], r["dificil"]) for r in rs).items())},
        }
    leg = [r for r in allrows if r["label"] == LEG]
    return {
        "nombre": NAME,
        "campos": list(FIELDS),
        "etiquetas": [PHI, LEG],
        "tipos": list(TIPOS),
        "canales": list(CANALES),
        "paises": list(PAISES),
        "semilla": SEED,
        "filas_por_plantilla": list(ROWS_PER_TEMPLATE),
        "limites_proporcion_etiqueta": LABEL_BOUNDS,
        "minimo_negativos_dificiles": MIN_HARD_NEG,
        "proporcion_negativos_dificiles": round(sum(r["dificil"] for r in leg) / len(leg), 4),
        "linea_base_tfidf_lr_f1_macro_test": round(f1, 4),
        "linea_base_detalle": baseline_detail(rows),
        "splits": per,
    }


def baseline_detail(rows):
    "Aciertos de la línea base de `_kit.tfidf_lr_f1` en test, por dificultad y por etiqueta."
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    clf = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                        LogisticRegression(max_iter=2000, C=10))
    clf.fit([r["text"] for r in rows["train"]], [r["label"] for r in rows["train"]])
    te = rows["test"]
    ok = [p == r["label"] for p, r in zip(clf.predict([r["text"] for r in te]), te)]
    out = {}
    for name, pred in (("dificil", lambda r: r["dificil"]), ("facil", lambda r: not r["dificil"]),
                       (PHI, lambda r: r["label"] == PHI), (LEG, lambda r: r["label"] == LEG)):
        sel = [o for o, r in zip(ok, te) if pred(r)]
        out[f"n_{name}"] = len(sel)
        out[f"acierto_{name}"] = round(sum(sel) / len(sel), 4)
    return out


def card(rows, st, templates):
    "La ficha `README.md` a partir de los datos y de `stats.json`."
    table, fmt_pct = _kit.md_table, _kit.pct
    allrows = [r for s in SPLITS for r in rows[s]]
    n = len(allrows)
    tot = st["splits"]["total"]
    n_tpl = tot["plantillas"]
    n_tpl_lab = Counter(t.label for t in templates)
    n_hand = sum(not t.comp for t in templates)
    n_comp = len(templates) - n_hand
    f1 = st["linea_base_tfidf_lr_f1_macro_test"]
    hard = Counter((r["label"], r["dificil"]) for r in allrows)
    leg_n = tot["label"][LEG]
    tipo_rows = []
    for t in TIPOS:
        c = [tot["tipo_label"].get(f"{t}/{l}", 0) for l in (PHI, LEG)]
        sp = [sum(1 for r in rows[s] if r["tipo"] == t) for s in SPLITS]
        tipo_rows.append([f"`{t}`", *c, *sp, TIPOS[t]])
    tipo_tab = table(["tipo", PHI, LEG, *SPLITS, "tema"], tipo_rows)
    pais_rows = []
    for p in PAISES:
        c = [sum(1 for r in allrows if r["pais"] == p and r["label"] == l) for l in (PHI, LEG)]
        pais_rows.append([f"`{p}`", *c, sum(c)])
    canal_rows = []
    for c_ in CANALES:
        c = [sum(1 for r in allrows if r["canal"] == c_ and r["label"] == l) for l in (PHI, LEG)]
        canal_rows.append([f"`{c_}`", *c, sum(c)])
    shares = [[s, fmt_pct(st["splits"][s]["label"].get(PHI, 0) / st["splits"][s]["filas"]),
               fmt_pct(st["splits"][s]["label"].get(LEG, 0) / st["splits"][s]["filas"])] for s in SPLITS + ("total",)]
    ex, used = {}, set()
    wanted = [(PHI, "sms", False), (PHI, "chat", True), (PHI, "email", True), (LEG, "sms", True),
              (LEG, "email", True), (LEG, "chat", False)]
    for r in rows["train"]:
        key = (r["label"], r["canal"], r["dificil"])
        if key in wanted and key not in ex and r["tipo"] not in used and not r["_ruido"] and len(r["text"]) < 420:
            ex[key] = r
            used.add(r["tipo"])
    ejemplos = []
    for key in wanted:
        if key in ex:
            r = ex[key]
            txt = r["text"].replace("\n", " ")
            ejemplos.append(f"- `{r['label']}` · `{r['canal']}` · `{r['tipo']}` · `{r['pais']}` · "
                            f"difícil: {str(r['dificil']).lower()}\n  > {txt}")
    ejemplos = "\n".join(ejemplos)
    ruido = Counter(r["label"] for r in allrows if r["_ruido"])
    base = st["linea_base_detalle"]
    lo, hi = LABEL_BOUNDS["global"]
    slo, shi = LABEL_BOUNDS["por_split"]
    return f"""# Conjunto `phishing`: mensajes fraudulentos frente a legítimos

Ficha del conjunto de datos (*data card*). Generada por `scripts/make_phishing.py`:
no la edites a mano; cambia el generador y vuelve a ejecutarlo.

## Para qué sirve

Clasificar mensajes en español (correo, SMS y chat) como **`phishing`** (intento de
estafa o de robo de datos) o **`legitimo`**. Es el conjunto de trabajo de los
capítulos de seguridad del curso: afinar (*fine-tuning*) un codificador pequeño
(MiniLM) y comparar con una línea base clásica. Incluye las estafas más comunes
en España y Latinoamérica (bloqueo bancario, tasa de paquetería, devolución de
Hacienda/SAT/AFIP/DIAN, fraude del CEO, «hola, mamá», soporte técnico falso,
códigos QR y de verificación…) y, a propósito, muchos mensajes **legítimos que se
parecen a una estafa** (avisos reales del banco, de la mensajería o de sistemas con
palabras de urgencia y enlaces).

No sirve para medir un filtro real: los textos son sintéticos (ver «Límites»).

## Cómo se hizo

- **Todo el texto es original**, escrito para este curso. No se ha copiado ningún
  mensaje real.
- Hay **{n_tpl} plantillas** ({n_tpl_lab[PHI]} de `phishing` y {n_tpl_lab[LEG]} de
  `legitimo`), repartidas en {len(TIPOS)} temas (`tipo`), de dos clases:
  - {n_hand} esqueletos **escritos a mano** enteros, con alternativas en línea,
    tratamiento regional (tú/vos/usted, vosotros/ustedes) y huecos (nombres,
    entidades, importes en moneda local, fechas, dominios, códigos);
  - {n_comp} esqueletos **compositivos**: para cada uno se eligen por separado, de
    repertorios escritos a mano, el saludo, el pretexto o la información, la
    petición (o la acción legítima), la presión, una nota de seguridad, el cierre o
    la firma y el estilo del canal (SMS breve, chat informal con emojis, correo con
    saludo y firma). No se repite la combinación de piezas dentro de un tema y una
    etiqueta. Las piezas neutras (saludos, cierres, urgencia, notas de seguridad) son
    comunes a las dos etiquetas, y el phishing copia a menudo el aviso real y solo
    cambia la petición, así que la etiqueta depende del **significado** de lo que se
    pide, no de la forma.
- Un generador determinista (semilla {SEED}) produce **entre {ROWS_PER_TEMPLATE[0]} y
  {ROWS_PER_TEMPLATE[-1]} filas por plantilla** (alguna de train se queda con menos al quitar
  casi duplicados entre splits; muchas plantillas con pocas filas, para
  que un modelo no pueda memorizar unos pocos esqueletos). Proporción escrita a mano /
  generada: el 100 % de los esqueletos y de las piezas está escrito a mano y el
  100 % de las filas se genera a partir de ellos; ninguna fila se escribió suelta.
- Algunas filas reciben «ruido» de escritura real: sin tildes (habitual en SMS),
  letras cambiadas, abreviaturas de chat («q», «xq», «porfa»), minúscula inicial.
  Hay erratas en parte del `phishing` **y** en parte de los chats legítimos, para
  que las faltas de ortografía no basten para decidir: recibieron ruido
  {ruido[PHI]} filas de `phishing` ({fmt_pct(ruido[PHI] / tot["label"][PHI])}) y
  {ruido[LEG]} de `legitimo` ({fmt_pct(ruido[LEG] / leg_n)}).
- Las empresas, bancos, mensajerías, tiendas, dominios, cuentas y códigos son
  **inventados** (por ejemplo `bancoaurora.es` como dominio «oficial» y
  `bancoaurora-seguridad.top` como imitación). No hay números de teléfono reales.
  Aparecen nombres genéricos de instituciones reales (Agencia Tributaria, SAT,
  AFIP, DIAN, SII, SUNAT, DGT) porque el phishing las imita, nunca sus direcciones web.
- Los mensajes fraudulentos muestran la **forma** de la estafa (pretexto, urgencia,
  petición de datos o de dinero), no instrucciones dañinas que funcionen.
- **División por plantilla**, no por fila: todas las filas de un esqueleto van al
  mismo split, y cada tema tiene plantillas en train, validation y test. Así la
  nota de test mide si el modelo generaliza a redacciones que no ha visto.

### Cómo decide una persona atenta

Las etiquetas se pueden decidir leyendo con cuidado. Un mensaje es `phishing`
cuando pide algo que una entidad legítima no pide por ese canal: contraseñas, PIN,
códigos de verificación, datos completos de la tarjeta o la frase de recuperación;
pagos o transferencias a cuentas nuevas con prisa o en secreto; pagar para cobrar un
premio, un empleo o un reembolso; adelantar dinero a un desconocido antes de ver lo
que se compra o se alquila; o usa un dominio que imita al oficial. Un mensaje
`legitimo` puede tener urgencia y enlaces, pero lleva al dominio o la app oficial,
no pide secretos y suele recordar que la entidad nunca los pide.

## Campos

| campo | tipo | descripción |
|---|---|---|
| `text` | cadena | el mensaje (puede tener varios párrafos separados por `\\n`) |
| `label` | cadena | `phishing` o `legitimo` |
| `canal` | cadena | `email`, `sms` o `chat` |
| `pais` | cadena | `ES`, `MX`, `AR`, `CO`, `CL`, `PE` o `neutro` (vocabulario, moneda y tratamiento de ese país) |
| `tipo` | cadena | tema del mensaje; **lo comparten las dos etiquetas** (un `fraude_ceo` legítimo es un mensaje real de un jefe) |
| `plantilla` | cadena | id del esqueleto (`tipo-NN`); agrupa filas casi iguales; no revela la etiqueta |
| `dificil` | booleano | `true` en negativos difíciles (legítimos con urgencia, enlaces o dinero) y en phishing bien escrito, educado o sin enlace |

`plantilla` y `dificil` sirven para dividir y analizar errores; no los uses como
entrada del modelo.

## Tamaño y reparto

{n} filas en total.

### Por etiqueta

{count_table(rows, "label", [PHI, LEG], "etiqueta")}

Proporción de cada etiqueta (límites declarados: entre {fmt_pct(lo)} y {fmt_pct(hi)} en
el total, y entre {fmt_pct(slo)} y {fmt_pct(shi)} en cada split):

{table(["split", PHI, LEG], shares)}

### Por tema

{tipo_tab}

### Por canal

{table(["canal", PHI, LEG, "total"], canal_rows)}

### Por país

{table(["pais", PHI, LEG, "total"], pais_rows)}

### Casos difíciles

{table(["etiqueta", "dificil = true", "dificil = false"], [[PHI, hard[(PHI, True)], hard[(PHI, False)]], [LEG, hard[(LEG, True)], hard[(LEG, False)]]])}

Negativos difíciles: {fmt_pct(hard[(LEG, True)] / leg_n)} de la clase `legitimo`
(mínimo exigido: {fmt_pct(MIN_HARD_NEG)}).

### Plantillas por split

{table(["split", "plantillas", "filas"], [[s, st["splits"][s]["plantillas"], st["splits"][s]["filas"]] for s in SPLITS])}

## Línea base

TF-IDF (unigramas y bigramas de palabras) + regresión logística entrenada en
`train` (`scripts/_kit.py::tfidf_lr_f1`): **F1 macro en test = {_kit.dec(f1, 3)}**.

| filas de test | n | aciertos |
|---|---:|---:|
| `dificil = true` | {base["n_dificil"]} | {fmt_pct(base["acierto_dificil"])} |
| `dificil = false` | {base["n_facil"]} | {fmt_pct(base["acierto_facil"])} |
| `phishing` | {base["n_phishing"]} | {fmt_pct(base["acierto_phishing"])} |
| `legitimo` | {base["n_legitimo"]} | {fmt_pct(base["acierto_legitimo"])} |

Una línea base de 0,99 o más indicaría que el conjunto se resuelve con palabras
sueltas; los tests fallan si llega a ese valor. Un modelo que entienda la petición
del mensaje (y no solo sus palabras) tiene margen para mejorar.

{_kit.minilm_line('phishing', f1)}
## Ejemplos (de train)

{ejemplos}

## Límites conocidos

- **Sintético**: el vocabulario y las estructuras vienen de {n_hand} esqueletos
  escritos a mano y de los repertorios de piezas de los {n_comp} compositivos. Un
  modelo que va bien aquí puede fallar con estafas reales nuevas; úsalo para
  aprender, no para proteger a nadie.
- Las filas de una misma plantilla se parecen mucho entre sí; por eso la división
  es por plantilla. Las piezas compositivas se repiten entre plantillas (y entre
  splits) en combinaciones distintas: test mide combinaciones nuevas, no frases
  nunca vistas. Dentro de train hay casi duplicados (no exactos); los pocos casi
  duplicados entre splits (Jaccard de 5-gramas ≥ 0,8) se quitan de train.
- El dominio imitado es una pista muy fuerte en los mensajes con enlace; en la
  vida real los atacantes también usan dominios comprometidos de aspecto legítimo.
- La variación regional es aproximada (vocabulario, moneda, tú/vos/usted); no
  representa todos los países hispanohablantes ni todas las jergas. `neutro` evita
  marcas de país.
- Las etiquetas siguen un criterio (ver «Cómo decide una persona atenta»); algunos
  mensajes legítimos reales sí piden datos, y algunos fraudes no piden nada en el
  primer mensaje.
- Las monedas usan tipos de cambio aproximados y fijos.

## Licencia

CC BY 4.0. Texto original del proyecto `finetune_course`.

## Cómo regenerarlo

```bash
python scripts/make_phishing.py          # reescribe los ficheros, byte a byte iguales
python -m pytest -q tests/test_data_phishing.py
```
"""


def build(out_dir=None):
    "Genera el conjunto, escribe sus ficheros en `out_dir` (por defecto, `finetune_course/assets/phishing/`) y devuelve `stats.json`."
    rows, templates = generate()
    st = compute_stats(rows, _kit.tfidf_lr_f1(rows))
    _kit.write_dataset(OUT if out_dir is None else out_dir, rows, FIELDS, st, card(rows, st, templates))
    return st


def main(argv=None):
    st = _kit.cli(build, OUT, "Genera el conjunto `phishing` (mensajes fraudulentos frente a legítimos).", argv)
    tot = st["splits"]["total"]
    print(f"{tot['filas']} filas, {tot['plantillas']} plantillas, etiquetas {tot['label']}, "
          f"F1 TF-IDF+LR (test) = {st['linea_base_tfidf_lr_f1_macro_test']:.3f}")


if __name__ == "__main__":
    main()
