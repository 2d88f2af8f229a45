"""Morfología del español para el generador del corpus: verbos, sustantivos, adjetivos y números.

Personas gramaticales: 0=yo, 1=tú, 2=él/ella/usted, 3=nosotros, 4=ellos/ellas/ustedes.
"""
import re

P1S, P2S, P3S, P1P, P3P = range(5)
ACC = dict(zip("aeiou", "áéíóú"))
UNACC = str.maketrans("áéíóú", "aeiou")
CLITIC = ("me", "te", "se", "nos", "se")

END = {
    "ar": dict(pres="o as a amos an", pret="é aste ó amos aron", impf="aba abas aba ábamos aban",
               subj="e es e emos en"),
    "er": dict(pres="o es e emos en", pret="í iste ió imos ieron", impf="ía ías ía íamos ían",
               subj="a as a amos an"),
    "ir": dict(pres="o es e imos en", pret="í iste ió imos ieron", impf="ía ías ía íamos ían",
               subj="a as a amos an"),
}
FUT = "é ás á emos án".split()
COND = "ía ías ía íamos ían".split()
HABER = "he has ha hemos han".split()
HABIA = "había habías había habíamos habían".split()

# Verbos irregulares: formas explícitas (cadenas de 5 personas) o raíces especiales.
IRREG = {
    "ser": dict(pres="soy eres es somos son", pret="fui fuiste fue fuimos fueron",
                impf="era eras era éramos eran", subj="sea seas sea seamos sean", part="sido"),
    "estar": dict(pres="estoy estás está estamos están", pret_stem="estuv",
                  subj="esté estés esté estemos estén"),
    "ir": dict(pres="voy vas va vamos van", pret="fui fuiste fue fuimos fueron",
               impf="iba ibas iba íbamos iban", subj="vaya vayas vaya vayamos vayan", ger="yendo"),
    "haber": dict(pres="he has ha hemos han", pret_stem="hub", fut_stem="habr",
                  subj="haya hayas haya hayamos hayan"),
    "tener": dict(yo="tengo", sc="ie", pret_stem="tuv", fut_stem="tendr"),
    "mantener": dict(yo="mantengo", sc="ie", pret_stem="mantuv", fut_stem="mantendr"),
    "obtener": dict(yo="obtengo", sc="ie", pret_stem="obtuv", fut_stem="obtendr"),
    "venir": dict(yo="vengo", sc="ie", pret_stem="vin", fut_stem="vendr", ger="viniendo"),
    "hacer": dict(yo="hago", pret="hice hiciste hizo hicimos hicieron", fut_stem="har", part="hecho"),
    "deshacer": dict(yo="deshago", pret="deshice deshiciste deshizo deshicimos deshicieron",
                     fut_stem="deshar", part="deshecho"),
    "poder": dict(sc="ue", pret_stem="pud", fut_stem="podr", ger="pudiendo"),
    "querer": dict(sc="ie", pret_stem="quis", fut_stem="querr"),
    "decir": dict(pres="digo dices dice decimos dicen", yo="digo", pret_stem="dij", fut_stem="dir",
                  part="dicho", ger="diciendo"),
    "poner": dict(yo="pongo", pret_stem="pus", fut_stem="pondr", part="puesto"),
    "salir": dict(yo="salgo", fut_stem="saldr"),
    "saber": dict(pres="sé sabes sabe sabemos saben", pret_stem="sup", fut_stem="sabr",
                  subj="sepa sepas sepa sepamos sepan"),
    "dar": dict(pres="doy das da damos dan", pret="di diste dio dimos dieron", subj="dé des dé demos den"),
    "ver": dict(pres="veo ves ve vemos ven", pret="vi viste vio vimos vieron",
                impf="veía veías veía veíamos veían", part="visto", yo="veo"),
    "traer": dict(yo="traigo", pret_stem="traj", part="traído", ger="trayendo"),
    "caer": dict(yo="caigo", pret="caí caíste cayó caímos cayeron", part="caído", ger="cayendo"),
    "oír": dict(pres="oigo oyes oye oímos oyen", yo="oigo", pret="oí oíste oyó oímos oyeron",
                part="oído", ger="oyendo", fut_stem="oir"),
    "leer": dict(pret="leí leíste leyó leímos leyeron", part="leído", ger="leyendo"),
    "creer": dict(pret="creí creíste creyó creímos creyeron", part="creído", ger="creyendo"),
    "conducir": dict(yo="conduzco", pret_stem="conduj"),
    "traducir": dict(yo="traduzco", pret_stem="traduj"),
    "producir": dict(yo="produzco", pret_stem="produj"),
    "enviar": dict(pres="envío envías envía enviamos envían", subj="envíe envíes envíe enviemos envíen"),
    "esquiar": dict(pres="esquío esquías esquía esquiamos esquían"),
    "continuar": dict(pres="continúo continúas continúa continuamos continúan",
                      subj="continúe continúes continúe continuemos continúen"),
    "reunir": dict(pres="reúno reúnes reúne reunimos reúnen", subj="reúna reúnas reúna reunamos reúnan"),
    "escribir": dict(part="escrito"),
    "describir": dict(part="descrito"),
    "abrir": dict(part="abierto"),
    "cubrir": dict(part="cubierto"),
    "descubrir": dict(part="descubierto"),
    "romper": dict(part="roto"),
    "morir": dict(sc="ue", part="muerto"),
    "volver": dict(sc="ue", part="vuelto"),
    "devolver": dict(sc="ue", part="devuelto"),
    "resolver": dict(sc="ue", part="resuelto"),
    "freír": dict(pres="frío fríes fríe freímos fríen", pret="freí freíste frió freímos frieron",
                  subj="fría frías fría friamos frían", part="frito", ger="friendo", fut_stem="freir"),
    "reír": dict(pres="río ríes ríe reímos ríen", pret="reí reíste rió reímos rieron",
                 subj="ría rías ría riamos rían", part="reído", ger="riendo", fut_stem="reir"),
    "sonreír": dict(pres="sonrío sonríes sonríe sonreímos sonríen", pret="sonreí sonreíste sonrió sonreímos sonrieron",
                    subj="sonría sonrías sonría sonriamos sonrían", part="sonreído", ger="sonriendo",
                    fut_stem="sonreir"),
}
# Cambios vocálicos de raíz (presente y subjuntivo): ie, ue, i.
STEM = {}
for _v in ("pensar empezar comenzar cerrar despertar querer entender perder preferir sentir "
           "calentar merendar recomendar encender defender sugerir divertir advertir convertir hervir verter precalentar "
           "atravesar regar fregar nevar").split():
    STEM[_v] = "ie"
