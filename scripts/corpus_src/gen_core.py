"""Utilidades del generador: contexto aleatorio con semilla, personajes y relleno de plantillas."""
import re

from lexicon import CAT, DOMAINS, FEMALE, JOBS, KIN, MALE, SURNAMES
from morph import (P1P, P1S, P2S, P3P, P3S, POSS, Noun, adj_form, cap, conj, contract, det, infinitive,
                   np, number)

PRON = {(P1S, "m"): "yo", (P1S, "f"): "yo", (P2S, "m"): "tú", (P2S, "f"): "tú", (P3S, "m"): "él",
        (P3S, "f"): "ella", (P1P, "m"): "nosotros", (P1P, "f"): "nosotras", (P3P, "m"): "ellos",
        (P3P, "f"): "ellas"}
DAT = ("me", "te", "le", "nos", "les")
ACCU = {(P3S, "m"): "lo", (P3S, "f"): "la", (P3P, "m"): "los", (P3P, "f"): "las", (P1S, "m"): "me",
        (P1S, "f"): "me", (P2S, "m"): "te", (P2S, "f"): "te", (P1P, "m"): "nos", (P1P, "f"): "nos"}
SLOT = re.compile(r"\{(\w+):([\wáéíóúñ|]+)(?::([sp]))?(?::(a))?\}")


class Ent:
    "Personaje o grupo que puede ser sujeto: nombre, género, número y persona gramatical."
    def __init__(self, name, g, p=P3S, job=None, kin=None):
        self.name, self.g, self.p, self.job, self.kin = name, g, p, job, kin

    @property
    def n(self):
        return "p" if self.p in (P1P, P3P) else "s"

    @property
    def pron(self):
        return PRON[(self.p, self.g)]

    def a(self, ms):
        "Adjetivo concordado con el personaje."
        return adj_form(ms, self.g, self.n)

    @property
    def acc(self):
        return ACCU[(self.p, self.g)]

    def v(self, inf, tense):
        return conj(inf, tense, self.p)


class Gen:
    "Contexto de generación de un documento: azar con semilla y relleno de plantillas."
    STICKY = ("animal_casa", "instrumento", "aparato")

    def __init__(self, rng):
        self.rng = rng
        self.memo = {}

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def person(self, g=None, surname=False, job=False):
        g = g or self.pick("mf")
        name = self.pick(FEMALE if g == "f" else MALE)
        if surname:
            name += " " + self.pick(SURNAMES)
        j = None
        if job:
            j = self.pick(JOBS)[0 if g == "m" else 1]
        return Ent(name, g, P3S, job=j)

    def other(self, ent, g=None):
        "Otro personaje con nombre distinto de `ent`."
        while True:
            o = self.person(g)
            if o.name.split()[0] != ent.name.split()[0]:
                return o

    def kin(self, g=None):
        g = g or self.pick("mf")
        k = self.pick(KIN)[0 if g == "m" else 1]
        return k, g

    def noun(self, cat):
        "Sustantivo de `cat`; en las categorías «pegajosas» se repite el mismo en todo el documento."
        if cat in self.STICKY:
            if cat not in self.memo:
                self.memo[cat] = self.pick(CAT[cat][0])
            return self.memo[cat]
        return self.pick(CAT[cat][0])

    def adj(self, cat, noun=None):
        adjs = CAT[cat][1]
        return self.pick(adjs) if adjs else None

    def fill(self, tpl, p=P3S):
        "Rellena las ranuras {det:categoría[:n][:a]} de `tpl` con concordancia."
        def rep(m):
            kind, cat, n, a = m.group(1), m.group(2), m.group(3) or "s", m.group(4)
            if "|" in cat:
                w, g = cat.split("|")
                noun = Noun(w, g)
            else:
                noun = self.noun(cat)
            adj = self.adj(cat) if (a and "|" not in cat) else None
            if kind == "POSS":
                kind = POSS[p]
            if kind in ("al", "del"):
                return ("a " if kind == "al" else "de ") + np(noun, "el", n, adj)
            return np(noun, kind, n, adj)
        out = SLOT.sub(rep, tpl)
        return out.replace("{DAT}", DAT[p])

    def act(self, tpl, p, tense):
        "Conjuga una frase verbal de dominio («preparar {un:plato}») en persona y tiempo."
        verb, _, rest = tpl.partition(" ")
        vp = conj(verb, tense, p)
        rest = self.fill(rest, p)
        return (vp + " " + rest).strip()

    def act_inf(self, tpl, p):
        verb, _, rest = tpl.partition(" ")
        return (infinitive(verb, p) + " " + self.fill(rest, p)).strip()

    def domain(self, name=None):
        name = name or self.pick(list(DOMAINS))
        return name, DOMAINS[name]


def sentence(s):
    "Mayúscula inicial, contracciones y punto final si falta."
    s = contract(s.strip())
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r" ([,.;:])", r"\1", s)
    s = cap(s)
    if s and s[-1] not in ".!?…:":
        s += "."
    return s


def para(sents):
    return " ".join(sentence(s) for s in sents if s)


def doc(paras):
    "Une párrafos con línea en blanco y aplica contracciones."
    return contract("\n\n".join(p.strip() for p in paras if p and p.strip()))


def dash(line, tag=None):
    "Línea de diálogo con raya: —Texto —dijo Fulano. Sigue."
    line = line.strip()
    if tag:
        line = line.rstrip(".")
        return "—" + cap(contract(line)) + " —" + contract(tag) + "."
    return "—" + cap(contract(line))


def time_words(h, m=0):
    "Hora en letras: «las siete y media»."
    art = "la" if h in (1, 13) else "las"
    hh = h if h <= 12 else h - 12
    w = art + " " + number(hh, "f", False)
    if m == 30:
        w += " y media"
    elif m == 15:
        w += " y cuarto"
    elif m == 45:
        w = (("la" if hh % 12 == 0 else "las") + " " + number(hh % 12 + 1, "f", False) + " menos cuarto")
        if hh % 12 + 1 == 1:
            w = "la una menos cuarto"
    return w
