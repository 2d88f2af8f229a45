"""Familias en formato de instrucciones: «### Usuario:» / «### Asistente:» sobre temas cotidianos."""
from facts import ANIMALS, CONCEPTS, COUNTRIES
from fam_other import ADVICE, ADVICE_TITLES, BASE_ING, COUNTABLE, DISHES, METHOD, _imper_phrase
from gen_core import sentence
from lexicon import CAT, DAYS, MONTHS
from morph import P1P, P1S, P2S, P3P, P3S, Noun, adj_form, cap, conj, imperative, join_list, np, number

PERS = ("yo", "tú", "él/ella/usted", "nosotros/nosotras", "ellos/ellas/ustedes")
TENSE_NAMES = {"pres": "presente", "pret": "pretérito perfecto simple", "impf": "pretérito imperfecto",
               "fut": "futuro", "cond": "condicional", "subj": "presente de subjuntivo"}
VERBS = ("hablar comer vivir cantar aprender escribir tener hacer poder querer decir ir ser estar venir poner salir saber "
         "dormir pedir pensar jugar conocer traer leer volver empezar seguir construir elegir sentir").split()


def turn(user, assistant):
    return f"### Usuario:\n{user}\n### Asistente:\n{assistant}"


def _tu_advice(phrase):
    "«beber agua» → «Bebe agua» (imperativo de tú), también con reflexivos y verbos coordinados."
    if phrase.startswith("no "):
        verb, _, rest = phrase[3:].partition(" ")
        return cap(imperative(verb, P2S, neg=True) + " " + rest)
    verb, _, rest = phrase.partition(" ")
    rest = rest.replace("se cepilla", "te cepillas").replace("sus propias", "tus propias").replace("su sueldo", "tu sueldo")
    return cap(imperative(verb, P2S) + " " + rest)


def instr_definicion(g):
    "Preguntas de definición y de geografía o biología con respuesta breve."
    kind = g.pick(["concepto", "concepto", "animal", "pais"])
    if kind == "concepto":
        term, gd, defi, ex = g.pick(CONCEPTS)
        art = np(Noun(term, gd), "un" if term in COUNTABLE else "el")
        u = g.pick([f"¿Qué es {art}?", f"Explícame qué es {art} en pocas palabras.", f"No entiendo bien qué significa «{term}». ¿Me lo explicas?",
                     f"Define {art} de forma sencilla."])
        a = g.pick([f"{cap(art)} es {defi}. {cap(ex)}.", f"Es {defi}. Además, {ex}.",
                    f"En pocas palabras, {art} es {defi}. Un detalle útil: {ex}."])
        tema = "ciencia"
    elif kind == "animal":
        name, gd, cls, diet, hab, facts = g.pick(ANIMALS)
        el = np(Noun(name, gd), "el")
        u = g.pick([f"Háblame {'del' if gd == 'm' else 'de la'} {name}.", f"¿Dónde vive {el}?", f"Dime algo curioso sobre {el}.",
                     f"¿Qué come {el}?"])
        dietw = diet if diet.startswith("se ") else "es " + adj_form(diet, gd, "s")
        fs = g.sample(facts, min(2, len(facts)))
        a = (f"{cap(el)} es {'un ave' if cls == 'ave' else 'un ' + cls} que vive en {hab}. {cap(dietw)}. "
             + " ".join(cap(f) + "." for f in fs))
        tema = "animales"
    else:
        name, gd, capital, reg, cur, feats = g.pick(COUNTRIES)
        u = g.pick([f"¿Cuál es la capital de {name}?", f"Dime tres datos sobre {name}.", f"¿Qué moneda se usa en {name}?",
                     f"¿Dónde está {name}?"])
        fs = g.sample(feats, min(2, len(feats)))
        if u.startswith("¿Cuál"):
            a = f"La capital de {name} es {capital}. " + cap(fs[0]) + "."
        elif u.startswith("¿Qué moneda"):
            a = f"En {name} se usa {cur}."
        elif u.startswith("¿Dónde"):
            a = f"{name} está en {reg}. Su capital es {capital} y " + fs[0] + "."
        else:
            a = f"Con mucho gusto:\n1. Su capital es {capital}.\n2. Está en {reg}.\n3. {cap(fs[0])}."
        tema = "geografia"
    return tema, turn(u, a)


