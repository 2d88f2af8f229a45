"""Familias narrativas: día, diario, recuerdo, planes, encuentro y fábula."""
from gen_core import DAT, Ent, dash, doc, para, sentence, time_words
from lexicon import CITIES, DAYS, DOMAINS, MONTHS, MOODS_BAD, MOODS_GOOD, TRAITS
from morph import P1P, P1S, P2S, P3P, P3S, Noun, adj_form, cap, conj, infinitive, join_list, np, number

SEQ = ["Primero", "Después", "Más tarde", "Luego", "A continuación", "Por la tarde", "Antes de cenar",
       "Al final"]
WEATHER_IMPF = ["hacía un sol espléndido", "llovía sin parar desde la madrugada", "el cielo estaba cubierto de nubes grises",
                "soplaba un viento fresco del norte", "hacía tanto frío que los cristales estaban empañados",
                "hacía un calor pegajoso", "caía una llovizna fina", "la niebla cubría las calles",
                "el día estaba despejado y tranquilo", "las nubes avanzaban despacio sobre los tejados"]
WEATHER_FUT = ["hará buen tiempo", "lloverá por la tarde", "hará frío", "saldrá el sol", "soplará el viento"]
WAKE = ["muy temprano", "antes de que sonara el despertador", "a las siete en punto", "más tarde de lo normal",
        "con el canto de los pájaros", "cuando todavía era de noche"]
REASONS_GOOD = ["era su día libre", "iba a ver a unos amigos", "esperaba una buena noticia",
                "había terminado un trabajo importante", "empezaban sus vacaciones", "había dormido de maravilla"]
REASONS_BAD = ["tenía muchas cosas que hacer", "había dormido poco", "le dolía un poco la cabeza",
               "tenía que entregar un trabajo", "había discutido con un amigo", "el día anterior había sido muy largo"]
PLANS = ["apuntarse a clases de baile", "aprender a tocar la guitarra", "hacer un viaje por la costa", "cambiar de trabajo",
         "pintar su casa", "adoptar un perro", "estudiar francés", "correr una carrera popular", "montar un pequeño huerto",
         "visitar a su familia", "hacer un curso de fotografía", "mudarse a un piso más grande"]
JOINT = ["ir al cine", "dar un paseo por el parque", "tomar un café", "ir al mercado", "ver una exposición",
         "ir a la piscina", "preparar una cena para los amigos", "ir a un concierto", "jugar una partida de ajedrez",
         "montar en bicicleta", "visitar el museo", "ir a la biblioteca"]