for _v in ("poder volver devolver dormir encontrar contar recordar mostrar almorzar costar mover "
           "llover soñar probar acostar resolver morir colgar rogar sonar tostar demostrar "
           "renovar apostar remover").split():
    STEM[_v] = "ue"
STEM["jugar"] = "ue"
for _v in "pedir servir repetir seguir conseguir vestir elegir medir corregir despedir competir".split():
    STEM[_v] = "i"
for _v, _d in IRREG.items():
    if "sc" in _d:
        STEM[_v] = _d["sc"]
# -cer/-cir con "zc" en la primera persona.
ZC = set("conocer reconocer ofrecer parecer agradecer crecer establecer aparecer desaparecer "
         "merecer nacer obedecer pertenecer favorecer permanecer".split())
# -uir con "y".
UIR = set("construir incluir destruir contribuir distribuir huir sustituir concluir disminuir".split())


def _swap_last(s, a, b):
    i = s.rfind(a)
    return s if i < 0 else s[:i] + b + s[i + len(a):]


def _strong(stem, change):
    if change == "ie":
        return _swap_last(stem, "e", "ie")
    if change == "ue":
        return _swap_last(stem, "u", "ue") if stem.endswith("ug") else _swap_last(stem, "o", "ue")
    if change == "i":
        return _swap_last(stem, "e", "i")
    return stem