def instr_consejos(g):
    "Petición de consejos con una lista numerada en imperativo."
    topic = g.pick(list(ADVICE))
    n = g.randint(3, min(5, len(ADVICE[topic])))
    tips = g.sample(ADVICE[topic], n)
    title = ADVICE_TITLES[topic]
    u = g.pick([f"Dame {number(n, 'm')} consejos para {title}.", f"¿Cómo puedo {title}?", f"Necesito ideas para {title}. ¿Qué me recomiendas?",
                f"Quiero {title}, pero no sé por dónde empezar."])
    head = g.pick(["Aquí tienes algunas ideas:", "Claro. Te propongo lo siguiente:", "¡Buena pregunta! Prueba con estos pasos:",
                   f"Estos son {number(n, 'm')} consejos sencillos:"])
    body = "\n".join(f"{i}. {sentence(_tu_advice(t))}" for i, t in enumerate(tips, 1))
    tail = g.pick(["No hace falta hacerlo todo a la vez: empieza por lo que te resulte más fácil.", "Con un poco de constancia, notarás la diferencia.", ""])
    tema = {"estudio": "educacion", "ahorro": "economia_domestica", "seguridad_digital": "seguridad_informatica"}.get(topic, topic)
    return tema, turn(u, head + "\n" + body + ("\n" + tail if tail else ""))


def instr_receta(g):
    "Pregunta cómo preparar un plato; respuesta con ingredientes y pasos en imperativo de tú."
    name, gd, ings, kind = g.pick(DISHES)
    el = np(Noun(name, gd), "un")
    u = g.pick([f"¿Cómo preparo {el}?", f"Quiero hacer {el}. ¿Me das la receta?", f"Explícame paso a paso cómo se hace {el}."])
    ing = []
    for i in ings:
        n = g.noun(i) if i in ("fruta", "verdura") else next((x for c in ("fruta", "verdura") for x in CAT[c][0] if x.sg == i), Noun(i, "m"))
        if n.pl not in ing:
            ing.append(n.pl)
    steps = "\n".join(f"{k}. {sentence(_imper_phrase(s, 'tu'))}" for k, s in enumerate(METHOD[kind], 1))
    a = (f"¡Claro! Necesitas {join_list(ing + BASE_ING[kind])}.\n\n" + steps + "\n\n"
         + g.pick(["¡Que aproveche!", "Si te sobra, guárdalo en la nevera.", "Puedes ajustar las cantidades según el número de personas."]))
    return "cocina", turn(u, a)