def narr_dia(g):
    "Un día en la vida de un personaje, en pasado (pretérito e imperfecto)."
    dname, dom = g.domain()
    P = g.person(job=True)
    city = g.pick(CITIES)
    S = g.other(P)
    kin, kg = g.kin()
    if dname == "escuela":
        P.job = "estudiante"
    intro = g.pick([
        f"{P.name} tiene {number(g.randint(12, 17), 'm')} años y estudia en un instituto de {city}",
        f"{P.name} es {'una' if P.g == 'f' else 'un'} estudiante muy {P.a(g.pick(TRAITS))} de {city}",
    ]) if dname == "escuela" else g.pick([
        f"{P.name} tiene {number(g.randint(19, 70), 'm')} años y trabaja como {P.job} en {city}",
        f"{P.name} vive en un barrio tranquilo de {city} y trabaja como {P.job}",
        f"En un edificio antiguo de {city} vive {P.name}, {'una' if P.g == 'f' else 'un'} {P.job} muy {P.a(g.pick(TRAITS))}",
    ])
    day = g.pick(DAYS)
    s1 = [intro,
          f"El {day} pasado {P.v('despertarse', 'pret')} {g.pick(WAKE)}",
          f"{g.pick(['Por la ventana vio que', 'Al abrir la persiana comprobó que', 'Enseguida notó que'])} {g.pick(WEATHER_IMPF)}",
          (f"{P.pron} estaba {P.a(g.pick(MOODS_GOOD))} porque {g.pick(REASONS_GOOD)}" if g.chance(0.5) else
           f"{P.pron} estaba un poco {P.a(g.pick(MOODS_BAD))} porque {g.pick(REASONS_BAD)}")]
    acts = g.sample(dom["acts"], min(len(dom["acts"]), g.randint(4, 6)))
    s2 = []
    seq = SEQ[:]
    if g.chance(0.5):
        seq = g.sample(SEQ[1:-1], len(acts) - 1) + ["Al final"]
        seq = ["Primero"] + seq[: len(acts) - 2] + ["Al final"]
    for i, a in enumerate(acts):
        c = seq[i] if i < len(seq) else "Luego"
        if i == len(acts) - 1:
            c = g.pick(["Al final", "Para terminar", "Ya de noche"])
        place = dom["places"][g.randint(0, len(dom["places"]) - 1)]
        form = g.rng.random()
        if form < 0.6:
            s2.append(f"{c}, {g.act(a, P3S, 'pret')}")
        elif form < 0.8 and not any(w in a for w in (" en ", " por ", " al ", " a la ")):
            s2.append(f"{c}, en {place}, {g.act(a, P3S, 'pret')}")
        else:
            s2.append(f"{c}, mientras {g.act(a, P3S, 'impf')}, {g.pick(['pensaba en sus planes para el fin de semana', 'escuchaba la radio', 'tarareaba una canción', 'recordaba una conversación con ' + S.name])}")
    if g.chance(0.5):
        k = np(Noun(kin, kg), "su")
        s2.insert(g.randint(1, len(s2) - 1),
                  f"{cap(k)} le había pedido que {g.act(g.pick(dom['acts']), P3S, 'impsubj')}, así que no lo olvidó")
    # Diálogo
    greet = g.pick(["¡Hola, {n}! ¿Qué tal estás?", "¡Qué sorpresa verte por aquí, {n}!", "¡Buenos días, {n}! ¿Cómo va todo?",
                    "¡{n}! ¡Cuánto tiempo sin verte!"]).format(n=P.name)
    tag1 = g.pick(["dijo", "exclamó", "saludó"])
    if "?" in greet:
        ans = g.pick([f"Muy bien, gracias. Estoy un poco {P.a(g.pick(MOODS_BAD))}, pero me alegro de verte",
                      f"Bien, aunque hoy tengo mucho que hacer", f"¡Estupendamente! Hoy estoy muy {P.a(g.pick(MOODS_GOOD))}"])
    else:
        ans = g.pick([f"¡Hola, {S.name}! ¡Qué alegría encontrarte!", f"¡{S.name}! Yo también me alegro mucho de verte",
                      f"¡Es verdad! Por lo menos un año, ¿no?"])
    q = f"¿Quieres {g.pick(JOINT)} conmigo el {g.pick(DAYS)}?"
    yes = g.chance(0.6)
    reply = (g.pick(["¡Claro que sí! Me encantaría", "¡Por supuesto! Avísame de la hora", "¡Qué buena idea! Cuenta conmigo"])
             if yes else g.pick(["Ese día no puedo, pero te llamo la semana que viene", "Lo siento, ese día trabajo hasta tarde"]))
    dialog = [f"{g.pick(['Al salir', 'Por la calle', 'De camino a casa', 'En la puerta'])}, se encontró con {S.name}, "
              f"{'una' if S.g == 'f' else 'un'} {g.pick(['vieja amiga', 'compañera de trabajo', 'vecina']) if S.g == 'f' else g.pick(['viejo amigo', 'compañero de trabajo', 'vecino'])}."]
    dl = [dash(greet, f"{tag1} {S.name}"), dash(ans, f"respondió {P.name}"), dash(q, f"preguntó {S.name}"),
          dash(reply)]
    dl[-1] = dl[-1] if dl[-1][-1] in ".!?" else dl[-1] + "."
    end = [f"Al final del día, {P.name} estaba {P.a(g.pick(['cansado', 'agotado']))} pero {P.a(g.pick(MOODS_GOOD))}",
           f"Antes de dormir, pensó que al día siguiente {P.v('volver', 'cond')} a {g.act_inf(g.pick(dom['acts']), P3S)}"]
    return dname, doc([para(s1), para(s2), para(dialog) + "\n" + "\n".join(dl), para(end)])


