"""Familias de diálogo, exposición, recetas, cartas, noticias, descripciones, anuncios e instrucciones."""
import re

from facts import ANIMALS, CONCEPTS, COUNTRIES
from gen_core import Ent, dash, doc, para, sentence, time_words
from lexicon import CAT, CITIES, DAYS, DOMAINS, JOBS, LOOKS, MONTHS, MOODS_GOOD, SURNAMES, TRAITS
from morph import (UNACC, P1P, _accent_for_clitic, P1S, P2S, P3P, P3S, Noun, adj_form, cap, conj, imperative, infinitive, join_list, np,
                   number, plural)

CURRENCY = ["euros", "pesos", "soles", "dólares"]


def _lines(ls):
    return "\n".join(l if l[-1] in ".!?…" else l + "." for l in ls)


def _art(g):
    return "una" if g == "f" else "un"


# ---------------------------------------------------------------- diálogos

UNITS = [("kilo", "m"), ("medio kilo", "m"), ("docena", "f"), ("bolsa", "f"), ("caja", "f")]


def dial_tienda(g):
    "Compra en un mercado o tienda: cantidades, precios en letras y cortesía."
    seller = g.person()
    cur = g.pick(CURRENCY)
    shop = g.pick(["la frutería", "el puesto de verduras del mercado", "la tienda del barrio"])
    items = g.sample(CAT["fruta"][0] + CAT["verdura"][0], g.randint(2, 4))
    ls = [dash("¡Buenos días! ¿Qué le pongo?", f"dijo {'la' if seller.g == 'f' else 'el'} {'vendedora' if seller.g == 'f' else 'vendedor'}")]
    total = 0
    big = ("sandía", "calabaza", "coliflor", "piña", "lechuga", "melón", "papaya", "calabacín", "berenjena", "alcachofa", "mazorca")
    for i, it in enumerate(items):
        q = g.randint(1, 3)
        if it.sg in big:
            qty = f"{number(q, it.g)} {it.form('s' if q == 1 else 'p')}"
            price = g.randint(1, 4)
        else:
            qty = f"{number(q, 'm')} {'kilo' if q == 1 else 'kilos'} de {it.pl}"
            price = g.randint(1, 6)
        total += price * q
        first = i == 0
        ask = g.pick([f"{'Quería' if first else 'Y también'} {qty}",
                      f"¿{'Me pone' if first else 'Me pone también'} {qty}, por favor?",
                      f"{'Póngame' if first else 'Y póngame'} {qty}",
                      f"{'Necesito' if first else 'También necesito'} {qty}"])
        ls.append(dash(ask))
        is_fruit = it in CAT["fruta"][0]
        opts = [f"Aquí tiene. {cap(np(it, 'el', 'p'))} están hoy muy {adj_form(g.pick(['fresco', 'bueno', 'rico']), it.g, 'p')}",
                f"Muy bien. {'Es' if price * q == 1 else 'Son'} {number(price * q, 'm', False)} {cur}".replace("Es uno", "Es un"),
                f"Claro. ¿Algo más de {'fruta' if is_fruit else 'verdura'}?"]
        if is_fruit:
            opts.append(f"Perfecto. ¿{'Los' if it.g == 'm' else 'Las'} quiere {adj_form('maduro', it.g, 'p')} o para dentro de unos días?")
        resp = g.pick(opts)
        ls.append(dash(resp))
        if resp.startswith("Perfecto"):
            ls.append(dash(g.pick([f"{cap(adj_form('maduro', it.g, 'p'))}, que son para hoy", "Para dentro de unos días, gracias"])))
        if resp.startswith("Claro") and i == len(items) - 1:
            ls.append(dash("No, de eso nada más"))
    if not ls[-1].startswith("—No, de eso"):
        ls.append(dash("¿Algo más?"))
    ls.append(dash(g.pick(["No, eso es todo. ¿Cuánto es?", "Nada más, gracias. ¿Cuánto le debo?"])))
    ls.append(dash(f"Son {number(total, 'm', False)} {cur} en total"))
    pay = g.randint(total // 10 + 1, total // 10 + 3) * 10
    if pay > total:
        ls.append(dash(f"Tome, le doy {number(pay, 'm')} {cur}"))
        ls.append(dash(f"Muy bien. Aquí tiene {number(pay - total, 'm')} de cambio. ¡Que tenga un buen día!"))
    ls.append(dash(g.pick(["¡Igualmente! Hasta la próxima", "Gracias, ¡hasta el sábado!", "¡Muchas gracias! Adiós"])))
    intro = para([f"Un {g.pick(DAYS)} por la mañana, en {shop}"]).rstrip(".") + ":"
    return "compras", intro + "\n" + _lines(ls)


PROBLEMS = [
    ("router", "m", "no tengo conexión a internet desde esta mañana",
     ["desenchufe el router, espere treinta segundos y vuelva a enchufarlo", "compruebe que la luz de conexión está verde",
      "revise que el cable esté bien conectado"], "ya se han encendido todas las luces y vuelvo a tener internet"),
    ("impresora", "f", "la impresora no imprime y muestra un mensaje de error",
     ["abra la tapa y compruebe que no hay papel atascado", "revise el nivel de tinta en la pantalla",
      "apague la impresora y vuelva a encenderla"], "había una hoja atascada; ya la he sacado y funciona"),
    ("teléfono móvil", "m", "la batería del móvil se gasta muy deprisa",
     ["revise en los ajustes qué aplicaciones consumen más batería", "baje un poco el brillo de la pantalla",
      "instale las actualizaciones pendientes"], "había una aplicación que gastaba muchísimo; ya la he cerrado"),
    ("lavadora", "f", "la lavadora no centrifuga",
     ["compruebe que la carga no está desequilibrada", "limpie el filtro de la parte inferior",
      "elija un programa de centrifugado"], "el filtro estaba lleno de pelusas; ahora ya centrifuga bien"),
    ("portátil", "m", "el portátil va muy lento desde hace unos días",
     ["reinicie el equipo", "compruebe cuánto espacio libre queda en el disco", "instale las actualizaciones del sistema"],
     "tenía el disco casi lleno; he borrado archivos viejos y va mucho mejor"),
    ("cuenta", "f", "no recuerdo la contraseña de mi cuenta",
     ["pulse en «He olvidado mi contraseña» en la pantalla de inicio", "revise su correo, donde recibirá un enlace",
      "elija una contraseña nueva, larga y que no use en otros servicios"], "ya he podido entrar con la contraseña nueva"),
    ("pedido", "m", "mi pedido no ha llegado todavía",
     ["tenga a mano el número de pedido", "consulte el estado del envío en su área de cliente",
      "compruebe que la dirección de entrega es correcta"], "el paquete estaba en la oficina de correos; mañana lo recojo"),
]


def dial_soporte(g):
    "Diálogo de atención al cliente: problema, pasos numerados y cierre amable."
    agent = g.person()
    client = g.other(agent, None)
    client.name = client.name + " " + g.pick(SURNAMES)
    dev, dg, prob, steps, fix = g.pick(PROBLEMS)
    company = g.pick(["Conecta", "Hogar Plus", "TecnoSur", "Electro Andina", "Servicios Luna", "Redes del Valle"])
    ls = [f"Agente: {g.pick(['Buenas tardes', 'Buenos días'])}, le atiende {agent.name}, del servicio de atención al cliente de {company}. ¿En qué puedo ayudarle?",
          f"Cliente: Hola, buenos días. Mire, {prob}.",
          f"Agente: Lamento las molestias. ¿Me puede decir su nombre completo, por favor?",
          f"Cliente: Sí, claro. Me llamo {client.name}.",
          f"Agente: Gracias, {'señora' if client.g == 'f' else 'señor'} {client.name.split()[-1]}. Vamos a intentar resolverlo juntos. "
          + " ".join(f"{cap(o)} {w}." for o, w in zip(["primero,", "después,", "por último,"], steps)),
          f"Cliente: {g.pick(['Un momento, que lo pruebo', 'De acuerdo, voy a hacerlo ahora mismo', 'Vale, espere un segundo'])}… {cap(fix)}.",
          f"Agente: ¡Estupendo! Me alegro mucho. ¿Puedo ayudarle en algo más?",
          f"Cliente: No, eso es todo. Muchas gracias por su paciencia.",
          f"Agente: Gracias a usted por llamar. Que tenga un buen día."]
    return "atencion_cliente", "\n".join(ls)


SYMPTOMS = [("me duele la garganta", "tome líquidos calientes y descanse la voz"),
            ("tengo tos desde hace unos días", "beba mucha agua y evite los cambios bruscos de temperatura"),
            ("me duele la espalda", "haga estiramientos suaves y evite cargar peso"),
            ("tengo fiebre y estoy muy cansado", "descanse en casa y beba mucho líquido"),
            ("me he torcido el tobillo", "mantenga el pie en alto y se ponga frío durante unos minutos"),
            ("duermo muy mal", "intente acostarse siempre a la misma hora y deje las pantallas antes de dormir"),
            ("me pican los ojos", "evite frotárselos y se lave las manos a menudo")]


def dial_consulta(g):
    "Consulta en el centro de salud o en la farmacia, en registro formal (usted)."
    doc_ = g.person(job=False)
    pat = g.other(doc_)
    sym, advice = g.pick(SYMPTOMS)
    sym = sym.replace("cansado", pat.a("cansado"))
    role = g.pick(["médica" if doc_.g == "f" else "médico", "farmacéutica" if doc_.g == "f" else "farmacéutico"])
    days = g.randint(2, 7)
    ls = [dash(f"Buenos días, {pat.name}. Siéntese, por favor. ¿Qué le pasa?", f"preguntó {'la' if doc_.g == 'f' else 'el'} {role}"),
          dash(f"Pues mire, {sym}"),
          dash("¿Desde cuándo?"),
          dash(f"Desde hace {number(days, 'm')} días, más o menos"),
          dash(g.pick(["¿Ha tomado algo?", "¿Le ha pasado antes?", "¿Tiene alguna alergia?"])),
          dash(g.pick(["No, nada", "Solo una infusión", "Que yo sepa, no"])),
          dash(f"Bien. Le recomiendo que {advice.replace('tome', 'tome').split(' y ')[0].replace('tome', 'tome')}".replace("que tome", "que tome")),
          ]
    # Consejo en subjuntivo
    a1, _, a2 = advice.partition(" y ")
    ls[-1] = dash(f"Bien. Le recomiendo que {a1}{' y que ' + a2 if a2 else ''}. Si en {number(g.randint(2, 4), 'm')} días no mejora, vuelva a verme")
    ls.append(dash("Muy bien. Muchas gracias"))
    ls.append(dash(g.pick(["De nada. ¡Que se mejore!", "A usted. Cuídese mucho"])))
    return "salud", _lines(ls)


PLANS_FRIENDS = [("ir al cine", "la película empieza a {h}"), ("ir de excursión a la montaña", "salimos a {h} desde la estación"),
                 ("preparar una cena en casa", "quedamos a {h} en mi casa"), ("ir a un concierto en el parque", "el concierto empieza a {h}"),
                 ("jugar un partido de baloncesto", "la pista está libre a {h}"), ("visitar el museo de ciencias", "abren a {h}"),
                 ("hacer una ruta en bicicleta", "quedamos a {h} en la plaza"), ("ir a la playa", "el autobús sale a {h}")]


def dial_amigos(g):
    "Dos amigos organizan un plan: preguntas, exclamaciones y futuro."
    A = g.person()
    B = g.other(A)
    plan, when = g.pick(PLANS_FRIENDS)
    h = g.pick([(10, 0), (11, 30), (17, 0), (18, 30), (19, 0), (9, 15), (16, 45)])
    day = g.pick(DAYS)
    ls = [dash(f"¡Hola, {B.name}! ¿Qué haces este {day}?", f"preguntó {A.name}"),
          dash(g.pick(["Nada especial, ¿por qué?", "Todavía no lo sé. ¿Tienes algún plan?", "Por la mañana trabajo, pero por la tarde estoy libre"])),
          dash(f"Había pensado {plan}. ¿Te apetece?"),
          dash(g.pick(["¡Me encanta la idea!", "¡Claro! Hace mucho que no lo hacemos", "¡Qué buen plan!"]) + " ¿A qué hora?"),
          dash(cap(when.format(h=time_words(*h)))),
          dash(g.pick(["Perfecto. ¿Llevo algo?", "Genial. ¿Vamos a invitar a alguien más?", "Vale. ¿Nos vemos allí o paso a buscarte?"]))]
    if "Llevo" in ls[-1]:
        ls.append(dash(g.pick(["Si puedes, trae algo de beber", "Una chaqueta, por si refresca", "No hace falta nada, ya lo tengo todo"])))
    elif "invitar" in ls[-1]:
        ls.append(dash(f"Podemos decírselo a {g.other(A).name}. Seguro que {g.pick(['se apunta', 'le hace ilusión'])}"))
    else:
        ls.append(dash("Mejor pasa a buscarme, así vamos juntos"))
    ls.append(dash(g.pick(["¡Hecho! Hasta el " + day, "¡Genial! Te escribo un mensaje para confirmar", "¡Qué ganas! Nos vemos"])))
    ls.append(dash(g.pick(["¡Hasta luego!", "¡Adiós!", "¡Nos vemos!"])))
    return "ocio", _lines(ls)


# ---------------------------------------------------------------- exposición

def expo_animal(g):
    "Ficha enciclopédica de un animal a partir de datos de referencia."
    name, gd, cls, diet, hab, facts = g.pick(ANIMALS)
    n = Noun(name, gd)
    el, un = np(n, "el"), np(n, "un")
    clsw = {"mamífero": "un mamífero", "ave": "un ave", "reptil": "un reptil", "insecto": "un insecto", "pez": "un pez",
            "anfibio": "un anfibio", "mamífero marino": "un mamífero marino"}[cls]
    dietw = diet if diet.startswith("se ") else ("es " + adj_form(diet, gd, "s") if diet != "omnívoro" else "es " + adj_form("omnívoro", gd, "s"))
    fs = g.sample(facts, len(facts))
    opts = [
        [f"{cap(el)} es {clsw} que vive en {hab}", f"{cap(dietw)}",
         f"Una de sus características más llamativas es que {fs[0]}"] + [f"Además, {f}" for f in fs[1:2]],
        [f"En {hab} vive {el}, {clsw} {'muy conocida' if cls == 'ave' else 'muy conocido'}",
         f"En cuanto a su alimentación, {dietw.replace('es ', 'es un animal ', 1) if dietw.startswith('es ') else dietw}",
         f"¿Sabías que {fs[0]}?"] + [f"También {f}" for f in fs[1:2]],
        [f"¿Qué sabemos {'del' if gd == 'm' else 'de la'} {name}?", f"Se trata de {clsw} propio de {hab}",
         f"{cap(dietw)}"] + [f"{cap(f)}" for f in fs],
    ]
    s = g.pick(opts)
    extra = g.pick([f"Muchas personas viajan para observar{'lo' if gd == 'm' else 'la'} en libertad",
                    f"Proteger su hábitat es fundamental para que siga existiendo",
                    f"Los científicos siguen estudiando su comportamiento",
                    ""])
    return "animales", doc([para(s + [extra])])


def expo_pais(g):
    "Párrafo de geografía sobre un país hispanohablante."
    name, gd, cap_, reg, cur, feats = g.pick(COUNTRIES)
    fs = g.sample(feats, min(len(feats), g.randint(2, 3)))
    intro = g.pick([f"{name} es un país de {reg} cuya capital es {cap_}",
                    f"La capital de {name}, país situado en {reg}, es {cap_}",
                    f"Situado en {reg}, {name} tiene como capital {cap_}".replace("Situado", "Situada" if gd == "f" else "Situado")])
    s = [intro, f"Su moneda es {cur}", f"Entre sus rasgos más conocidos, destaca que {fs[0]}"]
    s += [g.pick(["Además, ", "También ", "Por otra parte, "]) + f for f in fs[1:]]
    s.append(g.pick([f"Quien viaja a {name} suele {g.pick(['probar su cocina', 'visitar sus mercados', 'recorrer sus paisajes'])}",
                     f"Como en el resto de los países hispanohablantes, el español se enriquece allí con palabras propias",
                     ""]))
    return "geografia", para(s)


ADVICE = {
    "salud": ["beber agua a lo largo del día", "dormir entre siete y nueve horas", "caminar al menos media hora diaria",
              "comer fruta y verdura todos los días", "lavarse las manos antes de comer", "levantarse de la silla cada hora",
              "reducir el consumo de azúcar", "proteger la piel del sol en verano"],
    "estudio": ["estudiar en un lugar tranquilo y bien iluminado", "repartir el trabajo en sesiones cortas", "hacer resúmenes con sus propias palabras",
                "repasar lo aprendido al día siguiente", "dormir bien antes de un examen", "preguntar las dudas en clase",
                "apagar las notificaciones del móvil mientras se estudia"],
    "seguridad_digital": ["usar una contraseña distinta para cada servicio", "activar la verificación en dos pasos",
                          "instalar las actualizaciones en cuanto aparezcan", "desconfiar de los mensajes que meten prisa",
                          "no abrir archivos adjuntos inesperados", "hacer copias de seguridad con regularidad",
                          "comprobar la dirección de una página antes de escribir sus datos", "usar un gestor de contraseñas"],
    "ahorro": ["apuntar los gastos de cada semana", "hacer una lista antes de ir a la compra", "comparar precios antes de comprar algo caro",
               "apagar las luces que no se usan", "reparar las cosas antes de sustituirlas", "reservar una parte del sueldo cada mes"],
    "medio_ambiente": ["separar los residuos para reciclarlos", "llevar una bolsa reutilizable a la compra", "ir andando o en bicicleta cuando sea posible",
                       "cerrar el grifo mientras se cepilla los dientes", "comprar productos de temporada", "reutilizar los envases de vidrio"],
    "hogar": ["ventilar la casa cada mañana", "revisar de vez en cuando los enchufes y cables", "guardar los productos de limpieza fuera del alcance de los niños",
              "tener a mano una linterna por si se va la luz", "limpiar los filtros de los aparatos"],
}
ADVICE_TITLES = {"salud": "cuidar la salud", "estudio": "estudiar mejor", "seguridad_digital": "protegerse en internet",
                 "ahorro": "ahorrar en casa", "medio_ambiente": "cuidar el medio ambiente", "hogar": "mantener la casa segura"}


def _subj_clause(inf_phrase, p):
    "«beber agua» → «bebas agua» (subjuntivo) para la persona p; respeta los reflexivos."
    if inf_phrase.startswith("no "):
        return "no " + _subj_clause(inf_phrase[3:], p)
    verb, _, rest = inf_phrase.partition(" ")
    rest = rest.replace("se cepilla", {P2S: "te cepillas", P3S: "se cepilla", P1P: "nos cepillamos", P3P: "se cepillan"}.get(p, "se cepilla"))
    rest = rest.replace("sus propias", "tus propias" if p == P2S else "sus propias").replace("su sueldo", "tu sueldo" if p == P2S else "su sueldo")
    if verb.endswith("se") and verb != "se":
        return conj(verb, "subj", p) + " " + rest
    return conj(verb, "subj", p) + " " + rest


def expo_consejos(g):
    "Consejos prácticos con subjuntivo y conectores."
    topic = g.pick(list(ADVICE))
    tips = g.sample(ADVICE[topic], g.randint(4, 5))
    title = ADVICE_TITLES[topic]
    form = g.pick(["tu", "impersonal", "usted"])
    s = [g.pick([f"Hay pequeños hábitos que ayudan a {title}", f"{cap(title)} no es tan difícil como parece",
                 f"Muchas personas nos preguntan cómo {title.replace('cuidar', 'cuidar').split(' ')[0]} {' '.join(title.split(' ')[1:])}"])]
    if form == "tu":
        s.append(f"En primer lugar, es importante que {_subj_clause(tips[0], P2S)}")
        s.append(f"También conviene que {_subj_clause(tips[1], P2S)}")
        s.append(f"Te recomendamos, además, que {_subj_clause(tips[2], P2S)}")
        v3, _, r3 = tips[3].partition(" ")
        s.append(f"Por último, no olvides {infinitive(v3, P2S)} {r3}".replace("se cepilla", "te cepillas").replace("sus propias", "tus propias"))
    elif form == "usted":
        s.append(f"Para empezar, le aconsejamos que {_subj_clause(tips[0], P3S)}")
        s.append(f"Es útil también que {_subj_clause(tips[1], P3S)}")
        s.append(f"Otra buena costumbre es {tips[2]}")
        s.append(f"Y, sobre todo, procure {tips[3]}")
    else:
        s.append(f"Lo primero es {tips[0]}")
        s.append(f"Además, se recomienda {tips[1]}")
        s.append(f"Otro consejo útil consiste en {tips[2]}")
        s.append(f"Finalmente, los expertos sugieren {tips[3]}")
    s.append(g.pick(["Con constancia, estos cambios se convierten en costumbres", "No hace falta hacerlo todo a la vez: basta con empezar por uno",
                     "Los resultados se notan antes de lo que parece"]))
    tema = {"estudio": "educacion", "ahorro": "economia_domestica", "seguridad_digital": "seguridad_informatica"}.get(topic, topic)
    return tema, para(s)


COUNTABLE = {"volcán", "ecosistema", "contraseña", "copia de seguridad", "actualización", "algoritmo", "átomo", "vacuna",
             "presupuesto", "célula", "navegador", "sílaba", "verbo", "fracción", "continente", "huracán", "mapa", "hipótesis"}


def expo_concepto(g):
    "Definición enciclopédica de un concepto con ejemplo."
    term, gd, defi, ex = g.pick(CONCEPTS)
    el = np(Noun(term, gd), "un" if term in COUNTABLE else "el")
    s = g.pick([[f"{cap(el)} es {defi}", cap(ex)],
                [f"¿Qué es {el}? Se trata de {defi}", f"Por ejemplo, {ex}"],
                [f"Llamamos {term} a {defi}", f"Conviene recordar que {ex}"]])
    s.append(g.pick([f"Es un concepto que aparece a menudo en la escuela", "Entenderlo bien ayuda a comprender muchas otras cosas",
                     f"Vale la pena detenerse un momento en esta idea", ""]))
    tema = "tecnologia" if term in ("contraseña", "copia de seguridad", "actualización", "algoritmo", "navegador") else "ciencia"
    if term in ("sílaba", "verbo"):
        tema = "lengua"
    if term in ("presupuesto", "democracia", "mapa", "continente"):
        tema = "sociedad"
    return tema, para(s)


# ---------------------------------------------------------------- recetas

DISHES = [
    ("sopa de verduras", "f", ["verdura", "verdura", "verdura"], "sopa"),
    ("crema de calabaza", "f", ["calabaza"], "sopa"),
    ("ensalada de tomate y pepino", "f", ["tomate", "pepino", "cebolla"], "ensalada"),
    ("ensalada de frutas", "f", ["fruta", "fruta", "fruta"], "frutas"),
    ("tortilla de papas", "f", ["papa", "cebolla"], "tortilla"),
    ("tortilla de calabacín", "f", ["calabacín", "cebolla"], "tortilla"),
    ("puré de zanahoria", "m", ["zanahoria", "papa"], "pure"),
    ("batido de plátano", "m", ["plátano"], "batido"),
    ("batido de fresa y mango", "m", ["fresa", "mango"], "batido"),
    ("arroz con verduras", "m", ["pimiento", "zanahoria", "cebolla"], "arroz"),
    ("guiso de lentejas", "m", ["zanahoria", "cebolla", "papa"], "guiso"),
    ("bizcocho de limón", "m", ["limón"], "horno"),
    ("bizcocho de naranja", "m", ["naranja"], "horno"),
]
METHOD = {
    "sopa": ["lavar y pelar las verduras", "cortar las verduras en dados pequeños", "calentar un chorrito de aceite en una olla",
             "rehogar la cebolla durante unos minutos", "añadir el resto de las verduras y cubrirlas con agua",
             "dejar hervir a fuego lento durante media hora", "añadir sal al gusto y servir caliente"],
    "ensalada": ["lavar bien todas las verduras", "cortar los ingredientes en rodajas finas", "colocarlos en una fuente grande",
                 "aliñar con aceite de oliva, vinagre y sal", "mezclar con cuidado y servir enseguida"],
    "frutas": ["lavar y pelar la fruta", "cortar la fruta en trozos del mismo tamaño", "ponerla en un cuenco",
               "añadir el zumo de una naranja", "guardar en la nevera media hora antes de servir"],
    "tortilla": ["pelar y cortar las verduras en láminas finas", "freírlas a fuego suave hasta que estén tiernas",
                 "batir los huevos con una pizca de sal", "mezclar las verduras con el huevo", "cuajar la tortilla por un lado en la sartén",
                 "darle la vuelta con ayuda de un plato", "dejarla reposar un par de minutos antes de servirla"],
    "pure": ["pelar las verduras y trocearlas", "hervirlas en agua con sal durante veinte minutos", "escurrirlas bien",
             "triturarlas con un poco de leche y mantequilla", "servir el puré caliente"],
    "batido": ["pelar y trocear la fruta", "ponerla en el vaso de la batidora", "añadir un vaso de leche fría",
               "batir hasta que quede una mezcla suave", "servir enseguida"],
    "arroz": ["picar las verduras", "rehogarlas en una cazuela con un poco de aceite", "añadir el arroz y removerlo un minuto",
              "verter el doble de agua que de arroz", "hervir a fuego medio durante unos veinte minutos", "dejar reposar antes de servir"],
    "guiso": ["dejar las lentejas en remojo la noche anterior", "picar las verduras", "ponerlo todo en una olla con agua",
              "hervir a fuego lento durante unos cuarenta minutos", "remover de vez en cuando", "añadir sal al final"],
    "horno": ["precalentar el horno a ciento ochenta grados", "batir los huevos con el azúcar", "añadir la harina poco a poco",
              "incorporar la ralladura y el zumo de la fruta", "verter la masa en un molde engrasado",
              "hornear durante unos cuarenta minutos", "dejar enfriar antes de desmoldar"],
}
BASE_ING = {"sopa": ["aceite de oliva", "sal", "agua"], "ensalada": ["aceite de oliva", "vinagre", "sal"], "frutas": ["zumo de naranja"],
            "tortilla": ["huevos", "aceite de oliva", "sal"], "pure": ["leche", "mantequilla", "sal"], "batido": ["leche fría"],
            "arroz": ["arroz", "aceite de oliva", "sal"], "guiso": ["lentejas", "aceite de oliva", "sal"],
            "horno": ["huevos", "azúcar", "harina", "levadura", "aceite"]}


def _imper_one(step, style):
    verb, _, rest = step.partition(" ")
    if style == "inf":
        return step
    p = {"tu": P2S, "usted": P3S, "nosotros": P1P}[style]
    clit = ""
    for c in ("las", "los", "la", "lo", "le"):
        if verb.endswith("r" + c) and verb[:-len(c)].translate(UNACC).endswith(("ar", "er", "ir")):
            verb, clit = verb[:-len(c)], c
            break
    v = imperative(verb, p)
    if clit:
        v = _accent_for_clitic(v, 1) + clit
    return (v + " " + rest).strip()


def _imper_phrase(step, style):
    "Pone en imperativo cada verbo coordinado de un paso de receta («pelar y cortar…»)."
    parts = step.split(" y ")
    out = [_imper_one(parts[0], style)]
    for part in parts[1:]:
        first = part.split(" ")[0]
        if re.match(r"\w+(ar|er|ir|ír)(lo|la|los|las|le)?$", first) and first not in ("azúcar", "hogar", "lugar", "mar"):
            out.append(_imper_one(part, style))
        else:
            out.append(part)
    return " y ".join(out)


def receta(g):
    "Receta con ingredientes y pasos en imperativo (tú, usted o nosotros) o en infinitivo."
    name, gd, ings, kind = g.pick(DISHES)
    people = g.randint(2, 6)
    style = g.pick(["tu", "usted", "inf", "nosotros"])
    ing_words = []
    for i in ings:
        if i in ("fruta", "verdura"):
            n = g.noun(i)
        else:
            n = next((x for c in ("fruta", "verdura") for x in CAT[c][0] if x.sg == i), Noun(i, "m"))
        q = g.randint(1, 4)
        w = f"{number(q, n.g)} {n.form('s' if q == 1 else 'p')}"
        if w not in ing_words:
            ing_words.append(w)
    ing_words += BASE_ING[kind]
    steps = METHOD[kind]
    title = f"{cap(name)} para {number(people, 'f')} personas"
    intro = g.pick([f"{cap(np(Noun(name, gd), 'este'))} es {'una' if gd == 'f' else 'un'} {g.pick(['receta sencilla', 'plato casero'])} que gusta a casi todo el mundo".replace("es una plato", "es un plato").replace("es un receta", "es una receta"),
                    f"Hoy os proponemos preparar {np(Noun(name, gd), 'un')}, ideal para {g.pick(['los días de frío', 'una comida rápida', 'la merienda', 'compartir en familia'])}",
                    f"Si buscas una receta fácil, {np(Noun(name, gd), 'el')} es una buena elección"])
    intro = intro.replace("es un receta", "es una receta").replace("es una plato", "es un plato")
    lines = [title, "", sentence(intro), "", "Ingredientes:"] + [f"- {w}" for w in ing_words] + ["", "Preparación:"]
    for k, st in enumerate(steps, 1):
        lines.append(f"{k}. {sentence(_imper_phrase(st, style))}")
    tails = ["¡Buen provecho!", "Queda todavía mejor si se prepara con ingredientes de temporada"]
    if kind in ("sopa", "guiso", "arroz", "pure", "tortilla"):
        tails += ["Se puede guardar en la nevera hasta dos días", "Si sobra, se puede recalentar al día siguiente"]
    lines += ["", sentence(g.pick(tails))]
    return "cocina", "\n".join(lines)


# ---------------------------------------------------------------- cartas y correos

def carta_formal(g):
    "Correo formal: reclamación, solicitud de información o agradecimiento."
    sender = g.person(surname=True)
    rec = g.pick(["Estimada señora", "Estimado señor", "Estimados señores", "A quien corresponda"])
    kind = g.pick(["reclamacion", "informacion", "agradecimiento", "reserva"])
    dnum, month = g.randint(1, 28), g.pick(MONTHS)
    city = g.pick(CITIES)
    if kind == "reclamacion":
        obj = g.noun("aparato")
        asunto = f"Reclamación por {np(obj, 'un')} defectuoso".replace("defectuoso", adj_form("defectuoso", obj.g, "s"))
        body = [f"Me dirijo a ustedes para informarles de un problema con {np(obj, 'un')} que compré en su tienda el {dnum} de {month}",
                f"Desde el primer día, {g.pick(['no se enciende correctamente', 'se apaga sin motivo', 'hace un ruido extraño'])}",
                f"He seguido todas las instrucciones del manual, pero el problema continúa",
                f"Por este motivo, les solicito que {g.pick(['me lo cambien por otro', 'me devuelvan el importe', 'lo revise su servicio técnico'])}".replace("lo", "lo" if obj.g == "m" else "la").replace("por otro", "por otro" if obj.g == "m" else "por otra"),
                f"Adjunto una copia de la factura y quedo a la espera de su respuesta"]
    elif kind == "informacion":
        ev = g.pick(["el curso de fotografía", "el taller de cocina", "las clases de natación", "el curso de informática básica", "el club de lectura"])
        asunto = f"Solicitud de información sobre {ev}"
        body = [f"He visto en su página web que organizan {ev} y me gustaría recibir más información",
                f"En concreto, quisiera saber {join_list(g.sample(['cuál es el horario', 'cuánto cuesta la inscripción', 'si hay plazas disponibles', 'qué nivel se necesita', 'cuándo empieza'], 3))}",
                f"Si fuera posible, también me gustaría saber si {g.pick(['hay descuento para estudiantes', 'se puede pagar a plazos', 'ofrecen un certificado al terminar'])}",
                "Muchas gracias de antemano por su atención"]
    elif kind == "agradecimiento":
        who = g.pick(["el personal del hospital", "los profesores del colegio", "el equipo de la biblioteca", "los bomberos del barrio", "el personal del hotel"])
        asunto = "Agradecimiento"
        body = [f"Quiero expresar mi agradecimiento a {who} por su {g.pick(['amabilidad', 'profesionalidad', 'paciencia', 'dedicación'])}",
                f"El pasado {dnum} de {month}, {g.pick(['me ayudaron en un momento difícil', 'resolvieron un problema con gran rapidez', 'nos atendieron con una atención excelente'])}",
                "Pocas veces se reconoce el trabajo bien hecho, y por eso quería escribirles",
                "Les ruego que transmitan estas palabras a todo el equipo"]
    else:
        n = g.randint(2, 5)
        asunto = "Reserva de habitación"
        body = [f"Me pongo en contacto con ustedes para reservar una habitación doble del {dnum} al {dnum + n} de {month}",
                f"Viajaremos {number(g.randint(2, 4), 'f')} personas y llegaremos a {city} {g.pick(['por la tarde', 'a última hora de la noche', 'antes del mediodía'])}",
                f"Les agradecería que me confirmaran {g.pick(['el precio total', 'si el desayuno está incluido', 'si tienen aparcamiento'])}",
                "Quedo a la espera de su confirmación"]
    txt = [f"Asunto: {asunto}", "", f"{rec}:", "", para(body), "", g.pick(["Atentamente,", "Un cordial saludo,", "Reciba un saludo cordial,"]),
           sender.name, f"{city}, {dnum} de {month}"]
    tema = {"reclamacion": "consumo", "informacion": "educacion", "agradecimiento": "cartas", "reserva": "viajes"}[kind]
    return tema, "\n".join(txt)


def carta_informal(g):
    "Carta o correo informal a un familiar o amigo, con noticias y planes."
    to = g.person()
    me = g.person()
    kin = g.pick(["abuela", "tía", "prima", "amiga"] if to.g == "f" else ["abuelo", "tío", "primo", "amigo"])
    dname, dom = g.domain(g.pick(["musica", "jardineria", "lectura", "deportes", "viajes", "cocina", "naturaleza", "mascotas"]))
    acts = g.sample(dom["acts"], 3)
    I = Ent("yo", me.g, P1S)
    open_ = g.pick([f"Querid{'a' if to.g == 'f' else 'o'} {to.name}:", f"¡Hola, {to.name}!", f"Querid{'a' if to.g == 'f' else 'o'} {kin}:"])
    p1 = [g.pick(["¿Cómo estás?", "¿Qué tal va todo por ahí?", "¡Cuánto tiempo sin escribirte!"]),
          f"Yo estoy {I.a(g.pick(['bien', 'contento', 'muy bien', 'tranquilo', 'animado']))}, aunque {g.pick(['he tenido unas semanas muy ocupadas', 'echo de menos nuestras charlas', 'el trabajo no me deja mucho tiempo libre'])}"]
    p2 = [f"Últimamente {g.act(acts[0], P1S, 'perf')} y {g.act(acts[1], P1S, 'perf')}",
          f"{g.pick(['Te va a hacer gracia', 'No te lo vas a creer', 'Te cuento una novedad'])}: {g.pick(['me he apuntado a clases de baile', 'he adoptado un gato', 'he empezado a estudiar portugués', 'me he mudado a un piso con balcón', 'he aprendido a hacer pan'])}",
          f"El mes que viene {g.act(acts[2], P1S, 'fut')}"]
    p3 = [f"¿Y tú? Cuéntame qué tal {g.pick(['te va en el nuevo trabajo', 'está tu familia', 'fue tu viaje', 'te va en la universidad'])}",
          f"Me encantaría que {g.pick(['vinieras a verme en verano', 'nos viéramos pronto', 'pasáramos unos días juntos', 'me enviaras alguna foto'])}".replace("juntos", "juntas" if to.g == me.g == "f" else "juntos")]
    close = g.pick(["Un abrazo muy fuerte,", "Muchos besos,", "Con cariño,", "Escríbeme pronto,"])
    return "cartas", "\n\n".join([open_, para(p1), para(p2), para(p3), close + "\n" + me.name])


# ---------------------------------------------------------------- noticias

def noticia_local(g):
    "Noticia local: qué, dónde, cuándo, declaraciones y datos."
    city = g.pick(CITIES)
    what = g.pick([("la nueva biblioteca municipal", "f", "inaugurada", "abrirá sus puertas"),
                   ("el mercado de productores locales", "m", "celebrado", "se celebrará"),
                   ("la feria del libro", "f", "celebrada", "se celebrará"),
                   ("un nuevo carril para bicicletas", "m", "inaugurado", "se inaugurará"),
                   ("el festival de música popular", "m", "celebrado", "se celebrará"),
                   ("la campaña de plantación de árboles", "f", "organizada", "comenzará"),
                   ("el nuevo centro de salud", "m", "inaugurado", "abrirá sus puertas")])
    name, gd, pp, fut = what
    day, month = g.randint(1, 28), g.pick(MONTHS)
    spokes = g.person(surname=True)
    role = g.pick(["concejala de Cultura", "directora del proyecto", "portavoz del ayuntamiento", "presidenta de la asociación de vecinos"]) if spokes.g == "f" else \
        g.pick(["concejal de Cultura", "director del proyecto", "portavoz del ayuntamiento", "presidente de la asociación de vecinos"])
    n = g.randint(2, 40) * 100
    head = f"{cap(name)} {fut} en {city} el próximo {day} de {month}"
    body = [f"{cap(name)} {fut} en {city} el próximo {day} de {month}, según ha anunciado el ayuntamiento",
            f"Los organizadores esperan la visita de unas {number(n, 'f')} personas durante {g.pick(['la primera semana', 'el fin de semana', 'los primeros días'])}",
            f"«{g.pick(['Es un proyecto pensado para todos los vecinos', 'Llevamos meses trabajando para que todo salga bien', 'Queremos que el barrio tenga más vida'])}», ha explicado {spokes.name}, {role}",
            f"{g.pick(['Las actividades serán gratuitas', 'La entrada será libre hasta completar el aforo', 'Habrá actividades para niños y mayores'])} y el horario será de {time_words(g.pick([9, 10]))} de la mañana a {time_words(g.pick([19, 20, 21]))} de la tarde".replace("de la tarde", "de la tarde").replace("a las ocho de la tarde", "a las ocho de la tarde"),
            g.pick(["Se recomienda acudir en transporte público", "Más información en la oficina de atención ciudadana",
                    "Los vecinos han recibido la noticia con entusiasmo"])]
    return "noticias", head + "\n\n" + para(body)


def noticia_deporte(g):
    "Crónica deportiva breve con marcador en letras."
    sport = g.pick(["fútbol", "baloncesto", "balonmano", "voleibol"])
    c1, c2 = g.sample(CITIES, 2)
    t1 = g.pick(["Deportivo", "Atlético", "Unión", "Club", "Racing"]) + " " + c1
    t2 = g.pick(["Deportivo", "Atlético", "Unión", "Club", "Sporting"]) + " " + c2
    if sport == "fútbol":
        a, b = g.randint(0, 4), g.randint(0, 4)
    elif sport == "baloncesto":
        a, b = g.randint(60, 99), g.randint(60, 99)
    elif sport == "balonmano":
        a, b = g.randint(20, 35), g.randint(20, 35)
    else:
        a, b = 3, g.randint(0, 2)
        if g.chance(0.5):
            a, b = b, a
    star = g.person(surname=True)
    unit = {"fútbol": "goles", "baloncesto": "puntos", "balonmano": "goles", "voleibol": "sets"}[sport]
    res = "empate" if a == b else ("victoria del " + t1 if a > b else "victoria del " + t2)
    head = f"{t1} {a} - {b} {t2}"
    body = [f"El {t1} y el {t2} se enfrentaron el {g.pick(DAYS)} en un partido de {sport} que terminó con {res}",
            f"El marcador final fue de {number(a, 'm', False)} a {number(b, 'm', False)}",
            g.pick([f"La primera parte fue muy igualada y ninguno de los dos equipos logró imponerse",
                    f"El {t1 if a >= b else t2} dominó desde el principio", f"El público no dejó de animar durante todo el encuentro"]),
            f"{star.name} fue {star.a('el mejor')[3:] if False else ('la mejor' if star.g == 'f' else 'el mejor')} del partido"
            + (f" y anotó {number(g.randint(2, 25) if sport != 'fútbol' else max(1, max(a, b)), 'm')} {unit}" if sport != "voleibol" and max(a, b) > 0 else ""),
            f"Al terminar, {'la entrenadora' if g.chance(0.5) else 'el entrenador'} declaró: «{g.pick(['Estoy muy orgulloso del equipo', 'Hemos trabajado bien, pero hay que seguir mejorando', 'El resultado es justo', 'Los jugadores lo han dado todo'])}»",
            f"El próximo partido se jugará {g.pick(['el fin de semana que viene', 'dentro de quince días', 'el miércoles'])}"]
    body[-2] = body[-2].replace("orgulloso", "orgullosa") if "la entrenadora" in body[-2] else body[-2]
    return "deportes", head + "\n\n" + para(body)


REGIONS = ["el norte", "el sur", "la costa", "el interior", "las zonas de montaña", "el valle", "las islas", "la capital"]


def noticia_tiempo(g):
    "Previsión meteorológica con futuro y temperaturas en letras."
    day = g.pick(DAYS)
    regs = g.sample(REGIONS, 4)
    w = ["lloverá de forma intensa", "el cielo estará despejado", "habrá nubes y claros", "soplará viento fuerte",
         "podría nevar en las cotas más altas", "se esperan tormentas por la tarde", "habrá niebla a primera hora", "hará calor"]
    ws = g.sample(w, 4)
    tmax, tmin = g.randint(15, 36), g.randint(-2, 14)
    s = [f"Para este {day}, la previsión indica que en {regs[0]} {ws[0]}",
         f"En {regs[1]}, en cambio, {ws[1]}",
         f"{cap(regs[2])} {'tendrán' if regs[2].startswith(('las', 'los')) else 'tendrá'} un día más tranquilo, aunque {ws[2]}",
         f"Las temperaturas máximas rondarán los {number(tmax, 'm')} grados y las mínimas bajarán hasta {'los ' + number(tmin, 'm') + ' grados' if tmin > 1 else ('un grado' if tmin == 1 else ('cero grados' if tmin == 0 else 'los ' + number(-tmin, 'm') + ' bajo cero' if tmin < -1 else 'un grado bajo cero'))}",
         g.pick(["Se recomienda llevar paraguas", "Conviene abrigarse por la mañana", "Si va a viajar, consulte el estado de las carreteras",
                 "No olvide protegerse del sol en las horas centrales"]),
         f"Para el fin de semana se espera que el tiempo {g.pick(['mejore', 'empeore', 'siga igual', 'cambie'])}"]
    return "clima", f"El tiempo para el {day}\n\n" + para(s)


# ---------------------------------------------------------------- descripciones

def desc_lugar(g):
    "Descripción de un lugar con concordancias y presente."
    place = g.noun("lugar_ciudad")
    city = g.pick(CITIES)
    adjs = g.sample(CAT["lugar_ciudad"][1], 2)
    el = np(place, "el")
    s = [f"{cap(el)} de mi barrio es {adj_form(adjs[0], place.g, 's')} y {adj_form(adjs[1], place.g, 's')}".replace(" y i", " e i"),
         f"{'Está' if g.chance(0.5) else 'Se encuentra'} {g.pick(['junto a la plaza principal', 'al final de la avenida', 'cerca de la estación', 'en una calle estrecha del centro'])} de {city}",
         f"Por las mañanas {g.pick(['hay mucho movimiento', 'reina una calma agradable', 'se llena de gente mayor que charla', 'huele a pan recién hecho'])}",
         f"{cap(np(g.noun('mueble'), 'un', 's', g.adj('mueble')))} {g.pick(['llama la atención nada más entrar', 'ocupa el centro de la sala', 'recibe a los visitantes'])}",
         f"Las paredes están pintadas de {g.pick(['blanco', 'azul claro', 'amarillo', 'verde'])} y las ventanas son {g.pick(['altas y estrechas', 'grandes y luminosas', 'pequeñas'])}",
         f"A mí me gusta ir {g.pick(['los sábados', 'por la tarde', 'cuando quiero estar tranquilo', 'con mis amigos'])}, porque {g.pick(['siempre descubro algo nuevo', 'me siento como en casa', 'la gente es muy amable'])}"]
    return "vida_cotidiana", para(s)


def desc_persona(g):
    "Retrato de una persona: aspecto, carácter y costumbres, con concordancia de género."
    P = g.person(job=True)
    kin = g.pick(["abuela", "tía", "vecina", "prima", "mejor amiga"] if P.g == "f" else ["abuelo", "tío", "vecino", "primo", "mejor amigo"])
    t = g.sample(TRAITS, 3)
    s = [f"Mi {kin} se llama {P.name} y es {P.job}",
         f"Es {P.a(g.pick(LOOKS))}, tiene el pelo {g.pick(['corto', 'largo', 'rizado', 'canoso', 'liso'])} y unos ojos {g.pick(['oscuros', 'verdes', 'marrones', 'muy expresivos'])}",
         f"Todo el mundo dice que es {P.a(t[0])} y {P.a(t[1])}".replace(" y i", " e i"),
         f"A veces es un poco {P.a(g.pick(['despistado', 'testarudo', 'impaciente', 'tímido']))}, pero {g.pick(['nunca se enfada', 'siempre pide perdón', 'se le pasa enseguida'])}",
         f"Le encanta {g.pick(['leer novelas de misterio', 'cocinar para la familia', 'caminar por el campo', 'escuchar música antigua', 'arreglar cosas viejas', 'contar historias'])}",
         f"Cuando era {'joven' if True else ''}, {g.pick(['vivió varios años en ' + g.pick(CITIES), 'quería ser astronauta', 'trabajaba en una panadería', 'jugaba al fútbol en el equipo del barrio'])}",
         f"Para mí, es {'una' if P.g == 'f' else 'un'} ejemplo de persona {t[2]}".replace(P.job, P.job) if False else
         f"Para mí, es un ejemplo de {g.pick(['paciencia', 'generosidad', 'alegría', 'constancia'])}"]
    return "vida_cotidiana", para(s)


# ---------------------------------------------------------------- anuncios y preguntas frecuentes

def anuncio(g):
    "Anuncio breve: se vende, se busca, aviso de la comunidad."
    kind = g.pick(["vende", "busca", "aviso", "perdido"])
    cur = g.pick(CURRENCY)
    if kind == "vende":
        cat = g.pick(["mueble", "aparato", "instrumento", "vehiculo"])
        it = g.noun(cat) if cat != "vehiculo" else g.pick([Noun("bicicleta", "f"), Noun("moto", "f"), Noun("coche", "m")])
        s = [f"Se vende {np(it, 'un')} {adj_form(g.pick(['seminuevo', 'usado', 'nuevo']), it.g, 's')} en {g.pick(['perfecto estado', 'buen estado', 'estado aceptable'])}",
             f"{g.pick(['Apenas se ha usado', 'Tiene un pequeño arañazo', 'Incluye todos los accesorios', 'Se entrega con su caja original'])}",
             f"Precio: {number(g.randint(2, 60) * 10, 'm')} {cur}, negociables",
             f"Interesados, llamar por las tardes o escribir un mensaje"]
        tema = "anuncios"
    elif kind == "busca":
        job = g.pick(JOBS)
        s = [f"Se busca {job[0]} o {job[1]} con experiencia para {g.pick(['una empresa pequeña', 'un negocio familiar', 'una tienda del centro'])}" if job[0] != job[1] else f"Se busca {job[0]} con experiencia",
             f"Jornada {g.pick(['completa', 'de mañana', 'de tarde', 'parcial'])}",
             f"Se valorará que la persona sea {adj_form(g.pick(TRAITS), 'f', 's')} y {adj_form(g.pick(['responsable', 'organizado', 'puntual']), 'f', 's')}",
             "Las personas interesadas pueden enviar su currículum antes de fin de mes"]
        tema = "trabajo"
    elif kind == "aviso":
        day = g.pick(DAYS)
        s = [f"Aviso a los vecinos: el próximo {day} se cortará el agua de {time_words(g.pick([9, 10]))} a {time_words(g.pick([13, 14]))} por unas obras en la calle",
             "Se ruega llenar algunas botellas con antelación",
             "Disculpen las molestias", "La comunidad de vecinos"]
        tema = "vida_cotidiana"
    else:
        an = g.pick([Noun("perro", "m"), Noun("gata", "f"), Noun("gato", "m"), Noun("perra", "f")])
        color = g.pick(["negro", "blanco", "marrón", "gris"])
        s = [f"Se ha perdido {np(an, 'un')} {adj_form(color, an.g, 's')} cerca de {g.pick(['la plaza', 'el parque', 'la estación', 'el mercado'])}",
             f"Se llama {g.pick(['Luna', 'Toby', 'Canela', 'Nube', 'Rayo', 'Pipa', 'Trufa'])} y lleva un collar {g.pick(['rojo', 'azul', 'verde'])}",
             f"Es muy {adj_form(g.pick(['cariñoso', 'tranquilo', 'asustadizo']), an.g, 's')} y responde a su nombre",
             "Si alguien lo ha visto, por favor, que llame a este número".replace("lo ha", "lo ha" if an.g == "m" else "la ha"),
             "Se gratificará"]
        tema = "anuncios"
    return tema, "\n".join(sentence(x) for x in s)


FAQ_SERVICES = [
    ("la biblioteca municipal", [("¿Cuántos libros puedo llevarme a la vez?", "Puede llevarse hasta {n} libros durante tres semanas"),
                                 ("¿Necesito un carné?", "Sí. El carné es gratuito y solo necesita un documento de identidad"),
                                 ("¿Puedo renovar el préstamo?", "Sí, puede renovarlo una vez en el mostrador o desde la página web"),
                                 ("¿Hay wifi?", "Sí, la conexión es gratuita para todos los usuarios"),
                                 ("¿Qué horario tiene?", "Abre de lunes a viernes de {h1} a {h2}")]),
    ("la piscina municipal", [("¿Hace falta gorro de baño?", "Sí, el gorro es obligatorio en todas las calles"),
                              ("¿Hay clases para niños?", "Sí, hay cursos para niños a partir de {n} años"),
                              ("¿Puedo ir sin abono?", "Sí, puede comprar una entrada de un día en la taquilla"),
                              ("¿Qué horario tiene?", "Abre todos los días de {h1} a {h2}")]),
    ("el centro cultural", [("¿Cómo me inscribo en un taller?", "Puede inscribirse en la recepción o llamando por teléfono"),
                            ("¿Los talleres son gratuitos?", "La mayoría sí; algunos tienen un pequeño coste de materiales"),
                            ("¿Cuántas personas hay por grupo?", "Los grupos son de {n} personas como máximo"),
                            ("¿Qué horario tiene?", "Abre de martes a domingo de {h1} a {h2}")]),
    ("la tienda en línea", [("¿Cuánto tarda en llegar un pedido?", "Normalmente llega en {n} días laborables"),
                            ("¿Puedo devolver un producto?", "Sí, tiene treinta días para devolverlo si está en buen estado"),
                            ("¿Cómo sé dónde está mi pedido?", "Recibirá un correo con un número de seguimiento"),
                            ("¿Qué formas de pago aceptan?", "Aceptamos tarjeta y transferencia bancaria")]),
]


def faq(g):
    "Preguntas frecuentes sobre un servicio."
    name, qa = g.pick(FAQ_SERVICES)
    items = g.sample(qa, g.randint(3, len(qa)))
    out = [f"Preguntas frecuentes sobre {name}"]
    for q, a in items:
        a = a.format(n=number(g.randint(3, 8), "m"), h1=time_words(g.pick([8, 9, 10])) + " de la mañana",
                     h2=time_words(g.pick([19, 20, 21])) + g.pick([" de la tarde", " de la noche"]))
        out += ["", q, sentence(a)]
    return "servicios", "\n".join(out)