def instr_lengua(g):
    "Preguntas de lengua: conjugación, plural, género y sinónimos sencillos."
    kind = g.pick(["conj", "conj", "plural", "fem", "frase"])
    if kind == "conj":
        v = g.pick(VERBS)
        t = g.pick(list(TENSE_NAMES))
        u = g.pick([f"¿Cómo se conjuga el verbo «{v}» en {TENSE_NAMES[t]}?", f"Conjuga «{v}» en {TENSE_NAMES[t]}, por favor."])
        forms = "\n".join(f"- {PERS[p]}: {conj(v, t, p)}" for p in range(5))
        a = f"Estas son las formas de «{v}» en {TENSE_NAMES[t]}:\n{forms}"
        return "lengua", turn(u, a)
    if kind == "plural":
        ws = g.sample([n for c in ("fruta", "verdura", "utensilio", "mueble", "aparato", "prenda", "vehiculo") for n in CAT[c][0]], 3)
        u = f"¿Cuál es el plural de {join_list(['«' + w.sg + '»' for w in ws])}?"
        a = "\n".join(f"- {w.sg} → {w.pl}" for w in ws)
        return "lengua", turn(u, a)
    if kind == "fem":
        ws = g.sample(["trabajador", "alto", "feliz", "amable", "alemán", "inglés", "español", "curioso", "joven", "fuerte", "dormilón", "valiente"], 3)
        u = f"¿Cuál es el femenino de los adjetivos {join_list(['«' + w + '»' for w in ws])}?"
        a = "\n".join(f"- {w} → {adj_form(w, 'f', 's')}" + (" (no cambia)" if adj_form(w, 'f', 's') == w else "") for w in ws)
        return "lengua", turn(u, a)
    w = g.pick([n for c in ("libro", "mueble", "instrumento", "aparato", "prenda") for n in CAT[c][0]])
    adj = g.pick(["nuevo", "pequeño", "bonito", "viejo", "grande"])
    u = f"Escribe una frase con la palabra «{w.sg}»."
    a = g.pick([f"{cap(np(w, 'el'))} que compré ayer es muy {adj_form(adj, w.g, 's')}.",
                f"Mi abuela guarda {np(w, 'un')} {adj_form(adj, w.g, 's')} en su casa.",
                f"¿Has visto {np(w, 'el')} {adj_form(adj, w.g, 's')} que hay en la mesa?"])
    return "lengua", turn(u, a)


def instr_cuentas(g):
    "Cálculos sencillos y preguntas de calendario con respuesta razonada."
    kind = g.pick(["suma", "resta", "mult", "dia", "mes", "precio"])
    if kind == "suma":
        a, b = g.randint(2, 60), g.randint(2, 60)
        u = g.pick([f"¿Cuánto es {a} más {b}?", f"Suma {number(a, 'm', False)} y {number(b, 'm', False)}."])
        r = f"{number(a, 'm', False).capitalize()} más {number(b, 'm', False)} son {number(a + b, 'm', False)} ({a} + {b} = {a + b})."
    elif kind == "resta":
        a, b = g.randint(30, 99), g.randint(1, 29)
        u = f"¿Cuánto es {a} menos {b}?"
        r = f"{number(a, 'm', False).capitalize()} menos {number(b, 'm', False)} son {number(a - b, 'm', False)} ({a} − {b} = {a - b})."
    elif kind == "mult":
        a, b = g.randint(2, 10), g.randint(2, 10)
        u = f"¿Cuánto es {a} por {b}?"
        r = f"{number(a, 'm', False).capitalize()} por {number(b, 'm', False)} son {number(a * b, 'm', False)} ({a} × {b} = {a * b})."
    elif kind == "dia":
        i, k = g.randint(0, 6), g.randint(1, 5)
        u = f"Si hoy es {DAYS[i]}, ¿qué día será dentro de {number(k, 'm')} {'día' if k == 1 else 'días'}?"
        r = f"Dentro de {number(k, 'm')} {'día' if k == 1 else 'días'} será {DAYS[(i + k) % 7]}."
    elif kind == "mes":
        i = g.randint(0, 11)
        u = f"¿Qué mes va después de {MONTHS[i]}?"
        r = f"Después de {MONTHS[i]} viene {MONTHS[(i + 1) % 12]}."
    else:
        n, p = g.randint(2, 9), g.randint(2, 15)
        it = g.pick(CAT["fruta"][0] + CAT["regalo"][0])
        cur = g.pick(["euros", "pesos", "soles", "dólares"])
        u = f"Si {np(it, 'un')} cuesta {number(p, 'm')} {cur}, ¿cuánto cuestan {number(n, it.g)} {it.pl}?"
        r = f"Cuestan {number(n * p, 'm')} {cur}, porque {n} × {p} = {n * p}."
    return "matematicas", turn(u, r)


def instr_multi(g):
    "Conversación de dos turnos que combina familias anteriores."
    t1, a = g.pick([instr_definicion, instr_lengua, instr_cuentas])(g)
    t2, b = g.pick([instr_definicion, instr_lengua, instr_cuentas])(g)
    return t1, a + "\n" + b