def narr_diario(g):
    "Entrada de diario en primera persona: pretérito perfecto, futuro y subjuntivo."
    dname, dom = g.domain()
    me = g.pick("mf")
    I = Ent("yo", me, P1S)
    S = g.person()
    day, dnum, month = g.pick(DAYS), g.randint(1, 28), g.pick(MONTHS)
    head = f"{cap(day)}, {dnum} de {month}"
    acts = g.sample(dom["acts"], 4)
    s = [g.pick(["Querido diario:", "Hola otra vez, diario:", "Diario:"])]
    s1 = [f"Hoy ha sido un día {g.pick(['largo', 'tranquilo', 'extraño', 'muy intenso', 'bastante divertido'])}",
          f"Esta mañana {I.v('despertarse', 'perf')} {g.pick(WAKE)} y {g.pick(WEATHER_IMPF)}",
          f"Después del desayuno {g.act(acts[0], P1S, 'perf')}",
          f"También {g.act(acts[1], P1S, 'perf')}, aunque me ha costado más de lo que pensaba"]
    s2 = [f"Por la tarde, {S.name} y yo {g.act(acts[2], P1P, 'perf')}",
          f"{S.name} {g.pick(['estaba', 'parecía'])} {S.a(g.pick(MOODS_GOOD + MOODS_BAD))} y hemos hablado mucho rato",
          f"Me ha contado que {S.v('querer', 'pres')} {g.pick(PLANS).replace('su casa', 'su casa').replace('a su familia', 'a su familia')} el año que viene"]
    s3 = [f"Mañana {g.act(acts[3], P1S, 'fut')}",
          f"Espero que {g.pick(['haga buen tiempo', 'no llueva', 'todo salga bien', 'me dé tiempo a todo'])}",
          f"Ojalá {S.name} {g.pick(['pueda venir conmigo', 'se sienta mejor', 'tenga un buen día', 'me llame pronto'])}",
          g.pick(["Ahora me voy a dormir", "Ya es tarde y tengo sueño", "Se me cierran los ojos"])]
    return dname, head + "\n\n" + s[0] + "\n\n" + doc([para(s1), para(s2), para(s3)])


def narr_recuerdo(g):
    "Recuerdo de infancia en primera persona: imperfecto habitual frente a pretérito."
    dname, dom = g.domain(g.pick(["musica", "jardineria", "lectura", "deportes", "cocina", "naturaleza", "mascotas", "hogar"]))
    me = g.pick("mf")
    city = g.pick(CITIES)
    kin, kg = g.kin()
    kinp = np(Noun(kin, kg), "mi")
    acts = g.sample(dom["acts"], 4)
    child = "niña" if me == "f" else "niño"
    s1 = [f"Cuando era {child}, vivía con mis {g.pick(['padres', 'abuelos', 'tíos'])} en un pueblo cerca de {city}",
          f"La casa {g.pick(['tenía un patio con un limonero', 'estaba al lado de la plaza', 'era pequeña pero muy luminosa', 'quedaba al final de una calle empinada'])}",
          f"Todos los {g.pick(['sábados', 'domingos', 'veranos', 'días'])}, {kinp} y yo {g.act(acts[0], P1P, 'impf')}",
          f"{cap(kinp)} siempre {g.act(acts[1], P3S, 'impf')} y a mí me {g.pick(['encantaba mirar', 'gustaba ayudar', 'parecía un juego'])}"]
    s2 = [f"Recuerdo especialmente un {g.pick(DAYS)} de {g.pick(MONTHS)} en que {g.pick(WEATHER_IMPF)}",
          f"Aquel día {g.act(acts[2], P1P, 'pret')} y luego {g.act(acts[3], P1S, 'pret')}",
          f"{cap(kinp)} me {g.pick(['dijo', 'explicó', 'enseñó'])} que las cosas importantes se hacen con calma, y nunca lo he olvidado"]
    s3 = [f"Ahora vivo en {g.pick([c for c in CITIES if c != city])} y {g.pick(['trabajo mucho', 'tengo poco tiempo libre', 'la vida va deprisa'])}",
          f"Sin embargo, cada vez que {g.act(g.pick(dom['acts']), P1S, 'pres')}, me acuerdo de aquellos años",
          f"Me gustaría que mis {g.pick(['hijos', 'sobrinos', 'nietos'])} {g.pick(['conocieran', 'vieran', 'visitaran'])} aquel pueblo algún día"]
    return dname, doc([para(s1), para(s2), para(s3)])