def _weak(stem, change):
    "Cambio débil de los verbos en -ir (pretérito 3.ª persona, gerundio, subjuntivo nosotros)."
    if change in ("ie", "i"):
        return _swap_last(stem, "e", "i")
    if change == "ue":
        return _swap_last(stem, "o", "u")
    return stem


def _split(inf):
    base = inf[:-2] if inf.endswith("se") and inf not in ("ser",) else inf
    refl = base != inf
    ending = base[-2:].translate(UNACC)
    return base, refl, ending, base[:-2]


def _yo_spell(stem, ending, inf):
    "Ortografía de la 1.ª persona del presente (y base del subjuntivo)."
    if inf in ZC:
        return stem[:-1] + "zc"
    if ending in ("er", "ir") and stem.endswith("g") and not stem.endswith("gu"):
        return stem[:-1] + "j"
    if ending == "ir" and stem.endswith("gu"):
        return stem[:-1]
    if ending == "er" and stem.endswith("c") and inf not in ZC and stem[-2:-1] not in "aeiou":
        return stem[:-1] + "z"
    return stem


def _subj_spell(stem, ending):
    if ending == "ar":
        if stem.endswith("c"):
            return stem[:-1] + "qu"
        if stem.endswith("g"):
            return stem + "u"
        if stem.endswith("z"):
            return stem[:-1] + "c"
    return stem


def _forms(s):
    return s.split() if isinstance(s, str) else list(s)