def narr_planes(g):
    "Planes de futuro de dos personajes: futuro, condicional y si + imperfecto de subjuntivo."
    dname, dom = g.domain()
    A = g.person()
    B = g.other(A)
    both = Ent(f"{A.name} y {B.name}", "f" if A.g == B.g == "f" else "m", P3P)
    month = g.pick(MONTHS)
    city = g.pick(CITIES)
    acts = g.sample(dom["acts"], 4)
    s1 = [f"El próximo mes de {month}, {both.name} {both.v('ir', 'fut')} a {city}",
          f"{g.pick(['Hace tiempo que', 'Desde el año pasado', 'Desde hace meses'])} {both.v('hablar', 'pres')} de este viaje",
          f"Antes de salir, {g.act(acts[0], P3P, 'fut')} y {g.act(acts[1], P3P, 'fut')}",
          f"{A.name} {A.v('querer', 'pres')} que {B.name} {g.act(acts[2], P3S, 'subj')} también"]
    good = g.chance(0.5)
    cond = g.pick(["hace buen tiempo", "sale el sol"] if good else ["llueve", "hace frío", "sopla mucho viento"])
    plan = g.pick(["dar un paseo por el puerto", "visitar el mercado", "subir al mirador", "comer al aire libre",
                   "recorrer el casco antiguo", "alquilar unas bicicletas"] if good else
                  ["visitar un museo", "ir al cine", "quedarse en el hotel leyendo", "probar los cafés del centro"])
    s2 = [f"Si {cond}, {g.act(plan, P3P, 'fut')}",
          f"Si {both.v('tener', 'impsubj')} más días de vacaciones, {both.v('visitar', 'cond')} también {g.pick(['la costa', 'las montañas', 'algún pueblo cercano', 'a unos amigos'])}",
          f"{B.name} {B.v('pensar', 'pres')} que el viaje {g.pick(['será', 'va a ser'])} {g.pick(['inolvidable', 'muy divertido', 'tranquilo', 'una gran aventura'])}",
          f"Ojalá que todo {g.pick(['salga', 'vaya'])} bien"]
    return dname, doc([para(s1), para(s2)])


def narr_encuentro(g):
    "Encuentro de dos personajes con un problema y su solución, con diálogo."
    A = g.person()
    B = g.other(A)
    kind = g.pick(["perdido", "camino", "prestamo", "averia"])
    lines = []
    if kind == "perdido":
        obj = g.pick([Noun("cartera", "f"), Noun("paraguas", "m", "paraguas"), Noun("llaves", "f", "llaves"),
                      Noun("bufanda", "f"), Noun("cuaderno", "m"), Noun("gafas", "f", "gafas"), Noun("mochila", "f")])
        pl = obj.sg.endswith("s") and obj.sg in ("llaves", "gafas")
        n = "p" if pl else "s"
        the = np(obj, "el", n)
        my = np(obj, "mi", n)
        place = g.pick(["el parque", "la parada del autobús", "la biblioteca", "el mercado", "la plaza"])
        pron = {("m", "s"): "lo", ("f", "s"): "la", ("m", "p"): "los", ("f", "p"): "las"}[(obj.g, n)]
        intro = [f"{A.name} {g.pick(['buscaba', 'llevaba media hora buscando'])} {my.replace('mi', 'su', 1)} por {place}",
                 f"{A.pron} estaba {A.a('nervioso')} porque dentro {'había' if not pl else 'tenía'} cosas importantes" if obj.sg in ("cartera", "mochila") else f"{A.pron} estaba {A.a('preocupado')}",
                 f"Entonces se acercó {B.name}"]
        lines = [dash("¿Te pasa algo? Pareces " + A.a("preocupado"), f"preguntó {B.name}"),
                 dash(f"No encuentro {my}. Creo que {pron} he perdido"),
                 dash(f"¿Cómo {'son' if pl else 'es'}?"),
                 dash(f"{cap(adj_form(g.pick(['azul', 'negro', 'rojo', 'verde', 'marrón']), obj.g, n))}, con {g.pick(['un llavero pequeño', 'una etiqueta con mi nombre', 'una cinta amarilla', 'un dibujo de una estrella'])}"),
                 dash(f"¡Espera! Hace un rato vi {the} {g.pick(['en un banco', 'junto a la fuente', 'en el mostrador', 'debajo de una mesa'])}. Vamos a mirar"),
                 ]
        end = [f"Fueron {'juntas' if A.g == B.g == 'f' else 'juntos'} y allí {'estaban' if pl else 'estaba'} {the}",
               f"{A.name} {pron} {A.v('recoger', 'pret')} con alivio y le dio las gracias a {B.name} mil veces",
               g.pick(["Desde ese día, siempre revisa sus cosas antes de irse",
                       f"Después, {'las dos' if A.g == B.g == 'f' else 'los dos'} se tomaron un café para celebrarlo"])]
    elif kind == "camino":
        dest = g.pick(["la estación de tren", "el museo de historia", "la biblioteca municipal", "el hospital",
                       "la oficina de correos", "el mercado central", "el ayuntamiento"])
        city = g.pick(CITIES)
        intro = [f"{A.name} acababa de llegar a {city} y no conocía bien la ciudad",
                 f"Con el mapa en la mano, se acercó a {B.name}, que {B.v('esperar', 'impf')} en un semáforo"]
        steps = g.sample(["siga recto hasta la plaza", "gire a la derecha en la farmacia", "cruce el puente",
                          "tome la segunda calle a la izquierda", "pase por delante de la iglesia",
                          "camine unos doscientos metros"], 3)
        lines = [dash(f"Perdone, ¿sabe usted cómo llegar a {dest}?", f"preguntó {A.name}"),
                 dash(f"Sí, claro. No está lejos. Primero {steps[0]}; después {steps[1]} y, por último, {steps[2]}"),
                 dash("¿Se puede ir andando?"),
                 dash(f"Sí, se tarda unos {number(g.pick([5, 10, 15, 20]), 'm')} minutos. Si está {A.a('cansado')}, también puede tomar el autobús"),
                 dash("¡Muchísimas gracias! Es usted muy " + B.a("amable"))]
        end = [f"{A.name} {A.v('seguir', 'pret')} las indicaciones y llegó a {dest} sin problemas",
               g.pick(["Pensó que la gente de aquella ciudad era muy atenta", "Al volver, pasó otra vez por el mismo semáforo y sonrió"])]
    elif kind == "prestamo":
        tool = g.noun("herramienta")
        use = g.pick(["colgar unas estanterías", "arreglar una silla", "montar un armario", "reparar la puerta del garaje"])
        intro = [f"Un sábado por la mañana, {A.name} {A.v('querer', 'impf')} {use}, pero no tenía {np(tool, 'un')}",
                 f"Decidió llamar a la puerta de {B.name}, que {B.v('vivir', 'impf')} en el piso de al lado"]
        lines = [dash(f"¡Buenos días! Perdona que te moleste. ¿Tienes {np(tool, 'un')} que me puedas prestar?", f"preguntó {A.name}"),
                 dash(f"¡Claro! Espera un momento, que {'lo' if tool.g == 'm' else 'la'} busco"),
                 dash("Te {0} devuelvo esta tarde, sin falta".format("lo" if tool.g == "m" else "la")),
                 dash(f"No hay prisa. Y si necesitas ayuda, avísame: {g.pick(['se me dan bien estas cosas', 'tengo toda la mañana libre'])}")]
        end = [f"Al final, {B.name} ayudó a {A.name} y terminaron en menos de una hora",
               f"Por la tarde, {A.name} le devolvió {np(tool, 'el')} y le llevó {np(g.noun('plato'), 'un')} para darle las gracias"]
    else:
        veh = g.pick([Noun("bicicleta", "f"), Noun("coche", "m"), Noun("moto", "f")])
        intro = [f"{A.name} volvía a casa en {np(veh, 'su')} cuando, de repente, oyó un ruido extraño",
                 f"Se detuvo y vio que {g.pick(['la rueda estaba pinchada', 'la cadena se había salido', 'salía humo del motor'] if veh.sg != 'coche' else ['la rueda estaba pinchada', 'salía humo del motor', 'no se encendían las luces'])}",
                 f"En ese momento pasó por allí {B.name}, {'una' if B.g == 'f' else 'un'} {B.a('mecánico') if False else g.pick(['vecina del barrio', 'amiga de su hermana']) if B.g == 'f' else g.pick(['vecino del barrio', 'amigo de su hermano'])}"]
        lines = [dash("¿Necesitas ayuda?", f"preguntó {B.name}"),
                 dash(f"Sí, por favor. No sé qué le pasa a {np(veh, 'mi')}"),
                 dash("Déjame ver… Creo que tiene arreglo. ¿Tienes herramientas?"),
                 dash("Solo un juego de llaves pequeño"),
                 dash("Con eso basta. ¡Vamos a intentarlo!")]
        end = [f"Entre los dos consiguieron arreglar {np(veh, 'el')} en unos minutos",
               f"{A.name} estaba tan {A.a('agradecido')} que {A.v('invitar', 'pret')} a {B.name} a merendar"]
    return "vida_cotidiana", doc([para(intro) + "\n" + "\n".join(l if l[-1] in ".!?" else l + "." for l in lines), para(end)])