def present(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "pres" in irr:
        return _forms(irr["pres"])
    ch = STEM.get(base)
    ends = _forms(END[ending]["pres"])
    out = []
    for p in range(5):
        st = stem
        if ch and p in (P1S, P2S, P3S, P3P):
            st = _strong(stem, ch)
        if base in UIR and p != P1P:
            st = stem + "y"
        out.append(st + ends[p])
    if "yo" in irr:
        out[0] = irr["yo"]
    else:
        st0 = _strong(stem, ch) if ch else stem
        if base in UIR:
            st0 = stem + "y"
        out[0] = _yo_spell(st0, ending, base) + "o"
    return out


def preterite(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "pret" in irr:
        return _forms(irr["pret"])
    if "pret_stem" in irr:
        ps = irr["pret_stem"]
        last3 = "eron" if ps.endswith("j") else "ieron"
        return [ps + "e", ps + "iste", ps + "o", ps + "imos", ps + last3]
    ends = _forms(END[ending]["pret"])
    out = [stem + e for e in ends]
    if ending == "ar":
        out[0] = _subj_spell(stem, "ar") + "é"
    if base in UIR:
        out[2], out[4] = stem + "yó", stem + "yeron"
    ch = STEM.get(base)
    if ending == "ir" and ch:
        w = _weak(stem, ch)
        out[2], out[4] = w + "ió", w + "ieron"
    return out


def imperfect(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "impf" in irr:
        return _forms(irr["impf"])
    return [stem + e for e in _forms(END[ending]["impf"])]


def future(base, ending, stem, inf, endings=FUT):
    irr = IRREG.get(base, {})
    fs = irr.get("fut_stem", base)
    return [fs + e for e in endings]


def subjunctive(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "subj" in irr:
        return _forms(irr["subj"])
    ends = _forms(END[ending]["subj"])
    ch = STEM.get(base)
    if "yo" in irr:
        st = irr["yo"][:-1]
        return [st + e for e in ends]
    if base in UIR:
        return [stem + "y" + e for e in ends]
    out = []
    for p in range(5):
        if ch and p != P1P:
            st = _strong(stem, ch)
        elif ch and ending == "ir":
            st = _weak(stem, ch)
        else:
            st = stem
        st = _yo_spell(st, ending, base) if ending != "ar" else _subj_spell(st, "ar")
        out.append(st + ends[p])
    return out


def imp_subjunctive(base, ending, stem, inf):
    p3 = preterite(base, ending, stem, inf)[4]
    st = p3[:-3]  # tuvie-, habla-, fue-
    out = [st + "ra", st + "ras", st + "ra", st[:-1] + ACC.get(st[-1], st[-1]) + "ramos", st + "ran"]
    return out


def participle(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "part" in irr:
        return irr["part"]
    if base.endswith("ír"):
        return stem + "ído"
    return stem + ("ado" if ending == "ar" else "ido")


def gerund(base, ending, stem, inf):
    irr = IRREG.get(base, {})
    if "ger" in irr:
        return irr["ger"]
    if ending == "ar":
        return stem + "ando"
    if base in UIR:
        return stem + "yendo"
    ch = STEM.get(base)
    if ending == "ir" and ch:
        return _weak(stem, ch) + "iendo"
    return stem + "iendo"


TENSES = ("pres", "pret", "impf", "fut", "cond", "perf", "plus", "subj", "impsubj", "irfut")


def conj(inf, tense, p):
    """Conjuga `inf` (p. ej. «levantarse») en `tense` y persona `p` (0-4), con su pronombre reflexivo."""
    base, refl, ending, stem = _split(inf)
    cl = CLITIC[p] + " " if refl else ""
    if tense == "pres":
        return cl + present(base, ending, stem, inf)[p]
    if tense == "pret":
        return cl + preterite(base, ending, stem, inf)[p]
    if tense == "impf":
        return cl + imperfect(base, ending, stem, inf)[p]
    if tense == "fut":
        return cl + future(base, ending, stem, inf)[p]
    if tense == "cond":
        return cl + future(base, ending, stem, inf, COND)[p]
    if tense == "perf":
        return cl + HABER[p] + " " + participle(base, ending, stem, inf)
    if tense == "plus":
        return cl + HABIA[p] + " " + participle(base, ending, stem, inf)
    if tense == "subj":
        return cl + subjunctive(base, ending, stem, inf)[p]
    if tense == "impsubj":
        return cl + imp_subjunctive(base, ending, stem, inf)[p]
    if tense == "irfut":
        return conj("ir", "pres", p) + " a " + infinitive(inf, p)
    raise ValueError(tense)


def infinitive(inf, p=P3S):
    "Infinitivo con el pronombre reflexivo de la persona `p` pegado («levantarme»)."
    base, refl, ending, stem = _split(inf)
    return base + CLITIC[p] if refl else base


def gerund_p(inf, p=P3S):
    "Gerundio con el pronombre reflexivo pegado y su tilde («levantándose»)."
    base, refl, ending, stem = _split(inf)
    g = gerund(base, ending, stem, inf)
    if not refl:
        return g
    i = g.rfind("ndo")
    g = g[:i - 1] + ACC[g[i - 1]] + g[i:]
    return g + CLITIC[p]


def part(inf, g="m", n="s"):
    "Participio concordado en género y número."
    base, refl, ending, stem = _split(inf)
    pa = participle(base, ending, stem, inf)
    return adj_form(pa, g, n)


def imperative(inf, p=P2S, neg=False):
    "Imperativo afirmativo para tú (P2S), usted (P3S), nosotros (P1P) o ustedes (P3P)."
    base, refl, ending, stem = _split(inf)
    tu_irr = dict(tener="ten", venir="ven", hacer="haz", poner="pon", salir="sal", decir="di",
                  ir="ve", ser="sé", mantener="mantén", obtener="obtén")
    if neg or p != P2S:
        f = subjunctive(base, ending, stem, inf)[p]
        if neg:
            return "no " + (CLITIC[p] + " " if refl else "") + f
        if not refl:
            return f
        if p == P1P:
            f = f[:-1]
        return _accent_for_clitic(f, 1) + CLITIC[p]
    f = tu_irr.get(base) or present(base, ending, stem, inf)[P3S]
    if not refl:
        return f
    return _accent_for_clitic(f, 1) + "te"


def _accent_for_clitic(f, n_syll_added):
    "Pone la tilde que exige añadir un pronombre enclítico (lava → lávate)."
    if f in ("dé", "dá", "sé"):
        return f.translate(UNACC)
    if any(c in f for c in "áéíóú"):
        return f
    vowels = [i for i, c in enumerate(f) if c in "aeiou"]
    # Núcleos silábicos aproximados: agrupar diptongos con i/u átonas.
    nuclei = []
    for i in vowels:
        if nuclei and nuclei[-1][-1] == i - 1 and (f[i] in "iu" or f[i - 1] in "iu"):
            nuclei[-1].append(i)
        else:
            nuclei.append([i])
    if len(nuclei) < 2 and n_syll_added < 2:
        return f
    last = f[-1]
    stressed = nuclei[-2] if (last in "aeiouns" and len(nuclei) >= 2) else nuclei[-1]
    pos = stressed[0]
    for i in stressed:
        if f[i] in "aeo":
            pos = i
            break
    return f[:pos] + ACC[f[pos]] + f[pos + 1:]


# ---------------------------------------------------------------- sustantivos y adjetivos

def plural(w):
    "Plural regular de un sustantivo o adjetivo."
    if w[-1] in "aeiouáéó":
        return w + "s"
    if w[-1] in "íú":
        return w + "es"
    if w.endswith("z"):
        return w[:-1] + "ces"
    if w[-1] in "sx" and len(re.findall("[aeiouáéíóú]", w)) > 1 and not re.search("[áéíóú]", w):
        return w
    if re.search("[áéíóú][ns]$", w):
        return w[:-2] + w[-2].translate(UNACC) + w[-1] + "es"
    return w + "es"


INVAR_OR = set("mejor peor mayor menor exterior interior superior inferior anterior posterior".split())


def adj_forms(ms):
    "Formas (ms, fs, mp, fp) de un adjetivo a partir del masculino singular."
    if ms.endswith("o"):
        fs = ms[:-1] + "a"
    elif (ms.endswith("or") and ms not in INVAR_OR) or ms in ("español", "andaluz"):
        fs = ms + "a"
    elif re.search("[áéíó]n$|és$", ms) and ms != "marrón":
        fs = ms[:-2] + ms[-2].translate(UNACC) + ms[-1] + "a"
    else:
        fs = ms
    mp = plural(ms)
    fp = plural(fs) if fs != ms else mp
    return ms, fs, mp, fp


def adj_form(ms, g, n):
    f = adj_forms(ms)
    return f[(0 if g == "m" else 1) + (0 if n == "s" else 2)]


class Noun:
    "Sustantivo con género, plural y etiquetas."
    def __init__(self, sg, g, pl=None, el=False):
        self.sg, self.g, self.pl, self.el = sg, g, pl or plural(sg), el

    def form(self, n):
        return self.sg if n == "s" else self.pl

    def __repr__(self):
        return f"Noun({self.sg!r}, {self.g!r})"


def nouns(spec):
    """Lee «casa f; pan m; lápiz m lápices; agua f! ...» («!» = femenino con «el»)."""
    out = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        parts = item.split()
        # el sustantivo puede tener varias palabras: «máquina de coser f»
        gi = max(i for i, t in enumerate(parts) if t.rstrip("!") in ("m", "f"))
        sg = " ".join(parts[:gi])
        g = parts[gi].rstrip("!")
        el = parts[gi].endswith("!")
        pl = " ".join(parts[gi + 1:]) or None
        if pl is None and " " in sg:
            head, rest = sg.split(" ", 1)
            pl = plural(head) + " " + rest
        out.append(Noun(sg, g, pl, el))
    return out


DETS = {
    "el": ("el", "la", "los", "las"), "un": ("un", "una", "unos", "unas"),
    "este": ("este", "esta", "estos", "estas"), "ese": ("ese", "esa", "esos", "esas"),
    "aquel": ("aquel", "aquella", "aquellos", "aquellas"),
    "mucho": ("mucho", "mucha", "muchos", "muchas"), "poco": ("poco", "poca", "pocos", "pocas"),
    "otro": ("otro", "otra", "otros", "otras"), "algun": ("algún", "alguna", "algunos", "algunas"),
    "ningun": ("ningún", "ninguna", "ningunos", "ningunas"), "todo": ("todo el", "toda la", "todos los", "todas las"),
    "mi": ("mi", "mi", "mis", "mis"), "tu": ("tu", "tu", "tus", "tus"), "su": ("su", "su", "sus", "sus"),
    "nuestro": ("nuestro", "nuestra", "nuestros", "nuestras"), "cada": ("cada", "cada", "cada", "cada"),
    "0": ("", "", "", ""), "varios": ("varios", "varias", "varios", "varias"),
}
POSS = ("mi", "tu", "su", "nuestro", "su")


def det(kind, noun, n="s"):
    "Determinante concordado con `noun` (género, número y «el» ante a tónica)."
    forms = DETS[kind]
    g = noun.g
    if n == "s" and noun.el and kind in ("el", "un", "algun", "ningun"):
        g = "m"
    return forms[(0 if g == "m" else 1) + (0 if n == "s" else 2)]


def np(noun, kind="el", n="s", adj=None, pre=False):
    "Sintagma nominal concordado: determinante + (adjetivo) + sustantivo + (adjetivo)."
    d = det(kind, noun, n)
    w = noun.form(n)
    if adj:
        a = adj_form(adj, noun.g, n)
        if pre:
            if n == "s" and noun.g == "m" and adj in ("bueno", "malo", "primero", "tercero"):
                a = a[:-1]
            if n == "s" and adj == "grande":
                a = "gran"
            w = a + " " + w
        else:
            w = w + " " + a
    return (d + " " + w).strip()


def contract(text):
    "Contracciones obligatorias: a + el → al, de + el → del."
    text = re.sub(r"\b([Aa]) el\b", lambda m: m.group(1) + "l", text)
    return re.sub(r"\b([Dd])e el\b", lambda m: m.group(1) + "el", text)


# ---------------------------------------------------------------- números

UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
         "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
         "veinticinco veintiséis veintisiete veintiocho veintinueve").split()
TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa"}
HUNDREDS = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos", 5: "quinientos",
            6: "seiscientos", 7: "setecientos", 8: "ochocientos", 9: "novecientos"}


def number(n, g="m", before_noun=True):
    """Número en letras (0-999 999) concordado: «veintiún libros», «doscientas páginas»."""
    def lt100(k):
        if k < 30:
            w = UNITS[k]
        else:
            t, u = divmod(k, 10)
            w = TENS[t * 10] + ("" if u == 0 else " y " + UNITS[u])
        return w

    def lt1000(k):
        c, r = divmod(k, 100)
        parts = []
        if c:
            h = "cien" if (c == 1 and r == 0) else HUNDREDS[c]
            if g == "f" and c > 1:
                h = h[:-2] + "as"
            parts.append(h)
        if r:
            parts.append(lt100(r))
        return " ".join(parts)

    if n == 0:
        return "cero"
    th, rest = divmod(n, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else _fix_one(lt1000(th), "m", True) + " mil")
    if rest:
        parts.append(lt1000(rest))
    w = " ".join(parts)
    return _fix_one(w, g, before_noun)


def _fix_one(w, g, before_noun):
    if g == "f":
        w = re.sub(r"uno$", "una", w)
        w = re.sub(r"uno mil$", "ún mil", w)
        w = w.replace("veintiuno mil", "veintiún mil").replace("uno mil", "un mil")
    elif before_noun:
        w = re.sub(r"veintiuno$", "veintiún", w)
        w = re.sub(r"uno$", "un", w)
        w = w.replace("veintiuno mil", "veintiún mil").replace("uno mil", "un mil")
    return w


ORD = {1: "primero", 2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo",
       8: "octavo", 9: "noveno", 10: "décimo"}


def ordinal(n, g="m", before_noun=True):
    w = ORD[n]
    if g == "f":
        return w[:-1] + "a"
    if before_noun and w in ("primero", "tercero"):
        return w[:-1]
    return w


def cap(s):
    "Mayúscula inicial, saltando signos de apertura y rayas."
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
    return s


def join_list(items, conj="y"):
    "Une una enumeración: «a, b y c» (con «e» ante i-/hi- y «u» ante o-/ho-)."
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    c = conj
    if conj == "y" and re.match(r"(?i)h?[ií](?![aeoáéó])", last):
        c = "e"
    if conj == "o" and re.match(r"(?i)h?[oó]", last):
        c = "u"
    return ", ".join(items[:-1]) + f" {c} " + last