ANIMALS = [("zorro", "m", "el bosque"), ("ardilla", "f", "un roble"), ("hormiga", "f", "un hormiguero junto al camino"),
           ("cigarra", "f", "el prado"), ("tortuga", "f", "la orilla del lago"), ("liebre", "f", "el campo"),
           ("cuervo", "m", "un pino alto"), ("ratón", "m", "un agujero del granero"), ("león", "m", "la sabana"),
           ("jirafa", "f", "la llanura"), ("búho", "m", "un árbol hueco"), ("rana", "f", "la charca"),
           ("castor", "m", "el río"), ("abeja", "f", "una colmena"), ("paloma", "f", "el tejado de la iglesia"),
           ("caracol", "m", "el huerto"), ("oveja", "f", "la colina"), ("gallo", "m", "la granja"),
           ("lobo", "m", "la montaña"), ("cabra", "f", "las rocas"), ("pato", "m", "el estanque"),
           ("topo", "m", "un túnel bajo el prado"), ("ciervo", "m", "el valle"), ("lagartija", "f", "una pared de piedra")]
FABLES = [
    ("orgullo", "presumido", "humilde", "La humildad llega más lejos que la presunción."),
    ("pereza", "perezoso", "trabajador", "Quien se prepara a tiempo no pasa necesidad."),
    ("ayuda", "fuerte", "pequeño", "Nadie es tan pequeño que no pueda ayudar a otro."),
    ("paciencia", "impaciente", "paciente", "Las prisas no siempre llevan a buen puerto."),
    ("equipo", "solitario", "generoso", "Juntos se consigue lo que solo parece imposible."),
    ("mentira", "mentiroso", "sincero", "Al mentiroso no se le cree ni cuando dice la verdad."),
]


def narr_fabula(g):
    "Fábula de animales con moraleja."
    (a1, g1, h1), (a2, g2, h2) = g.sample(ANIMALS, 2)
    theme, t1, t2, moral = g.pick(FABLES)
    A, B = Noun(a1, g1), Noun(a2, g2)
    un_a, el_a, el_b, un_b = np(A, "un"), np(A, "el"), np(B, "el"), np(B, "un")
    adj1, adj2 = adj_form(t1, g1, "s"), adj_form(t2, g2, "s")
    season = g.pick(["el verano", "la primavera", "el otoño"])
    s1 = [g.pick([f"Había una vez {un_a} muy {adj1} que vivía en {h1}", f"Hace mucho tiempo, en {h1}, vivía {un_a} muy {adj1}",
                  f"Cuentan que en {h1} vivía {un_a} muy {adj1}"]),
          f"Cerca de allí, en {h2}, vivía {un_b} {adj2}"]
    if theme == "pereza":
        s2 = [f"Durante {np(Noun(season.split()[1], 'm' if season.startswith('el') else 'f'), 'todo')}, {el_b} trabajaba sin descanso y guardaba comida para el invierno",
              f"{cap(el_a)}, en cambio, se pasaba los días {g.pick(['cantando', 'durmiendo al sol', 'jugando'])}"]
        dl = [dash(f"¿Por qué trabajas tanto? ¡Hace un día precioso!", f"le preguntó {el_a}"),
              dash("Porque el invierno llegará pronto y entonces no habrá nada que comer", f"respondió {el_b}"),
              dash("¡Bah! Todavía falta mucho")]
        s3 = [f"Cuando llegó el invierno, {el_a} no tenía nada que comer y pasaba frío",
              f"Llamó a la puerta de {el_b}, que {g.pick(['le ofreció un poco de comida', 'compartió con ' + ('él' if g1 == 'm' else 'ella') + ' su despensa'])}",
              f"Desde entonces, {el_a} {g.pick(['guarda provisiones cada otoño', 'nunca deja el trabajo para mañana'])}"]
    elif theme == "orgullo":
        s2 = [f"{cap(el_a)} se creía {g.pick(['el animal más listo', 'el más rápido', 'el más hermoso'])} de todos y se burlaba de los demás"]
        if g1 == "f":
            s2[0] = s2[0].replace("el animal más listo", "la más lista").replace("el más rápido", "la más rápida").replace("el más hermoso", "la más hermosa")
        dl = [dash(f"¡Qué {g.pick(['lento', 'torpe', 'feo'])} eres!".replace("lento", adj_form("lento", g2, "s")).replace("torpe", "torpe").replace("feo", adj_form("feo", g2, "s")), f"le dijo un día {el_a} a {el_b}"),
              dash("Quizá, pero cada uno tiene sus virtudes", f"contestó {el_b} con calma")]
        s3 = [f"Poco después, {el_a} quedó {adj_form('atrapado', g1, 's')} en {g.pick(['una zanja', 'unas zarzas', 'el barro'])} y no podía salir",
              f"{cap(el_b)} fue a buscar ayuda y, entre todos los animales, lograron sacar{'lo' if g1 == 'm' else 'la'}",
              f"Desde aquel día, {el_a} dejó de presumir y aprendió a respetar a los demás"]
    elif theme == "ayuda":
        s2 = [f"Un día, {el_a} atrapó a {el_b}, que le suplicó que {'lo' if g2 == 'm' else 'la'} dejara marchar",
              f"{cap(el_a)} se rio, pero al final {'lo' if g2 == 'm' else 'la'} soltó"]
        dl = [dash("Algún día te devolveré el favor", f"prometió {el_b}"),
              dash(f"¿Tú? ¿Cómo {'vas a ayudarme a mí' if True else ''}?", f"respondió {el_a}")]
        s3 = [f"Semanas más tarde, {el_a} cayó en una red de cazadores",
              f"{cap(el_b)} oyó sus gritos, llegó corriendo y rompió las cuerdas {g.pick(['con paciencia', 'con mucho esfuerzo', 'una por una'])}",
              f"{cap(el_a)} quedó libre y comprendió que había juzgado mal a su {g.pick(['pequeño amigo', 'nuevo amigo']) if g2 == 'm' else g.pick(['pequeña amiga', 'nueva amiga'])}"]
    elif theme == "paciencia":
        s2 = [f"{cap(el_a)} y {el_b} encontraron un árbol lleno de {g.pick(['higos', 'manzanas', 'peras'])} todavía verdes",
              f"{cap(el_a)} quería comérselos enseguida, pero {el_b} prefirió esperar"]
        dl = [dash("Si esperamos unos días, estarán maduros y dulces", f"dijo {el_b}"),
              dash("¡Yo no puedo esperar tanto!", f"protestó {el_a}")]
        s3 = [f"{cap(el_a)} se comió la fruta verde y pasó la noche con dolor de tripa",
              f"Una semana después, {el_b} volvió al árbol y disfrutó de la fruta más dulce del bosque"]
    elif theme == "equipo":
        s2 = [f"Un invierno muy duro, una tormenta derribó un árbol que bloqueaba el camino hacia el agua",
              f"{cap(el_a)} intentó moverlo sin ayuda, pero no pudo"]
        dl = [dash("Déjame ayudarte. Entre los dos será más fácil", f"propuso {el_b}"),
              dash("Siempre he hecho las cosas sin ayuda…", f"murmuró {el_a}"),
              dash("Pues hoy puedes probar algo nuevo")]
        s3 = [f"Llamaron a otros animales del {g.pick(['bosque', 'valle', 'prado'])} y, empujando juntos, apartaron el tronco",
              f"{cap(el_a)} aprendió que pedir ayuda no es ninguna vergüenza"]
    else:
        s2 = [f"A {el_a} le divertía dar falsas alarmas: gritaba que venía {g.pick(['el lobo', 'una tormenta', 'el cazador'])} y todos corrían a esconderse",
              f"{cap(el_b)} le advirtió varias veces que aquello no estaba bien"]
        dl = [dash("Un día necesitarás que te crean", f"le dijo {el_b}"),
              dash("¡Solo es una broma!", f"respondió {el_a} entre risas")]
        s3 = [f"Una tarde, el peligro llegó de verdad y {el_a} gritó con todas sus fuerzas",
              f"Nadie acudió, porque pensaban que era otra mentira",
              f"Por suerte, {el_b} {g.pick(['sí escuchó y fue a ayudar', 'se acercó para comprobarlo'])}, y {el_a} prometió no volver a mentir"]
    return "fabulas", doc([para(s1), para(s2) + "\n" + "\n".join(l if l[-1] in ".!?" else l + "." for l in dl),
                           para(s3), "Moraleja: " + moral])
