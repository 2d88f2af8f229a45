"""Genera el conjunto de datos `phishing` (mensajes fraudulentos frente a legítimos).

Uso: `python scripts/make_phishing.py` reconstruye, byte a byte, los ficheros de
`finetune_course/assets/phishing/`: `train.jsonl`, `validation.jsonl`,
`test.jsonl`, `stats.json` y la ficha `README.md`.

Todo el texto es original. Cada plantilla es un esqueleto escrito a mano con:
- alternativas en línea `[a|b|c]` (se elige una al azar; pueden anidarse);
- tratamiento regional `«tú|vos»` (la segunda forma solo en Argentina) y
  `‹vosotros|ustedes›` (la primera solo en España);
- huecos `{nombre}` que se rellenan con entidades inventadas del país de la fila
  (bancos, mensajerías, dominios, importes en la moneda local, vocabulario…).
Un hueco en mayúscula (`{Hacienda}`) pone en mayúscula la primera letra.

Los mensajes fraudulentos solo muestran la *forma* de una estafa: todas las
empresas, dominios, cuentas y códigos son inventados; no hay teléfonos reales.

La división train/validation/test se hace por plantilla (grupo), nunca por fila.
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "finetune_course" / "assets" / "phishing"

SEED = 1357
ROWS_PER_TEMPLATE = (2, 3, 4)  # filas por plantilla: se elige una cantidad al azar para cada esqueleto
COMP_PER_LABEL = 15  # esqueletos compositivos por tema y etiqueta
FIELDS = ("text", "label", "canal", "pais", "tipo", "plantilla", "dificil")
SPLITS = ("train", "validation", "test")
SPLIT_FRACS = {"train": 0.70, "validation": 0.15, "test": 0.15}
LABEL_BOUNDS = {"global": [0.45, 0.55], "por_split": [0.40, 0.60]}
MIN_HARD_NEG = 0.20  # fracción mínima de negativos difíciles dentro de «legitimo»
PHI, LEG = "phishing", "legitimo"
CANALES = ("email", "sms", "chat")
PAISES = ("ES", "MX", "AR", "CO", "CL", "PE", "neutro")

TIPOS = {
    "bloqueo_bancario": "avisos de bloqueo o actividad sospechosa en la cuenta o la tarjeta",
    "tasa_paqueteria": "envíos retenidos, tasas de aduana, entregas fallidas",
    "devolucion_impuestos": "devoluciones, sanciones y trámites de Hacienda / SAT / AFIP / DIAN / SII / SUNAT",
    "fraude_ceo": "peticiones de pago de un jefe o directivo (fraude del CEO)",
    "soporte_tecnico": "soporte técnico, virus, sistemas y contraseñas corporativas",
    "premio_sorteo": "premios, sorteos, puntos y bonos regalo",
    "pago_streaming": "suscripciones y pagos de plataformas de vídeo",
    "criptomonedas": "inversiones y monederos de criptomonedas",
    "empleo_falso": "ofertas de trabajo y procesos de selección",
    "hola_mama": "mensajes de familiares («hola, mamá»), número nuevo, favores",
    "factura_falsa": "facturas, recibos y cambios de cuenta bancaria de proveedores",
    "corte_suministro": "cortes de luz o agua, recibos de suministros",
    "codigo_qr": "códigos QR (entradas, accesos, pagos)",
    "codigo_verificacion": "códigos de verificación (MFA, SMS de un solo uso)",
    "multa_trafico": "multas de tráfico/tránsito, peajes, revisiones del vehículo",
    "alquiler_falso": "alquileres de vivienda y reservas de vacaciones",
    "cuenta_bloqueada": "cuentas de correo y redes sociales (buzón lleno, accesos, denuncias)",
    "compraventa": "compraventa entre particulares en plataformas de segunda mano",
    "cita_previa": "citas médicas y administrativas, resultados de análisis",
    "oferta_tienda": "tiendas en línea, ofertas, pedidos y devoluciones",
}

# ---------------------------------------------------------------------------
# Entidades inventadas por país: (nombre, dominio sin TLD, TLD)
# ---------------------------------------------------------------------------
ENT = {
    "bank": {
        "ES": [("Banco Aurora", "bancoaurora", "es"), ("Caja Almendro", "cajaalmendro", "es")],
        "MX": [("Banco Quetzal", "bancoquetzal", "com.mx"), ("Financiera Jacaranda", "finjacaranda", "com.mx")],
        "AR": [("Banco del Plata", "bancodelplata", "com.ar"), ("Banco Ombú", "bancoombu", "com.ar")],
        "CO": [("Banco Ceiba", "bancoceiba", "com.co"), ("Banco Guayacán", "bancoguayacan", "com.co")],
        "CL": [("Banco Araucaria", "bancoaraucaria", "cl"), ("Banco Copihue", "bancocopihue", "cl")],
        "PE": [("Banco Inti", "bancointi", "com.pe"), ("Caja Vicuña", "cajavicuna", "com.pe")],
        "neutro": [("Banco Faro", "bancofaro", "com"), ("NeoBanco Brújula", "neobancobrujula", "com")],
    },
    "courier": {
        "ES": [("Envíos Veloz", "enviosveloz", "es"), ("RutaExprés", "rutaexpres", "es")],
        "MX": [("Paquetería Colibrí", "paqcolibri", "com.mx"), ("Mensajería Tucán", "tucanenvios", "com.mx")],
        "AR": [("Correo Austral", "correoaustral", "com.ar"), ("Envíos Pampa", "enviospampa", "com.ar")],
        "CO": [("Mensajería Cóndor", "condorenvios", "com.co"), ("Rápido Andino", "rapidoandino", "com.co")],
        "CL": [("Despachos Copihue", "despachoscopihue", "cl"), ("Envíos Australes", "enviosaustrales", "cl")],
        "PE": [("Envíos Llama", "enviosllama", "com.pe"), ("Courier Rímac", "courierrimac", "com.pe")],
        "neutro": [("GloboEnvíos", "globoenvios", "com"), ("Paquete Seguro", "paqueteseguro", "com")],
    },
    "telco": {
        "ES": [("Ondaverde Móvil", "ondaverde", "es")],
        "MX": [("TeleJaguar", "telejaguar", "com.mx")],
        "AR": [("Conecta Sur", "conectasur", "com.ar")],
        "CO": [("Señal Andina", "senalandina", "com.co")],
        "CL": [("Fibra Austral", "fibraustral", "cl")],
        "PE": [("Red Cóndor", "redcondor", "com.pe")],
        "neutro": [("Nexo Móvil", "nexomovil", "com")],
    },
    "shop": {
        "ES": [("Hogar y Más", "hogarymas", "es"), ("Moda Brisa", "modabrisa", "es")],
        "MX": [("Tiendas Sol", "tiendassol", "com.mx"), ("Casa Maguey", "casamaguey", "com.mx")],
        "AR": [("Bazar Río", "bazarrio", "com.ar"), ("Tienda Ñandú", "tiendanandu", "com.ar")],
        "CO": [("Almacenes Orquídea", "almorquidea", "com.co"), ("Tienda Guadua", "tiendaguadua", "com.co")],
        "CL": [("Casa Andes", "casaandes", "cl"), ("Tienda Quillay", "tiendaquillay", "cl")],
        "PE": [("Tiendas Maras", "tiendasmaras", "com.pe"), ("Bazar Pachacámac", "bazarpacha", "com.pe")],
        "neutro": [("MegaCompra", "megacompra", "com"), ("Tienda Nube Verde", "nubeverde", "com")],
    },
    "employer": {
        "ES": [("Distribuciones Robledo", "robledo", "es"), ("Ingeniería Alcor", "alcoring", "es")],
        "MX": [("Grupo Maguey", "grupomaguey", "com.mx"), ("Consultores Itzel", "itzelconsultores", "com.mx")],
        "AR": [("Consultora Pampa", "consultorapampa", "com.ar"), ("Logística Paraná", "logparana", "com.ar")],
        "CO": [("Agroandina", "agroandina", "com.co"), ("Textiles Cauca", "textilescauca", "com.co")],
        "CL": [("Logística Caracola", "logcaracola", "cl"), ("Minera Lomas Altas", "lomasaltas", "cl")],
        "PE": [("Textiles Sierra Norte", "sierranorte", "com.pe"), ("Agroexport Chavín", "chavinagro", "com.pe")],
        "neutro": [("Soluciones Delta", "solucionesdelta", "com"), ("Grupo Meridiano", "grupomeridiano", "com")],
    },
    "city": {
        "ES": [("Villaserena", "villaserena", "es")],
        "MX": [("San Andrés del Lago", "sanandresdellago", "gob.mx")],
        "AR": [("Laguna Clara", "lagunaclara", "gob.ar")],
        "CO": [("Puerto Almendro", "puertoalmendro", "gov.co")],
        "CL": [("Valle Hondo", "vallehondo", "cl")],
        "PE": [("Santa Rosa del Sur", "santarosadelsur", "gob.pe")],
        "neutro": [("Río Claro", "rioclaro", "gov")],
    },
    "power": {
        "ES": [("Eléctrica del Tajo", "electricadeltajo", "es")],
        "MX": [("Luz del Valle", "luzdelvalle", "com.mx")],
        "AR": [("Energía Pampeana", "energiapampeana", "com.ar")],
        "CO": [("Electro Cafetal", "electrocafetal", "com.co")],
        "CL": [("Luz Austral", "luzaustral", "cl")],
        "PE": [("Electro Pacífico Sur", "electropacificosur", "com.pe")],
        "neutro": [("Energía Clara", "energiaclara", "com")],
    },
    "stream": {c: [("Butaca+", "butacaplus", "com"), ("CineLuna", "cineluna", "com"),
                   ("Serieteca", "serieteca", "tv")] for c in PAISES},
    "exchange": {c: [("CriptoÁguila", "criptoaguila", "com"), ("BitMonte", "bitmonte", "io")] for c in PAISES},
    "market": {c: [("Trueque", "truequeapp", "com"), ("Mercadillo Digital", "mercadillodigital", "com")]
               for c in PAISES},
    "social": {c: [("Instante", "instanteapp", "com"), ("Vecindario", "vecindario", "social")] for c in PAISES},
    "service": {c: [("Nube Azul", "nubeazul", "com"), ("Correo Ágil", "correoagil", "com"),
                    ("Agenda Viva", "agendaviva", "app")] for c in PAISES},
    "supplier": {c: [("Papelería Central", "papeleriacentral", "com"), ("Suministros Ortega", "sumortega", "com"),
                     ("Limpiezas Brillo", "limpiezasbrillo", "com"), ("Transportes Ruiz", "transruiz", "com"),
                     ("Imprenta La Estrella", "imprentalaestrella", "com")] for c in PAISES},
    "toll": {c: [("Autovías Serranas", "autoviaserrana", "com"), ("Peajes del Norte Unidos", "peajesnorteunidos", "com")]
             for c in PAISES},
}
# Sanidad: el nombre depende de la ciudad inventada del país.
HEALTH = {
    "ES": ("Salud Villaserena", "saludvillaserena", "es"),
    "MX": ("Clínica del Lago", "clinicadellago", "com.mx"),
    "AR": ("Sanatorio Laguna Clara", "sanatoriolagunaclara", "com.ar"),
    "CO": ("Clínica Puerto Almendro", "clinicapuertoalmendro", "com.co"),
    "CL": ("Cesfam Valle Hondo", "cesfamvallehondo", "cl"),
    "PE": ("Clínica Santa Rosa del Sur", "clinicasantarosa", "com.pe"),
    "neutro": ("Centro Médico Río Claro", "centromedicorioclaro", "com"),
}

TAX = {  # (con artículo, sigla/nombre corto, trozos para dominios falsos)
    "ES": [("la Agencia Tributaria", "Agencia Tributaria", "agenciatributaria"), ("Hacienda", "Hacienda", "hacienda")],
    "MX": [("el SAT", "SAT", "sat")],
    "AR": [("la AFIP", "AFIP", "afip")],
    "CO": [("la DIAN", "DIAN", "dian")],
    "CL": [("el SII", "SII", "sii")],
    "PE": [("la SUNAT", "SUNAT", "sunat")],
    "neutro": [("la Administración Tributaria", "Administración Tributaria", "tributos")],
}
TRAFFIC = {
    "ES": [("la DGT", "DGT", "dgt")],
    "MX": [("la Secretaría de Movilidad", "Secretaría de Movilidad", "movilidad")],
    "AR": [("la Agencia de Seguridad Vial", "Seguridad Vial", "seguridadvial")],
    "CO": [("la Secretaría de Movilidad", "Secretaría de Movilidad", "movilidad")],
    "CL": [("el Juzgado de Policía Local", "Juzgado de Policía Local", "multas")],
    "PE": [("el Servicio de Administración de Multas", "Servicio de Multas", "papeletas")],
    "neutro": [("la autoridad de tránsito", "Autoridad de Tránsito", "transito")],
}

NOMBRES = {
    "ES": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Sergio", "Nerea", "Iñaki", "Rocío", "Álvaro"],
    "MX": ["Guadalupe", "Alejandro", "Fernanda", "Diego", "Ximena", "Jesús", "Itzel", "Rodrigo", "Mariana"],
    "AR": ["Florencia", "Martín", "Agustina", "Facundo", "Micaela", "Santiago", "Lautaro", "Belén"],
    "CO": ["Valentina", "Andrés", "Camila", "Julián", "Daniela", "Sebastián", "Natalia", "Esteban"],
    "CL": ["Catalina", "Matías", "Josefa", "Benjamín", "Constanza", "Vicente", "Javiera"],
    "PE": ["Rosa", "Renzo", "Milagros", "Piero", "Lucero", "Gonzalo", "Ana Lucía"],
    "neutro": ["Ana", "Carlos", "Laura", "Miguel", "Sofía", "Daniel", "Elena", "Tomás"],
}
APELLIDOS = ["García", "Martínez", "López", "Fernández", "Ramírez", "Torres", "Castillo", "Muñoz",
             "Quispe", "Rojas", "Herrera", "Ibáñez", "Cordero", "Salinas", "Peña", "Villalba"]
CIUDADES = {
    "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "A Coruña"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro", "Ciudad de México"],
    "AR": ["Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Buenos Aires"],
    "CO": ["Medellín", "Cali", "Bogotá", "Barranquilla", "Bucaramanga", "Pereira"],
    "CL": ["Santiago", "Valparaíso", "Concepción", "Temuco", "Antofagasta"],
    "PE": ["Lima", "Arequipa", "Cusco", "Trujillo", "Piura"],
    "neutro": ["Río Claro", "San Isidro del Monte", "Puerto Nuevo"],
}
VOCAB = {  # ES, MX, AR, CO, CL, PE, neutro
    "movil": (["móvil"], ["celular"], ["celular", "celu"], ["celular"], ["celular"], ["celular"], ["teléfono"]),
    "dinero": (["dinero"], ["dinero", "lana"], ["plata"], ["plata"], ["plata"], ["plata", "dinero"], ["dinero"]),
    "ordenador": (["ordenador"], ["computadora"], ["computadora", "compu"], ["computador"], ["computador"],
                  ["computadora"], ["equipo"]),
    "coche": (["coche"], ["carro", "coche"], ["auto"], ["carro"], ["auto"], ["carro", "auto"], ["vehículo"]),
    "piso": (["piso"], ["departamento"], ["departamento"], ["apartamento"], ["departamento"], ["departamento"],
             ["apartamento"]),
    "documento": (["DNI"], ["INE"], ["DNI"], ["cédula"], ["carnet de identidad"], ["DNI"],
                  ["documento de identidad"]),
    "aparcar": (["aparcar"], ["estacionarme"], ["estacionar"], ["parquear"], ["estacionar"], ["estacionar"],
                ["estacionar"]),
    "fontanero": (["fontanero"], ["plomero"], ["plomero"], ["plomero"], ["gásfiter"], ["gasfitero"], ["técnico"]),
    "itv": (["la ITV"], ["la verificación vehicular"], ["la VTV"], ["la revisión técnico-mecánica"],
            ["la revisión técnica"], ["la revisión técnica"], ["la revisión técnica"]),
    "vale": (["vale", "venga"], ["va", "sale"], ["dale"], ["listo", "de una"], ["ya", "ya po"], ["ya", "listo"],
             ["de acuerdo"]),
    "placa": (["matrícula"], ["placas"], ["patente"], ["placa"], ["patente"], ["placa"], ["placa"]),
    "transito": (["tráfico"], ["tránsito"], ["tránsito"], ["tránsito"], ["tránsito"], ["tránsito"], ["tránsito"]),
    "calefon": (["la caldera"], ["el boiler"], ["el calefón"], ["el calentador"], ["el calefont"], ["la terma"],
                ["el calentador"]),
    "grifo": (["el grifo"], ["la llave"], ["la canilla"], ["la llave"], ["la llave"], ["el caño"], ["el grifo"]),
    "portal": (["el portal"], ["la entrada del edificio"], ["la puerta del edificio"], ["la portería"],
               ["la conserjería"], ["la puerta del edificio"], ["la entrada"]),
    "chaval": (["chaval"], ["chavo"], ["pibe"], ["pelado"], ["cabro"], ["chibolo"], ["chico"]),
    "genial": (["genial", "guay"], ["padrísimo", "chido"], ["genial", "bárbaro"], ["chévere", "bacano"],
               ["bacán", "genial"], ["chévere", "bacán"], ["genial"]),
    "transferencia": (["una transferencia inmediata"], ["una transferencia SPEI"], ["una transferencia"],
                      ["una transferencia"], ["una transferencia"], ["una transferencia"],
                      ["una transferencia"]),
}
IDX = {p: i for i, p in enumerate(PAISES)}
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
EMOJIS = ["😊", "🙏", "😅", "👍", "❤️", "😂", "🙈", "😬", "🤞", "😘", "🎉", "👌", "😉", "🥲", "🙌"]
EMOJIS_MAL = ["😩", "😬", "🙈", "😤", "🥲", "😱", "😓", "🤦", "😒", ""]
COMERCIOS = ["TECNOSUR", "VIAJES PACIFICO", "MEGAHOGAR ONLINE", "ELECTRO CENTRO", "SUPER AHORRO 24H",
             "DEPORTES CUMBRE", "FARMACIA DEL PUENTE"]
DISPOSITIVOS = ["un teléfono Android", "un navegador en Windows", "una tableta", "un ordenador con Linux",
                "un navegador en macOS"]
ARTICULOS = [("la", "bicicleta de montaña"), ("el", "sofá de dos plazas"), ("el", "cochecito de bebé"),
             ("la", "cámara de fotos"), ("la", "mesa de comedor"), ("la", "consola de videojuegos"),
             ("la", "lámpara de pie"), ("el", "patinete eléctrico"), ("el", "escritorio de madera")]
BAD_TLDS = ["com", "net", "info", "top", "xyz", "online", "site", "live", "click", "help", "support"]
SHORT = ["acorta.click", "urlbreve.top", "mini-enlace.xyz", "linkcorto.info", "vincu.site", "enlacito.live"]


def strip_accents(s):
    "Quita tildes (no la ñ) y los signos de apertura ¿ ¡."
    out = []
    for ch in s:
        if ch in "ñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out).replace("¿", "").replace("¡", "")


def rand_code(rng, n=5, alphabet="abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# Importes en moneda local
# ---------------------------------------------------------------------------
RATE = {"ES": 1, "MX": 20, "AR": 1100, "CO": 4400, "CL": 1000, "PE": 4, "neutro": 1.1}


def _thousands(n, sep):
    return f"{n:,}".replace(",", sep)


def money(rng, pais, lo, hi):
    "Importe aleatorio entre `lo` y `hi` euros, convertido y escrito al estilo del país."
    eur = rng.uniform(lo, hi)
    v = eur * RATE[pais]
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
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
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


# ---------------------------------------------------------------------------
# Direcciones web
# ---------------------------------------------------------------------------
LEGIT_PATHS = ["", "", "", "/ayuda", "/seguridad", "/clientes", "/area-clientes", "/mi-cuenta"]


def legit_url(rng, ent, path=None):
    "Dirección del dominio oficial (inventado) de la entidad."
    _, slug, tld = ent
    host = f"{slug}.{tld}"
    p = rng.choice(LEGIT_PATHS) if path is None else path
    style = rng.random()
    if style < 0.4:
        return f"{host}{p}"
    if style < 0.7:
        return f"www.{host}{p}"
    return f"https://www.{host}{p}"


FAKE_WORDS = ["seguridad", "verificacion", "clientes", "acceso", "alertas", "online", "validar",
              "soporte", "cuenta", "gestion", "pagos", "portal", "atencion", "info", "web"]


def fake_url(rng, slug, tld, words=None):
    "Dominio parecido al oficial pero inventado (guiones, TLD extraño, subdominio engañoso o errata)."
    words = words or FAKE_WORDS
    w = rng.choice(words)
    bad = rng.choice(BAD_TLDS)
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
    return f"{rng.choice(['', 'https://'])}{rng.choice(SHORT)}/{rand_code(rng, rng.choice([4, 5, 6]))}"


# ---------------------------------------------------------------------------
# Motor de plantillas
# ---------------------------------------------------------------------------
class Row:
    "Contexto de una fila: país, generador y valores ya elegidos para los huecos."

    def __init__(self, rng, pais):
        self.rng, self.pais, self.cache, self.ents = rng, pais, {}, {}

    def ent(self, kind):
        if kind not in self.ents:
            if kind == "health":
                self.ents[kind] = HEALTH[self.pais]
            elif kind == "tax":
                self.ents[kind] = self.rng.choice(TAX[self.pais])
            elif kind == "traffic":
                self.ents[kind] = self.rng.choice(TRAFFIC[self.pais])
            else:
                self.ents[kind] = self.rng.choice(ENT[kind][self.pais])
        return self.ents[kind]

    def vocab(self, key):
        return self.rng.choice(VOCAB[key][IDX[self.pais]])

    def name(self):
        "Nombre de pila que no se repite dentro de la fila (destinatario y remitente distintos)."
        used = self.cache.setdefault("_names", [])
        pool = [n for n in NOMBRES[self.pais] if n not in used]
        n = self.rng.choice(pool)
        used.append(n)
        return n


def _date(r):
    return r.rng.choice([f"{r.rng.randint(1, 28)} de {r.rng.choice(MESES)}",
                         f"{r.rng.randint(1, 28)} de {r.rng.choice(MESES)}",
                         f"{r.rng.randint(1, 28):02d}/{r.rng.randint(1, 12):02d}"])


def _hour(r, lo=8, hi=19):
    return f"{r.rng.randint(lo, hi)}:{r.rng.choice(['00', '15', '30', '45'])}"


def _tracking(r):
    c = {"ES": "ES", "MX": "MX", "AR": "AR", "CO": "CO", "CL": "CL", "PE": "PE", "neutro": "XX"}[r.pais]
    kind = r.rng.randrange(3)
    if kind == 0:
        return f"{rand_code(r.rng, 2, 'ABCDEFGHKLMNPRSTUVWXZ')}{r.rng.randint(100000000, 999999999)}{c}"
    if kind == 1:
        return f"{r.rng.randint(10**11, 10**12 - 1)}"
    return f"{rand_code(r.rng, 3, 'ABCDEFGHKLMNPRSTUVWXZ')}-{r.rng.randint(100000, 999999)}"


def _plate(r):
    p = r.pais
    L = lambda n: rand_code(r.rng, n, "BCDFGHJKLMNPRSTVWXYZ")
    n = lambda k: "".join(str(r.rng.randrange(10)) for _ in range(k))
    return {"ES": f"{n(4)} {L(3)}", "MX": f"{L(3)}-{n(3)}-{L(1)}", "AR": f"{L(2)} {n(3)} {L(2)}",
            "CO": f"{L(3)} {n(3)}", "CL": f"{L(4)}-{n(2)}", "PE": f"{L(1)}{n(1)}{L(1)}-{n(3)}",
            "neutro": f"{L(3)}-{n(4)}"}[p]


SLOTS = {
    # personas
    "nombre": lambda r: r.name(),
    "remitente": lambda r: r.name(),
    "jefe": lambda r: f"{r.name()} {r.rng.choice(APELLIDOS)}",
    "apellido": lambda r: r.rng.choice(APELLIDOS),
    "cargo": lambda r: r.rng.choice(["Dirección General", "CEO", "Dirección Financiera", "Gerencia General",
                                     "Dirección de Operaciones"]),
    # entidades y sus direcciones
    "banco": lambda r: r.ent("bank")[0],
    "banco_url": lambda r: legit_url(r.rng, r.ent("bank")),
    "banco_fake": lambda r: fake_url(r.rng, r.ent("bank")[1], r.ent("bank")[2]),
    "paqueteria": lambda r: r.ent("courier")[0],
    "paq_url": lambda r: legit_url(r.rng, r.ent("courier"), r.rng.choice(["", "/seguimiento", "/envios"])),
    "paq_fake": lambda r: fake_url(r.rng, r.ent("courier")[1], r.ent("courier")[2],
                                   ["entregas", "envio", "aduana", "seguimiento", "pago", "reprogramar"]),
    "operador": lambda r: r.ent("telco")[0],
    "op_url": lambda r: legit_url(r.rng, r.ent("telco")),
    "op_fake": lambda r: fake_url(r.rng, r.ent("telco")[1], r.ent("telco")[2],
                                  ["puntos", "premios", "clientes", "promo", "regalo"]),
    "tienda": lambda r: r.ent("shop")[0],
    "tienda_url": lambda r: legit_url(r.rng, r.ent("shop"), r.rng.choice(["", "", "/ofertas", "/novedades"])),
    "tienda_fake": lambda r: fake_url(r.rng, r.ent("shop")[1], r.ent("shop")[2],
                                      ["ofertas", "outlet", "reembolso", "pedidos", "descuentos", "clientes"]),
    "empresa": lambda r: r.ent("employer")[0],
    "empresa_url": lambda r: legit_url(r.rng, r.ent("employer"), ""),
    "intranet": lambda r: f"intranet.{r.ent('employer')[1]}.{r.ent('employer')[2]}",
    "empresa_fake": lambda r: fake_url(r.rng, r.ent("employer")[1], r.ent("employer")[2],
                                       ["it", "sistemas", "helpdesk", "correo", "login", "sso"]),
    "ciudad_ent": lambda r: r.ent("city")[0],
    "ayto": lambda r: {"ES": "Ayuntamiento de ", "neutro": "Municipio de ", "MX": "Municipio de ",
                       "CO": "Alcaldía de "}.get(r.pais, "Municipalidad de ") + r.ent("city")[0],
    "ayto_url": lambda r: legit_url(r.rng, r.ent("city"), r.rng.choice(["", "/sede", "/tramites"])),
    "ayto_fake": lambda r: fake_url(r.rng, r.ent("city")[1], r.ent("city")[2],
                                    ["tramites", "citas", "pagos", "tasas", "sede"]),
    "agua": lambda r: f"Aguas de {r.ent('city')[0]}",
    "agua_url": lambda r: legit_url(r.rng, ("", "aguas" + r.ent("city")[1], r.ent("city")[2].replace("gob.", "com.")
                                            .replace("gov.", "com.").replace("gov", "com")), ""),
    "electrica": lambda r: r.ent("power")[0],
    "util_url": lambda r: legit_url(r.rng, r.ent("power")),
    "util_fake": lambda r: fake_url(r.rng, r.ent("power")[1], r.ent("power")[2],
                                    ["facturas", "pagos", "recibos", "suministro", "clientes"]),
    "streaming": lambda r: r.ent("stream")[0],
    "stream_url": lambda r: legit_url(r.rng, r.ent("stream"), r.rng.choice(["", "/cuenta", "/ayuda"])),
    "stream_fake": lambda r: fake_url(r.rng, r.ent("stream")[1], r.ent("stream")[2],
                                      ["pagos", "facturacion", "cuenta", "renovar", "hogar", "suscripcion"]),
    "exchange": lambda r: r.ent("exchange")[0],
    "exchange_url": lambda r: legit_url(r.rng, r.ent("exchange"), r.rng.choice(["", "/cuenta", "/ayuda"])),
    "cripto_fake": lambda r: fake_url(r.rng, r.ent("exchange")[1], r.ent("exchange")[2],
                                      ["kyc", "wallet", "verificar", "retiros", "bonus"]),
    "inversion_fake": lambda r: f"{r.rng.choice(['', 'https://'])}{r.rng.choice(['renta', 'gana', 'capital', 'profit'])}"
                                f"-{r.rng.choice(['cripto', 'bitcoin', 'trading', 'ia'])}"
                                f"{r.rng.choice(['', '24', 'pro', 'max'])}.{r.rng.choice(BAD_TLDS)}",
    "mercado": lambda r: r.ent("market")[0],
    "mercado_fake": lambda r: fake_url(r.rng, r.ent("market")[1], r.ent("market")[2],
                                       ["pagos", "envios", "cobro", "vendedor", "seguro"]),
    "red": lambda r: r.ent("social")[0],
    "red_url": lambda r: legit_url(r.rng, r.ent("social"), r.rng.choice(["", "/ayuda", "/seguridad"])),
    "red_fake": lambda r: fake_url(r.rng, r.ent("social")[1], r.ent("social")[2],
                                   ["apelacion", "copyright", "verificado", "soporte", "ayuda"]),
    "servicio": lambda r: r.ent("service")[0],
    "servicio_url": lambda r: legit_url(r.rng, r.ent("service"), r.rng.choice(["", "/seguridad", "/cuenta"])),
    "servicio_fake": lambda r: fake_url(r.rng, r.ent("service")[1], r.ent("service")[2],
                                        ["login", "cuenta", "buzon", "seguridad", "webmail"]),
    "proveedor": lambda r: r.ent("supplier")[0],
    "proveedor_url": lambda r: legit_url(r.rng, r.ent("supplier"), r.rng.choice(["", "/clientes"])),
    "proveedor_fake": lambda r: fake_url(r.rng, r.ent("supplier")[1], r.ent("supplier")[2],
                                         ["facturas", "documentos", "descargas", "pagos"]),
    "peaje": lambda r: r.ent("toll")[0],
    "peaje_url": lambda r: legit_url(r.rng, r.ent("toll"), ""),
    "peaje_fake": lambda r: fake_url(r.rng, r.ent("toll")[1], r.ent("toll")[2], ["pagos", "deuda", "peajes"]),
    "salud": lambda r: r.ent("health")[0],
    "salud_url": lambda r: legit_url(r.rng, r.ent("health"), r.rng.choice(["", "/citas"])),
    "salud_fake": lambda r: fake_url(r.rng, r.ent("health")[1], r.ent("health")[2],
                                     ["citas", "resultados", "pacientes", "vacunas"]),
    "hacienda": lambda r: r.ent("tax")[0],
    "hacienda_nom": lambda r: r.ent("tax")[1],
    "hac_fake": lambda r: fake_url(r.rng, r.ent("tax")[2], "gob",
                                   ["devoluciones", "reembolso", "tramites", "contribuyentes", "notificaciones"]),
    "trafico": lambda r: r.ent("traffic")[0],
    "trafico_nom": lambda r: r.ent("traffic")[1],
    "traf_fake": lambda r: fake_url(r.rng, r.ent("traffic")[2], "gob",
                                    ["multas", "sanciones", "pagos", "notificaciones", "infracciones"]),
    "url_corta": lambda r: short_url(r.rng),
    "soporte_fake": lambda r: f"{r.rng.choice(['', 'http://', 'https://'])}"
                              f"{r.rng.choice(['soporte', 'ayuda', 'tecnico', 'limpieza', 'proteccion'])}-"
                              f"{r.rng.choice(['pc', 'equipo', 'virus', 'seguro'])}{r.rng.choice(['', '24', '365', 'pro'])}"
                              f".{r.rng.choice(BAD_TLDS)}",
    # cantidades, fechas, códigos
    "monto_s": lambda r: money(r.rng, r.pais, 0.9, 4.5),
    "monto_10": lambda r: money(r.rng, r.pais, 8, 45),
    "monto_m": lambda r: money(r.rng, r.pais, 18, 420),
    "monto_alto": lambda r: money(r.rng, r.pais, 70, 400),
    "monto_l": lambda r: money(r.rng, r.pais, 1800, 38000),
    "monto_alq": lambda r: money(r.rng, r.pais, 450, 1300),
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
    "dia": lambda r: r.rng.choice(DIAS),
    "hora": lambda r: _hour(r, 8, 13),
    "hora2": lambda r: _hour(r, 14, 20),
    "n": lambda r: str(r.rng.randint(2, 9)),
    "nn": lambda r: str(r.rng.randint(12, 95)),
    "ext": lambda r: str(r.rng.randint(200, 899)),
    "comercio": lambda r: r.rng.choice(COMERCIOS),
    "dispositivo": lambda r: r.rng.choice(DISPOSITIVOS),
    "articulo": lambda r: " ".join(r.cache.setdefault("_art", r.rng.choice(ARTICULOS))),
    "articulo_s": lambda r: r.cache.setdefault("_art", r.rng.choice(ARTICULOS))[1],
    "ciudad": lambda r: r.rng.choice(CIUDADES[r.pais]),
    "mes": lambda r: r.rng.choice(MESES),
    "emo": lambda r: r.rng.choice(EMOJIS + ["", ""]),
    "emo2": lambda r: r.rng.choice(EMOJIS),
    "emo_mal": lambda r: r.rng.choice(EMOJIS_MAL),
    "hex": lambda r: rand_code(r.rng, 4, "0123456789abcdef"),
}
SLOTS.update({k: (lambda key: lambda r: r.vocab(key))(k) for k in VOCAB})
FRESH = {"emo", "emo2"}

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
CHAT_ABBR = [(r"\bque\b", "q"), (r"\bporque\b", "xq"), (r"\bpor favor\b", "porfa"), (r"\btambién\b", "tb"),
             (r"\bmañana\b", "mñn"), (r"\bpara\b", "pa")]


def swap_typo(s, rng):
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
    if rng.random() < 0.5 * level + (0.3 if canal == "sms" else 0):
        s = strip_accents(s)
    elif rng.random() < level:
        s = "".join(strip_accents(ch) if rng.random() < 0.5 else ch for ch in s)
    for _ in range(rng.choice([0, 1, 1, 2])):
        if rng.random() < level:
            s = swap_typo(s, rng)
    if canal == "chat" and rng.random() < level:
        pat, rep = rng.choice(CHAT_ABBR)
        s = re.sub(pat, rep, s)
    if canal != "email" and rng.random() < 0.4 * level:
        s = s[:1].lower() + s[1:]
    return s


# ---------------------------------------------------------------------------
# Plantillas
# ---------------------------------------------------------------------------
class T:
    "Una plantilla: esqueleto de mensaje con metadatos."

    def __init__(self, label, tipo, canal, text, hard=False, paises=PAISES, ruido=None):
        assert label in (PHI, LEG) and tipo in TIPOS and canal in CANALES, (label, tipo, canal)
        self.label, self.tipo, self.canal, self.text, self.hard = label, tipo, canal, text, hard
        self.paises = tuple(paises)
        if ruido is None:
            ruido = {(PHI, "email"): 0.25, (PHI, "sms"): 0.35, (PHI, "chat"): 0.45,
                     (LEG, "email"): 0.0, (LEG, "sms"): 0.2, (LEG, "chat"): 0.45}[(label, canal)]
        self.ruido = ruido


TEMPLATES = []


def P(tipo, canal, text, **kw):
    TEMPLATES.append(T(PHI, tipo, canal, text, **kw))


def L(tipo, canal, text, **kw):
    TEMPLATES.append(T(LEG, tipo, canal, text, **kw))


NOT_AR = ("ES", "MX", "CO", "CL", "PE", "neutro")
# --- bloqueo_bancario ------------------------------------------------------
P("bloqueo_bancario", "sms",
  "{banco}: [hemos detectado|se ha detectado|detectamos] un [acceso|intento de acceso|cargo] [inusual|sospechoso|no autorizado] "
  "[en tu cuenta|con tu tarjeta|en tu banca online]. Tu [cuenta|tarjeta] [quedará bloqueada|será suspendida] "
  "[en 24 horas|hoy mismo|en las próximas horas] si no «verificas|verificás» tus datos en {banco_fake}")
P("bloqueo_bancario", "email",
  "[Estimado cliente|Estimado/a cliente|Apreciado cliente]:\n\n"
  "Por motivos de seguridad, su acceso a la banca [en línea|digital] de {banco} ha sido [restringido|bloqueado temporalmente] "
  "tras [tres intentos fallidos de inicio de sesión|detectar una actividad irregular en su cuenta].\n\n"
  "Para restablecerlo, debe confirmar su identidad introduciendo su usuario, su contraseña y "
  "[el número completo de su tarjeta|la clave de firma|el PIN de su tarjeta] en el siguiente enlace:\n{banco_fake}\n\n"
  "Si no completa la verificación antes de [48 horas|las 23:59 de hoy], su cuenta quedará [cancelada de forma definitiva|inhabilitada].\n\n"
  "[Atentamente|Saludos cordiales],\nDepartamento de Seguridad\n{banco}")
P("bloqueo_bancario", "chat",
  "[Buenas tardes|Buenos días], le escribimos del departamento [antifraude|de seguridad] de {banco}. "
  "Hemos [frenado|retenido] una transferencia de {monto_l} [desde su cuenta|a su nombre] hacia {ciudad}. "
  "Para anularla necesitamos que nos indique el código que le acaba de llegar por SMS. "
  "[Por su seguridad, no comente esta conversación con nadie.|Es importante que no cierre este chat hasta terminar.]",
  hard=True)
P("bloqueo_bancario", "email",
  "Hola, {nombre}:\n\n"
  "Estamos actualizando nuestros sistemas para cumplir la nueva normativa de [pagos|seguridad] y, para que puedas seguir "
  "operando con normalidad, [necesitamos que|te pedimos que] confirmes tus datos de acceso antes del {fecha}. "
  "El proceso tarda menos de dos minutos:\n{banco_fake}\n\n"
  "[Gracias por confiar en nosotros.|Gracias por tu colaboración.]\n"
  "Equipo de Atención al Cliente de {banco}",
  hard=True, paises=NOT_AR)
P("bloqueo_bancario", "chat",
  "{emo2} [Hola|Buenas], [somos|te escribimos] de {banco}. Tu tarjeta fue [bloqueada|desactivada] por seguridad. "
  "Para [desbloquearla|reactivarla] «envíanos|mandanos» [una foto de la tarjeta por los dos lados y el PIN|el número de la tarjeta, "
  "la fecha de caducidad y el código de atrás]. [Es urgente|Gracias|Quedamos atentos]",
  ruido=0.6)
P("bloqueo_bancario", "sms",
  "{banco} [INFORMA|AVISO]: su tarjeta terminada en {last4} ha sido [suspendida|limitada] por no actualizar sus datos. "
  "[Regularice|Actualice] su situación [hoy|antes de las 20:00] en {url_corta}",
  ruido=0.5)

L("bloqueo_bancario", "sms",
  "{banco}: [hemos bloqueado|bloqueamos] [de forma preventiva|por precaución] tu tarjeta terminada en {last4} por un cargo de "
  "{monto_m} en {comercio} que no parece tuyo. «Revísalo|Revisalo» en la app de {banco} o en {banco_url}. "
  "Nunca te pediremos claves ni códigos por SMS.",
  hard=True)
L("bloqueo_bancario", "email",
  "[Hola|Buenos días|Buenas tardes], {nombre}:\n\n"
  "Le informamos de que el {fecha} se detectó un inicio de sesión en su banca digital desde {dispositivo}. "
  "Si fue usted, no tiene que hacer nada. Si no lo reconoce, cambie su contraseña "
  "[entrando directamente en la app|escribiendo {banco_url} en su navegador] y llame al teléfono que figura en el reverso de su tarjeta.\n\n"
  "Recuerde que {banco} nunca le solicitará sus claves completas por correo, SMS ni teléfono.\n\n"
  "[Un saludo|Atentamente],\nServicio de Seguridad de {banco}",
  hard=True)
L("bloqueo_bancario", "sms",
  "{banco}: tu tarjeta terminada en {last4} [ha sido activada correctamente|ya está activa]. "
  "[Ya «puedes|podés» usarla en comercios y cajeros.|La anterior queda anulada desde hoy.]")
L("bloqueo_bancario", "chat",
  "[uf|buf|nada], al final el cajero se tragó la tarjeta {emo_mal} [la bloqueé desde la app|llamé al banco y la bloquearon] "
  "y mañana paso por la oficina de {banco} a pedir otra. ¿Me «esperas|esperás» diez minutos más y voy?",
  hard=True)
L("bloqueo_bancario", "email",
  "Hola, {nombre}:\n\n"
  "Ya «tienes|tenés» disponible el extracto de {mes} de tu cuenta en {banco}. "
  "Por tu seguridad, no adjuntamos documentos ni enlaces en nuestros correos: «entra|entrá» en la app o en la web como siempre "
  "y lo «encontrarás|vas a encontrar» en [Documentos|Mis extractos].\n\n"
  "[Gracias por ser cliente.|Un saludo.]\n{banco}")
L("bloqueo_bancario", "sms",
  "{banco}: por tu seguridad, hemos [cerrado|finalizado] tu sesión tras [10|15] minutos de inactividad. "
  "Si quieres seguir operando, vuelve a entrar desde la app.",
  hard=True, paises=NOT_AR)

# --- tasa_paqueteria ------------------------------------------------------
P("tasa_paqueteria", "sms",
  "{paqueteria}: tu paquete [{tracking} |]está retenido en [aduana|nuestro centro de distribución] por "
  "[tasas pendientes|una dirección incompleta|gastos de gestión]. «Paga|Pagá» {monto_s} antes de [24 h|mañana] en {paq_fake}")
P("tasa_paqueteria", "sms",
  "[Aviso|INFO|Importante]: no [pudimos|hemos podido] entregar su envío [{tracking}|]. "
  "[Reprograme|Programe] la entrega [aquí|en el enlace]: {url_corta}",
  ruido=0.5)
P("tasa_paqueteria", "email",
  "Estimado cliente:\n\n"
  "Su pedido con número de seguimiento {tracking} no ha podido ser entregado porque "
  "[el importe de los gastos de envío no se ha cubierto|faltan datos en la dirección de entrega]. "
  "Para evitar su devolución al remitente, es necesario abonar una tasa de {monto_s} con tarjeta en el siguiente enlace:\n{paq_fake}\n\n"
  "El plazo para completar el pago finaliza el {fecha}. Pasado ese plazo, el paquete será [destruido|devuelto al origen].\n\n"
  "{paqueteria} - Departamento de Entregas")
P("tasa_paqueteria", "chat",
  "[Hola, buenas|Buenas|Hola], soy el repartidor de {paqueteria} {emo} tengo un paquete a tu nombre pero falta pagar {monto_s} de "
  "[aduana|reembolso|gestión]. Te paso un link para que lo «pagues|pagués» con tarjeta y te lo llevo [hoy mismo|en una hora]: {paq_fake}",
  ruido=0.6)
P("tasa_paqueteria", "email",
  "Hola, {nombre}:\n\n"
  "Tu envío procedente de [China|Estados Unidos|Alemania|Reino Unido] ha llegado a nuestras instalaciones. "
  "De acuerdo con la normativa aduanera, este tipo de envíos requiere el pago de los aranceles correspondientes ({monto_m}). "
  "«Puedes|Podés» completar el trámite de forma segura en nuestro portal:\n{paq_fake}\n\n"
  "Si ya lo has pagado, ignora este mensaje.\n\n"
  "[Atentamente|Un saludo],\nServicio de Aduanas de {paqueteria}",
  hard=True, paises=NOT_AR)
P("tasa_paqueteria", "sms",
  "{paqueteria}: [último intento de entrega|su paquete vuelve mañana al almacén]. Confirme su dirección y pague {monto_s} "
  "de reenvío para recibirlo: {paq_fake}")

L("tasa_paqueteria", "sms",
  "{paqueteria}: tu pedido {tracking} llega [mañana|hoy] entre las {hora} y las {hora2}. "
  "«Sigue|Seguí» el envío en {paq_url} o en la app. [No «tienes|tenés» que pagar nada al repartidor.|El envío ya está pagado.]",
  hard=True)
L("tasa_paqueteria", "sms",
  "{paqueteria}: hemos dejado tu paquete en el punto de recogida [de tu barrio|más cercano|Papelería La Pluma]. "
  "Tienes {n} días para recogerlo con tu {documento}.",
  paises=NOT_AR)
L("tasa_paqueteria", "email",
  "Hola, {nombre}:\n\n"
  "Tu envío {tracking} está en aduana. Los aranceles ({monto_m}) se han calculado según el valor que declaró la tienda. "
  "Puedes pagarlos en tu área de cliente de {paq_url}, iniciando sesión con tu cuenta, o directamente al repartidor cuando te lo entregue.\n\n"
  "Si crees que el importe no es correcto, responde a este correo y revisaremos la declaración.\n\n"
  "Atención al Cliente de {paqueteria}",
  hard=True, paises=NOT_AR)
L("tasa_paqueteria", "chat",
  "[Oye|Ey|Hola], ya llegó el paquete que pediste {emo} lo dejé en [la entrada|tu cuarto|la mesa de la cocina]. "
  "[Venía un poco aplastado, pero creo que está bien.|Pesa un montón, ¿qué compraste?]")
L("tasa_paqueteria", "email",
  "¡Tu pedido #{ref} ya está en camino!\n\n"
  "Transportista: {paqueteria}\nNúmero de seguimiento: {tracking}\nEntrega estimada: {fecha}\n\n"
  "[Te avisaremos por SMS el día de la entrega.|Recibirás un aviso cuando el repartidor esté cerca.] "
  "[Gracias por comprar en {tienda}.|Equipo de {tienda}]")
L("tasa_paqueteria", "sms",
  "{paqueteria}: no pudimos entregar tu paquete {tracking} [porque no había nadie|por ausencia]. "
  "Lo intentaremos de nuevo el {dia}. Si prefieres recogerlo en una oficina, cámbialo en {paq_url}.",
  hard=True, paises=NOT_AR)

# --- devolucion_impuestos --------------------------------------------------
P("devolucion_impuestos", "sms",
  "{Hacienda_nom}: tiene una devolución pendiente de {monto_m}. [Solicítela|Confirme sus datos bancarios|Reclámela] "
  "antes del {fecha} en {hac_fake}")
P("devolucion_impuestos", "email",
  "[Asunto: Notificación de reembolso fiscal|Asunto: Devolución pendiente n.º {ref}]\n\n"
  "Estimado contribuyente:\n\n"
  "Tras el cálculo anual de su declaración, hemos determinado que tiene derecho a un reembolso de {monto_m}. "
  "Para recibir el importe, [complete el formulario|acceda al formulario] con los datos de su tarjeta bancaria "
  "[(número, fecha de caducidad y código de seguridad)|y su PIN] en:\n{hac_fake}\n\n"
  "La solicitud debe realizarse en un plazo de [72 horas|5 días hábiles]; en caso contrario, el reembolso se anulará.\n\n"
  "{Hacienda_nom} - Departamento de Devoluciones")
P("devolucion_impuestos", "email",
  "[Hola|Buenos días|Buenas tardes], {nombre}:\n\n"
  "Le informamos de que se ha emitido una notificación electrónica a su nombre relativa a [una discrepancia en su última declaración|"
  "un procedimiento de comprobación]. Puede consultarla en su buzón de notificaciones:\n{hac_fake}\n\n"
  "Para acceder, utilice su [clave|contraseña] habitual. Si no consulta la notificación en un plazo de [diez|15] días, "
  "se entenderá practicada a todos los efectos.\n\n"
  "Atentamente,\n{Hacienda}",
  hard=True)
P("devolucion_impuestos", "sms",
  "[Ultimo aviso|ULTIMO AVISO|Aviso final]: su declaracion [tiene un error|presenta irregularidades] y sera sancionado con {monto_m}. "
  "Regularice hoy: {url_corta}",
  ruido=0.5, paises=NOT_AR)
P("devolucion_impuestos", "chat",
  "[Buenos días|Buenas tardes], le escribe {remitente} [de la gestoría|del estudio contable|de la asesoría] que lleva su declaración. "
  "{Hacienda} nos pide verificar su identidad para liberar la devolución de {monto_m}: "
  "¿me puede reenviar el código que le llegará ahora por SMS? [Es un trámite rápido.|Sin él no podemos presentar nada hoy.]",
  hard=True)
P("devolucion_impuestos", "sms",
  "{Hacienda_nom}: «has sido seleccionado|fuiste seleccionado» para recibir [una ayuda|un reintegro] de {monto_m}. "
  "«Completa|Completá» tus datos en {hac_fake} [antes de mañana|en 24 h]")

L("devolucion_impuestos", "sms",
  "{Hacienda_nom} le informa: su declaración [anual|de la renta] ha sido presentada correctamente. "
  "Puede consultar el estado [en la sede electrónica|en la app oficial|en su área personal].",
  paises=("ES", "MX", "CO", "CL", "PE", "neutro"))
L("devolucion_impuestos", "email",
  "[Hola|Buenos días|Buenas tardes], {nombre}:\n\n"
  "Le recordamos que el plazo para presentar la declaración anual [termina|finaliza] el {fecha}. "
  "Si todavía no lo ha hecho, puede hacerlo [desde la app oficial|accediendo a la sede electrónica con su certificado o clave].\n\n"
  "{Hacienda} no envía enlaces de pago ni solicita datos de tarjetas por correo electrónico.\n\n"
  "[Atentamente|Un saludo],\n{Hacienda}",
  hard=True)
L("devolucion_impuestos", "chat",
  "Hola, {nombre}. Ya tengo lista tu declaración. Te sale a devolver {monto_m} {emo} "
  "La presento mañana si me «confirmas|confirmás» que están bien los datos del PDF que te mandé por correo. "
  "[Cualquier cosa me «llamas|llamás».|Si ves algo raro, me «dices|decís».]",
  hard=True)
L("devolucion_impuestos", "sms",
  "{Hacienda_nom}: su devolución de {monto_m} ha sido [ordenada|aprobada]. El importe se abonará en la cuenta que indicó en su "
  "declaración en los próximos días.",
  hard=True)
L("devolucion_impuestos", "chat",
  "[Papá|Mamá|Ma|Pa], ¿ya hiciste lo de [los impuestos|la declaración]? «Acuérdate|Acordate» que vence el {fecha} {emo} "
  "si «quieres|querés», el [finde|fin de semana] te ayudo con la app.")
L("devolucion_impuestos", "email",
  "Hola, {nombre}:\n\nTe adjunto el borrador de la declaración que preparamos en la asesoría. Revísalo con calma; si todo está bien, "
  "responde con un «conforme» y la presentamos nosotros antes del {fecha}. "
  "No necesitamos ninguna contraseña ni código tuyo: usamos nuestro propio certificado de representante.\n\nUn abrazo,\n{remitente}",
  hard=True, paises=NOT_AR)

# --- fraude_ceo ------------------------------------------------------------
P("fraude_ceo", "email",
  "Hola, {nombre}:\n\n"
  "Estoy cerrando una operación confidencial [de adquisición|con un nuevo socio|con un cliente internacional] y necesito que "
  "gestiones hoy una transferencia de {monto_l} a la cuenta que te indico abajo. "
  "Por ahora no lo comentes con nadie del equipo; el anuncio se hará la semana que viene.\n\n"
  "{cuenta}\n\n"
  "Estoy en reuniones toda la tarde, así que escríbeme solo por aquí.\n\n"
  "Gracias,\n{jefe}\n{cargo}",
  hard=True, paises=NOT_AR)
P("fraude_ceo", "chat",
  "{nombre}, ¿estás en la oficina? Necesito un favor rápido y [discreto|confidencial] {emo} "
  "Tengo que [pagar a un proveedor|hacer un regalo a unos clientes] hoy mismo y desde el {movil} no puedo. "
  "¿Puedes comprar [tarjetas regalo|tarjetas prepago] por {monto_m} y mandarme los códigos por foto? Te lo reembolso mañana. "
  "[{jefe}|Soy {jefe}, te escribo desde mi número personal]",
  hard=True, paises=NOT_AR)
P("fraude_ceo", "sms",
  "Hola, {nombre}, soy {jefe}. Este es mi número personal, «guárdalo|guardalo». "
  "¿«Tienes|Tenés» un momento? Necesito que me «ayudes|ayudés» con un pago urgente. No me «llames|llames», estoy en una reunión.",
  hard=True)
P("fraude_ceo", "email",
  "[URGENTE|Urgente] - {nombre}, necesito que realizes un pago de {monto_l} antes de las 14:00, es para cerrar un contrato con "
  "[un cliente de Portugal|un proveedor en el extranjero|una empresa de Chile]. No puedo hablar ahora, confirmame por correo cuando este hecho. "
  "Los datos: {cuenta}\n{jefe}",
  ruido=0.5)
P("fraude_ceo", "email",
  "[Buenos días|Buenas tardes], {nombre}:\n\n"
  "Le escribo de parte de {jefe}, que me ha pedido que coordine con usted un pago confidencial relacionado con "
  "[una auditoría|una compra de acciones|un acuerdo extrajudicial]. Por razones legales, este asunto no debe tratarse con nadie más "
  "de la empresa, tampoco por teléfono.\n\n"
  "¿Podría indicarme el saldo disponible hoy en la cuenta operativa y el límite de transferencias? Le enviaré las instrucciones a continuación.\n\n"
  "[Atentamente|Un cordial saludo],\n{remitente} {apellido}\nDespacho [Herrera|Salinas|Cordero] Abogados",
  hard=True)
P("fraude_ceo", "chat",
  "hola {nombre} soy {jefe} te escribo desde otro numero xq el mio se quedo sin bateria. necesito q me pases ya el pago de la factura "
  "de {proveedor} pero a una cuenta nueva q te mando ahora, es urgente y no digas nada a contabilidad q ya lo hablo yo",
  ruido=0.7)

L("fraude_ceo", "email",
  "Hola, {nombre}:\n\nNecesito el informe de [ventas|gastos|incidencias] del trimestre antes de las 12:00; es urgente porque "
  "lo presento en el comité. «Súbelo|Subilo» a la carpeta compartida de siempre, por favor.\n\nGracias,\n{jefe}",
  hard=True)
L("fraude_ceo", "email",
  "Equipo:\n\nOs recuerdo que cualquier pago a proveedores nuevos debe pasar por el flujo de aprobación del ERP y que los cambios de "
  "cuenta bancaria se confirman siempre por teléfono, con el número que ya tenemos registrado. Si alguien os pide saltaros el proceso, "
  "aunque parezca que soy yo, avisad a tesorería.\n\n[Gracias|Un abrazo],\n{jefe}\n{cargo}",
  hard=True, paises=("ES",))
L("fraude_ceo", "email",
  "Equipo:\n\nLes recuerdo que cualquier pago a proveedores nuevos debe pasar por el flujo de aprobación del sistema y que los cambios "
  "de cuenta bancaria se confirman siempre por teléfono, con el número que ya tenemos registrado. Si alguien les pide saltarse el "
  "proceso, aunque parezca que soy yo, avisen a tesorería.\n\n[Gracias|Saludos],\n{jefe}\n{cargo}",
  hard=True, paises=("MX", "AR", "CO", "CL", "PE", "neutro"))
L("fraude_ceo", "chat",
  "{nombre}, ¿«puedes|podés» aprobar en el portal de compras la factura de {proveedor}? Ya la revisé yo, es la de todos los meses. "
  "[Gracias|Mil gracias] {emo}",
  hard=True)
L("fraude_ceo", "chat",
  "Llego [diez|quince|veinte] minutos tarde a la reunión de las {hora}, ‹empezad|empiecen› sin mí {emo} "
  "[Si hace falta, el acta está en la carpeta del proyecto.|]")
L("fraude_ceo", "email",
  "Asunto: Pago aprobado - {proveedor}\n\nHola, {nombre}:\n\n"
  "Te confirmo que el comité aprobó el pago de {monto_l} a {proveedor}. Ya está cargado en el sistema de tesorería con la cuenta "
  "verificada del alta de proveedor; solo falta tu segunda firma en la banca de empresa. "
  "Cualquier duda, llámame a la extensión {ext} o pásate por mi despacho.\n\n{jefe}",
  hard=True, paises=NOT_AR)

# --- soporte_tecnico --------------------------------------------------------
P("soporte_tecnico", "email",
  "[ALERTA DE SEGURIDAD|AVISO IMPORTANTE]: se han detectado [3|5|12|27] virus en su {ordenador}. "
  "Su información personal y bancaria está en riesgo.\n\n"
  "Llame de inmediato a nuestro servicio técnico certificado o descargue la herramienta de limpieza desde {soporte_fake}.\n\n"
  "No apague el equipo [ni cierre esta ventana|hasta completar la limpieza].",
  ruido=0.4)
P("soporte_tecnico", "chat",
  "[Buenas tardes|Buenos días], le contacto del servicio técnico de {operador}. Hemos detectado que su router está enviando "
  "tráfico [malicioso|anómalo] y su línea podría quedar cortada hoy. Para revisarlo, necesito que instale una aplicación de "
  "asistencia remota y me facilite el código de conexión que le aparecerá en pantalla.",
  hard=True)
P("soporte_tecnico", "sms",
  "{operador}: su linea presenta un fallo tecnico. Para evitar [el corte del servicio|la suspension], descargue la actualizacion: {op_fake}",
  ruido=0.5)
P("soporte_tecnico", "email",
  "Hola, {nombre}:\n\nSoy {remitente}, del equipo de sistemas. Estamos migrando las cuentas al nuevo servidor de correo y la tuya "
  "ha dado error. ¿Me «puedes|podés» decir tu contraseña actual para moverla a mano? "
  "Lo necesito antes de las {hora2} o «perderás|vas a perder» los correos de los últimos meses.\n\nGracias,\n{remitente}\nSistemas - {empresa}",
  hard=True)
P("soporte_tecnico", "chat",
  "hola {emo2} te escribimos del soporte tecnico de {operador}. Tu {movil} tiene un virus que roba datos bancarios, "
  "«instala|instalá» [ya|ahora] esta app de proteccion: {op_fake}/app.apk",
  ruido=0.7)
P("soporte_tecnico", "email",
  "Asunto: Su contraseña caduca hoy\n\n"
  "[Estimado usuario|Estimado/a empleado/a]:\n\nLa contraseña de su cuenta corporativa de {empresa} caduca hoy. "
  "Para conservar la misma contraseña y evitar el bloqueo del correo, [haga clic aquí|acceda al portal]:\n{empresa_fake}\n\n"
  "Departamento de TI")

L("soporte_tecnico", "email",
  "Hola, {nombre}:\n\nTu contraseña de la red de {empresa} caduca en {n} días. «Cámbiala|Cambiala» desde la intranet "
  "({intranet}) o pulsando Ctrl+Alt+Supr en tu equipo. Sistemas nunca te pedirá tu contraseña por correo ni por teléfono.\n\n"
  "Equipo de Sistemas",
  hard=True)
L("soporte_tecnico", "chat",
  "Hola, {nombre}, soy {remitente}, de sistemas. Me abriste el ticket #{ref} por [la impresora|el monitor|la VPN]. "
  "Paso por tu mesa a las {hora} para mirarlo, ¿te va bien? {emo}",
  hard=True)
L("soporte_tecnico", "email",
  "Aviso de mantenimiento\n\nEl {fecha}, entre las {hora} y las {hora2}, el correo corporativo y la VPN no estarán disponibles por "
  "una actualización programada. [No «tienes|tenés» que hacer nada.|No es necesario que «hagas|hagás» nada.] «Disculpa|Disculpá» las molestias.\n\nSistemas - {empresa}")
L("soporte_tecnico", "sms",
  "{operador}: estamos realizando trabajos en la red de tu zona el {fecha} de {hora} a {hora2}. Puede haber cortes breves de conexión. "
  "No «necesitas|necesitás» hacer nada. Más información en {op_url}.",
  hard=True)
L("soporte_tecnico", "chat",
  "[Papá|Mamá|Abuela], ya te instalé el antivirus en la {ordenador} {emo} Si te sale algún aviso raro de «llame a este número», "
  "no llames: «ciérralo|cerralo» y me «avisas|avisás».",
  hard=True)
L("soporte_tecnico", "email",
  "Hola, {nombre}:\n\nHemos cerrado tu incidencia #{ref} (acceso a [la carpeta de Finanzas|la impresora de la planta 2|la VPN]). "
  "Si el problema vuelve a aparecer, [«responde|respondé» a este correo|«abre|abrí» un ticket nuevo en {intranet}] y lo reabrimos.\n\n"
  "¿Qué tal te hemos atendido? «Puedes|Podés» valorarlo en la misma incidencia.\n\nSoporte de Sistemas")
# --- premio_sorteo ----------------------------------------------------------
P("premio_sorteo", "sms",
  "¡[Felicidades|Enhorabuena]! «Has sido seleccionado|Fuiste seleccionado» para recibir [un teléfono de última generación|"
  "una tarjeta regalo de {monto_m}|{monto_l} en efectivo]. «Reclama|Reclamá» tu premio antes de [medianoche|24 h]: {url_corta}",
  ruido=0.5)
P("premio_sorteo", "email",
  "[Estimado ganador|Estimado/a afortunado/a]:\n\n"
  "Le informamos de que su dirección de correo electrónico ha resultado premiada en el [sorteo internacional de loterías|Gran Sorteo "
  "Iberoamericano] con {monto_l}.\n\n"
  "Para gestionar el pago, envíe su nombre completo, una copia de su {documento} y el justificante de haber abonado {monto_m} "
  "en concepto de [gastos de transferencia|impuestos de liberación del premio] a la {cuenta}.\n\n"
  "Mantenga este premio en secreto hasta recibirlo para evitar reclamaciones indebidas.\n\n"
  "{remitente} {apellido}\nSecretaría de la Comisión de Premios",
  ruido=0.3)
P("premio_sorteo", "chat",
  "Holaa {emo2}{emo2} te escribimos de {tienda}, ¡«saliste|saliste» [ganador|ganadora|premiado] del sorteo de aniversario! "
  "Solo «tienes|tenés» que pagar el envío de {monto_s} en este link y te mandamos el premio a casa: {tienda_fake}",
  ruido=0.7)
P("premio_sorteo", "email",
  "Hola, {nombre}:\n\n"
  "Gracias por participar en nuestra encuesta de satisfacción. Como agradecimiento, te hemos asignado un [cupón|bono] de {monto_m} "
  "para tu próxima compra en {tienda}. Para activarlo, solo tienes que confirmar tu tarjeta (no se realizará ningún cargo) en:\n{tienda_fake}\n\n"
  "El bono caduca en 48 horas.\n\nUn saludo,\nEquipo de {tienda}",
  hard=True, paises=NOT_AR)
P("premio_sorteo", "sms",
  "{operador}: tus puntos [de fidelidad|acumulados] ({nn}00 pts) caducan hoy. «Canjéalos|Canjealos» por [unos auriculares|un altavoz|"
  "un reloj inteligente] pagando solo {monto_s} de envío: {op_fake}")
P("premio_sorteo", "chat",
  "[Buenas tardes|Hola], {nombre}. Le escribo de la organización del sorteo [de la feria|del centro comercial] en el que participó. "
  "Ha ganado [un viaje para dos personas|un televisor|una moto]. Para la entrega necesitamos que nos adelante {monto_m} del seguro del "
  "transporte por {transferencia}; se lo devolvemos con el premio.",
  hard=True)

L("premio_sorteo", "email",
  "¡Hola, {nombre}!\n\n"
  "Este mes sorteamos [una bicicleta|un fin de semana rural|una cesta de productos locales] entre quienes compren en {tienda}. "
  "No tienes que hacer nada más: si ganas, te avisaremos por correo y verás el premio en tu área de cliente.\n\n"
  "Nunca te pediremos pagos ni datos bancarios para recibir un premio. Bases legales en {tienda_url}.\n\nEquipo de {tienda}",
  hard=True, paises=NOT_AR)
L("premio_sorteo", "sms",
  "{tienda}: ¡enhorabuena! Has ganado el sorteo de {mes}. Pasa por tu tienda con tu {documento} para recoger el premio. "
  "[Sin pagos ni envíos.|No tienes que pagar nada.]",
  hard=True, paises=NOT_AR)
L("premio_sorteo", "chat",
  "¡Nos tocó la [lotería|rifa] del trabajo! Bueno, {monto_10} para cada uno, jajaja {emo} [Algo es algo.|Da para una cena.|Da para una pizza.]")
L("premio_sorteo", "email",
  "Resultados del sorteo solidario [de la asociación de vecinos|del colegio|del club deportivo]\n\n"
  "El número ganador del primer premio es el {nn}{n}{n} y el del segundo, el {nn}{n}. "
  "Las personas premiadas pueden recoger su premio en la secretaría [de lunes a viernes|por las tardes] presentando la papeleta.\n\n"
  "¡Gracias por colaborar!")
L("premio_sorteo", "sms",
  "{operador}: «has acumulado|acumulaste» {nn}00 puntos. «Canjéalos|Canjealos» cuando «quieras|quieras» desde la app; "
  "no caducan hasta el {fecha}.",
  hard=True)
L("premio_sorteo", "chat",
  "«Mira|Mirá», «me ha tocado|me tocó» el vale de {monto_m} del sorteo del gimnasio {emo} "
  "me han dicho que lo recoja en recepción con el carnet, sin pagar nada. [¡Por fin gano algo!|Nunca gano nada, jaja]",
  hard=True, paises=NOT_AR)

# --- pago_streaming ----------------------------------------------------------
P("pago_streaming", "email",
  "No hemos podido procesar el pago de tu suscripción a {streaming}.\n\n"
  "Actualiza tu método de pago en las próximas [24|48] horas para evitar la suspensión de tu cuenta:\n{stream_fake}\n\n"
  "[Equipo de {streaming}|Atentamente, {streaming}]",
  paises=NOT_AR)
P("pago_streaming", "sms",
  "{streaming}: tu cuenta ha sido [suspendida|pausada] por un problema con tu tarjeta. «Reactívala|Reactivala» aquí: {stream_fake}",
  ruido=0.5)
P("pago_streaming", "email",
  "Hola, {nombre}:\n\n"
  "¡Te regalamos [tres meses|seis meses|un mes] de {streaming} por ser cliente de {operador}! Para activar la promoción, "
  "«vincula|vinculá» tu tarjeta: solo se cobrará {monto_s} de verificación, que te devolveremos enseguida.\n\n{op_fake}\n\n"
  "¡Que lo «disfrutes|disfrutes»!",
  hard=True)
P("pago_streaming", "sms",
  "{streaming} - Aviso: su suscripcion a vencido. Ingrese sus datos de pago para no perder su [lista|historial] y perfiles: {stream_fake}",
  ruido=0.6)
P("pago_streaming", "email",
  "Hola, {nombre}:\n\n"
  "Detectamos que tu cuenta de {streaming} se está usando en un [televisor|dispositivo] fuera de tu hogar. Para seguir viendo "
  "contenido, confirma tu hogar principal y tus datos de facturación en:\n{stream_fake}\n\n"
  "Si no lo haces en 48 horas, la cuenta se bloqueará.\n\nEl equipo de {streaming}",
  hard=True, paises=NOT_AR)
P("pago_streaming", "chat",
  "[Oye|Ey], ¿te [interesa|sirve] {streaming} anual a {monto_10}? {emo} Tengo cuentas [compartidas|de regalo], "
  "solo me «pasas|pasás» tu correo, la contraseña y «pagas|pagás» con la tarjeta en este enlace: {url_corta}",
  ruido=0.6)

L("pago_streaming", "email",
  "Hola, {nombre}:\n\nGracias por seguir con {streaming}. Hemos cobrado {monto_10} de tu [cuota mensual|suscripción] con la tarjeta "
  "terminada en {last4}. Puedes ver y descargar tus facturas en tu cuenta de {stream_url}.\n\nEl equipo de {streaming}",
  hard=True, paises=NOT_AR)
L("pago_streaming", "email",
  "No pudimos cobrar tu suscripción de {streaming}\n\n"
  "Volveremos a intentarlo en tres días. Si quieres cambiar la tarjeta, abre la app o escribe {stream_url} en el navegador "
  "y ve a Cuenta > Pago. No hace falta que respondas a este correo.\n\nEl equipo de {streaming}",
  hard=True, paises=NOT_AR)
L("pago_streaming", "chat",
  "¿Cómo se llamaba la serie que me recomendaste en {streaming}? [La de los hermanos del faro|Esa de detectives en Galicia|"
  "La de la chef que vuelve a su pueblo], no me acuerdo del nombre {emo}")
L("pago_streaming", "sms",
  "{streaming}: a partir del {fecha}, tu plan cuesta {monto_10} al mes. «Puedes|Podés» cambiar o cancelar tu plan cuando «quieras|quieras» "
  "desde la app.",
  hard=True)
L("pago_streaming", "email",
  "Novedades de {mes} en {streaming}\n\n"
  "Esta semana llega [la tercera temporada de «Los del faro»|el documental «Agua de mayo»|la película «Norte perdido»] y, el viernes, "
  "[el estreno de «Cocina de abuela»|la final del concurso «Voces del barrio»]. "
  "Añádelos a tu lista desde la app.\n\nPara dejar de recibir estos correos, cambia tus preferencias en tu cuenta.",
  paises=NOT_AR)
L("pago_streaming", "chat",
  "[Ya cancelé|Di de baja] {streaming}, que no la usábamos nunca {emo} [Si quieres ver algo, usa la cuenta de tu hermana.|"
  "Nos ahorramos {monto_10} al mes.]",
  paises=NOT_AR)

# --- criptomonedas -------------------------------------------------------------
P("criptomonedas", "chat",
  "Hola, {nombre}, ¿qué tal tu semana? {emo} Te cuento: mi tío trabaja en un fondo y me enseñó una plataforma donde gano un "
  "[8|10|12] % cada semana con criptomonedas. Si «quieres|querés», te ayudo a empezar con {monto_m}; yo ya saqué el doble de lo que "
  "metí. [Es seguro, te lo prometo.|No se lo cuento a cualquiera.]",
  hard=True)
P("criptomonedas", "email",
  "[«Invierte|Invertí» {monto_m} y «gana|ganá»|Invierta {monto_m} y gane] {monto_l} en 30 días con nuestro robot de trading con inteligencia artificial.\n\n"
  "[Rentabilidad garantizada.|Sin riesgo.] Plazas limitadas: {inversion_fake}",
  ruido=0.4)
P("criptomonedas", "sms",
  "Tu cartera [de bitcoin|cripto|digital] ha recibido 0,0{n} BTC. Para retirarlos, valida tu cuenta "
  "[pagando la comisión de {monto_s}|con tus datos] en {cripto_fake}",
  paises=NOT_AR, ruido=0.4)
P("criptomonedas", "email",
  "Hola, {nombre}:\n\n"
  "Estamos actualizando nuestros procedimientos de verificación de identidad. Tu cuenta en {exchange} quedará limitada a retiros de "
  "{monto_10} hasta que «completes|completés» el proceso.\n\n"
  "Para hacerlo, «introduce|ingresá» tu frase de recuperación de 12 palabras en {cripto_fake}. Así comprobaremos que «eres|sos» el titular "
  "del monedero.\n\nEquipo de Cumplimiento de {exchange}",
  hard=True)
P("criptomonedas", "chat",
  "hola!! soy asesor[a|] de inversiones {emo2} vi tu perfil y creo q te puede interesar. ganancias garantizadas desde {monto_m}, "
  "te paso el link de la plataforma: {inversion_fake}",
  ruido=0.8)
P("criptomonedas", "email",
  "Estimado/a inversor/a:\n\nSu cuenta de inversión ha generado {monto_l} de beneficio este trimestre. Antes de transferírselo, la "
  "normativa exige el pago anticipado del impuesto correspondiente ({monto_m}). En cuanto recibamos el pago, liberaremos los fondos.\n\n"
  "Gestor de cuenta: {remitente} {apellido}",
  hard=True)

L("criptomonedas", "email",
  "Hemos detectado un inicio de sesión en tu cuenta de {exchange} desde {ciudad}.\n\n"
  "Si fuiste «tú|vos», «ignora|ignorá» este mensaje. Si no, «cambia|cambiá» tu contraseña desde la app y «activa|activá» la verificación en dos pasos.\n\n"
  "«Recuerda|Recordá»: nadie de {exchange} te pedirá nunca tu frase de recuperación.",
  hard=True)
L("criptomonedas", "email",
  "Boletín de educación financiera de {banco}\n\n"
  "¿Qué son las criptomonedas y qué riesgos tienen? Su precio puede subir o bajar mucho en pocas horas y no están cubiertas por el "
  "fondo de garantía de depósitos. Si alguien te promete rentabilidades garantizadas o te pide que actúes rápido, desconfía.\n\n"
  "Más consejos en {banco_url}.",
  hard=True, paises=NOT_AR)
L("criptomonedas", "chat",
  "compré un poco de bitcoin por probar, {monto_m}, y ya bajó un [10|15|20] % jajaja {emo_mal} [no vuelvo a hacer caso a mi cuñado|"
  "lo dejo ahí y me olvido]")
L("criptomonedas", "sms",
  "{exchange}: retiro de 0,0{n} BTC confirmado a la dirección terminada en {hex}. Si no lo reconoces, bloquea tu cuenta desde la app.",
  hard=True, paises=NOT_AR)
L("criptomonedas", "email",
  "Confirmación de orden\n\nHas comprado 0,{n}{n} ETH por {monto_m} en {exchange}. Comisión aplicada: {monto_s}.\n\n"
  "Puedes consultar el detalle en tu historial de operaciones.",
  paises=NOT_AR)
L("criptomonedas", "chat",
  "¿Viste la charla de [la facultad|la biblioteca] sobre estafas con criptomonedas? {emo} Dijeron que si alguien «te promete|te promete» "
  "ganancias fijas cada semana, es [timo|estafa] seguro. Me acordé de tu [vecino|primo].")
# --- empleo_falso -----------------------------------------------------------
P("empleo_falso", "sms",
  "Hola, soy {remitente} de Recursos Humanos. Buscamos personas para trabajar desde casa: {monto_m} al día solo por dar «me gusta» a "
  "vídeos. «Escríbeme|Escribime» por WhatsApp: {url_corta}",
  ruido=0.5)
P("empleo_falso", "email",
  "[Enhorabuena|Felicidades]:\n\nSu perfil ha sido seleccionado para el puesto de [auxiliar administrativo|teleoperador/a|"
  "recepcionista] en {empresa}. Para formalizar el contrato, debe abonar {monto_m} en concepto de "
  "[curso de formación obligatorio|seguro de responsabilidad civil|alta en el sistema] antes del {fecha}.\n\n"
  "Una vez recibido el pago, le enviaremos el contrato y la fecha de incorporación.\n\nDepartamento de Recursos Humanos",
  hard=True)
P("empleo_falso", "chat",
  "¡Hola, {nombre}! Te escribo de [una agencia de selección|{empresa}]. Vimos tu currículum y encaja con un puesto de "
  "[administración|atención al cliente|logística] en remoto. Para seguir con el proceso, necesitamos una foto de tu {documento} por "
  "ambas caras y tus datos bancarios para darte de alta en la nómina antes de la entrevista.",
  hard=True)
P("empleo_falso", "email",
  "Oferta de trabajo: gestor/a de pagos\n\n"
  "Recibirás transferencias de nuestros clientes en tu cuenta personal y las reenviarás a nuestros socios, quedándote con un 10 % de "
  "comisión. No hace falta experiencia; solo una cuenta bancaria a tu nombre y dos horas al día.\n\n"
  "Interesados, responder a este correo con nombre completo y número de cuenta.",
  hard=True)
P("empleo_falso", "sms",
  "Ofrta de empleo: «gana|ganá» {monto_m} al dia desde tu {movil}, sin experiencia. Info: {url_corta}",
  ruido=0.7)
P("empleo_falso", "chat",
  "Hola {emo2} «¿estás buscando|¿estás buscando» trabajo? Te contratamos hoy mismo como evaluador/a de [hoteles|tiendas online]. "
  "Primero «tienes|tenés» que hacer una [recarga|inversión] de {monto_10} para desbloquear las tareas y te lo devolvemos con la "
  "comisión.",
  ruido=0.6)

L("empleo_falso", "email",
  "Hola, {nombre}:\n\n"
  "Gracias por tu interés en el puesto de [analista de datos|administrativo/a|técnico/a de soporte] en {empresa}. Nos gustaría "
  "invitarte a una entrevista [por videollamada|en nuestras oficinas de {ciudad}] el {fecha} a las {hora}. "
  "Confirma tu asistencia desde el portal de empleo de {empresa_url}.\n\n"
  "Nunca te pediremos dinero ni datos bancarios durante el proceso de selección.\n\nEquipo de Selección",
  hard=True, paises=NOT_AR)
L("empleo_falso", "email",
  "Hola, {nombre}:\n\nTe agradecemos el tiempo que has dedicado al proceso de selección para el puesto de [comercial|contable|"
  "diseñador/a]. En esta ocasión hemos seguido adelante con otras candidaturas, pero guardaremos tu currículum para futuras "
  "vacantes.\n\nTe deseamos mucha suerte.\n\nRecursos Humanos de {empresa}",
  paises=NOT_AR)
L("empleo_falso", "chat",
  "Hola, {nombre}, soy {remitente}, de RR. HH. de {empresa}. Te llamo mañana a las {hora} para la entrevista telefónica, "
  "¿te viene bien? {emo}",
  hard=True, paises=NOT_AR)
L("empleo_falso", "sms",
  "{empresa}: tu contrato ya está disponible para firmar en el portal del empleado. «Tienes|Tenés» hasta el {fecha}.",
  hard=True)
L("empleo_falso", "chat",
  "En mi empresa buscan gente para [el almacén|atención al cliente|la recepción], si «quieres|querés» te paso el contacto de RR. HH. "
  "y les «mandas|mandás» el CV {emo}")
L("empleo_falso", "email",
  "Hola, {nombre}:\n\n¡Bienvenido/a a {empresa}! Tu primer día es el {fecha}. Te esperamos a las {hora} en la recepción de "
  "[la oficina de {ciudad}|la sede central]; trae tu {documento} para el alta. La cuenta bancaria para la nómina la "
  "introducirás tú mismo/a en el portal del empleado cuando tengas tus credenciales.\n\nUn saludo,\n{remitente}, Recursos Humanos",
  hard=True, paises=NOT_AR)

# --- hola_mama ------------------------------------------------------------------
P("hola_mama", "chat",
  "[Hola, mamá|Hola mami|Hola, papá|Hola pa], se me rompió el {movil} y este es mi número nuevo, [guárdalo|agéndalo] {emo} "
  "¿Me «puedes|podés» hacer un favor? Tengo que pagar una factura hoy y desde este {movil} no puedo entrar al banco. "
  "Te paso los datos de la cuenta y te lo devuelvo mañana.",
  hard=True, paises=NOT_AR)
P("hola_mama", "chat",
  "[Hola papá soy yo|Papá, soy yo|Mamá soy yo], se me cayó el {movil} al agua. No me «llames|llames» que el micro no funciona, "
  "«escríbeme|escribime» por aquí. Necesito {monto_m} urgente para [pagar el alquiler|la matrícula|una multa], "
  "«¿me lo puedes transferir|¿me lo podés transferir» a esta cuenta? {cuenta}",
  ruido=0.5)
P("hola_mama", "chat",
  "mama este es mi numero nuevo. me «puedes|podes» transferir {monto_m} q tengo q pagar [el alquiler|una compra] hoy y no me deja la app. "
  "despues te explico {emo2}",
  ruido=0.8)
P("hola_mama", "sms",
  "Hola, [mamá|papá], te escribo desde el teléfono de una amiga, me robaron el bolso con todo. ¿Me «reenvías|reenviás» el código "
  "de seis números que te va a llegar ahora por SMS? Es para recuperar mi WhatsApp.",
  hard=True)
P("hola_mama", "chat",
  "[Hola, abuela|Abuelo], soy tu [nieto|nieta]. Estoy en un lío: tuve un accidente con el {coche} y el abogado dice que hay que pagar "
  "{monto_l} hoy para que no me detengan. Por favor, no le digas nada a mamá, que se preocupa. "
  "Ahora te llama [el abogado|un señor del juzgado] para explicarte cómo pagar.",
  hard=True)
P("hola_mama", "chat",
  "[Hola ma|Mami|Hola mamá] {emo} cambié de número, el otro [lo perdí|me lo robaron]. Una cosa, me «podrías|podrías» hacer "
  "{transferencia} de {monto_m}? Es para un [pago|curso] que vence hoy y mi app está bloqueada hasta mañana. "
  "Te mando [el número de cuenta|los datos] ahora.",
  hard=True)

L("hola_mama", "chat",
  "[Mamá|Mami|Papá], este es mi número nuevo, cambié de compañía. «Guárdalo|Guardalo» y borra el otro {emo} "
  "Nos vemos el domingo en la comida.",
  hard=True)
L("hola_mama", "chat",
  "[mamá|mami|ma] ya llegué a casa {emo} gracias por la comida, estaba todo [riquísimo|buenísimo|{genial}]")
L("hola_mama", "chat",
  "[Papá|Mamá], me quedé sin batería, te escribo desde el {movil} de {remitente}. Llego a las {hora2}, no ‹me esperéis|me esperen› "
  "para cenar.",
  hard=True)
L("hola_mama", "chat",
  "hola ma, ¿me «compras|comprás» pan de camino? y si ves leche también {emo}")
L("hola_mama", "chat",
  "[Abuela|Abu], ¿te llegó la foto del bebé? {emo2}{emo2} Dice mamá que el domingo vamos a verte.")
L("hola_mama", "chat",
  "[Mamá|Papá], ya te devolví los {monto_m} que me prestaste para el dentista {emo} «Míralo|Miralo» en la app cuando "
  "«puedas|puedas». ¡Gracias!",
  hard=True)

# --- factura_falsa ---------------------------------------------------------
P("factura_falsa", "email",
  "[Adjuntamos|Le adjuntamos] la factura n.º {ref} por importe de {monto_l}, con vencimiento hoy. "
  "Descárguela desde {proveedor_fake} [para evitar recargos|y proceda al pago inmediato].\n\n[Administración|Contabilidad]",
  ruido=0.4)
P("factura_falsa", "email",
  "Estimados clientes:\n\n"
  "A raíz de una auditoría interna, hemos cambiado de entidad bancaria. A partir de hoy, les rogamos que realicen el pago de las "
  "facturas pendientes a la nueva cuenta:\n\n{cuenta}\n\n"
  "Por favor, no utilicen la cuenta anterior, que será cancelada en breve. Como nuestra centralita está en mantenimiento, "
  "les pedimos que cualquier consulta la hagan solo por correo.\n\n"
  "Agradecemos su colaboración.\n\n{remitente} {apellido}\nAdministración - {proveedor}",
  hard=True)
P("factura_falsa", "sms",
  "Confirmación de pago: su suscripción anual a [Antivirus Escudo Total|OfiPro Cloud|Seguridad Plus 360] se ha renovado por {monto_m}. "
  "Si no autorizó este cargo, [cancélelo|solicite el reembolso] en {url_corta}")
P("factura_falsa", "email",
  "Hola, te envio la factura del mes pasado que aun no esta pagada. Por favor revisala y paga hoy ya que tenemos que cerrar el mes. "
  "Descarga: {proveedor_fake}\n\nSaludos",
  ruido=0.6)
P("factura_falsa", "chat",
  "[Buenos días|Buenas tardes], {nombre}. Soy {remitente}, de contabilidad de {proveedor}. Tenemos tres facturas vencidas de su empresa "
  "por {monto_l}. Para no pasar el expediente a cobro judicial, hoy necesitamos el justificante del pago. Esta vez debe hacerse "
  "a esta cuenta alternativa: {cuenta}",
  hard=True)
P("factura_falsa", "email",
  "Asunto: Factura pendiente {ref}\n\n[Hola|Buenos días|Buenas tardes], {nombre}:\n\nLe remitimos la factura correspondiente a los servicios de "
  "[mantenimiento web|asesoría|limpieza] de {mes}. El documento está protegido; para abrirlo, inicie sesión con su cuenta de correo "
  "corporativo en:\n{servicio_fake}\n\nGracias,\n{proveedor}",
  hard=True)

L("factura_falsa", "email",
  "Hola, {nombre}:\n\nTe enviamos la factura {ref} correspondiente a {mes} por {monto_m}. Vence el {fecha}.\n\n"
  "La tienes disponible en tu área de cliente de {proveedor_url}; el pago se cargará en la cuenta domiciliada de siempre, "
  "no tienes que hacer nada.\n\nGracias,\nAdministración de {proveedor}",
  hard=True, paises=NOT_AR)
L("factura_falsa", "email",
  "Recordatorio: la factura {ref} venció hace [cinco|siete|diez] días.\n\n"
  "Si ya la ha pagado, ignore este mensaje. Si no, puede transferir {monto_m} a la cuenta que figura en su contrato (la misma de "
  "siempre) o llamar al teléfono de su gestor habitual.\n\nAtentamente,\nCobros - {proveedor}",
  hard=True)
L("factura_falsa", "chat",
  "[Oye|Ey], ¿te llegó la factura de {proveedor}? «Pásamela|Pasámela» y la subo al ERP para que la aprueben {emo}")
L("factura_falsa", "sms",
  "{operador}: tu factura de {mes} ya está disponible: {monto_m}. «Consúltala|Consultala» en la app. Se cargará en tu cuenta el {fecha}.",
  hard=True)
L("factura_falsa", "email",
  "Hemos recibido tu pago de {monto_m} correspondiente a la factura {ref}. ¡Gracias!\n\n"
  "«Puedes|Podés» descargar el justificante cuando «quieras|quieras» desde tu área de cliente.\n\n{proveedor}")
L("factura_falsa", "email",
  "Hola, {nombre}:\n\nTe escribo porque [la semana pasada|el mes pasado] nos cobrasteis dos veces la factura {ref} de {monto_m}. "
  "Adjunto los dos cargos del extracto. ¿Podéis revisarlo y devolvernos uno de ellos a la cuenta habitual?\n\n"
  "Gracias,\n{remitente}\nAdministración de {empresa}",
  paises=("ES",))
# --- corte_suministro --------------------------------------------------------
P("corte_suministro", "sms",
  "{electrica}: su suministro será [cortado|suspendido] hoy a las {hora2} por impago de {monto_m}. Evite el corte pagando en {util_fake}",
  ruido=0.4)
P("corte_suministro", "email",
  "Estimado cliente:\n\nHemos detectado un error en la lectura de su contador y le corresponde un reembolso de {monto_m}. "
  "Para recibirlo, [introduzca los datos de la tarjeta en la que desea el abono|confirme su tarjeta] en el siguiente enlace:\n"
  "{util_fake}\n\nEl enlace caduca en 48 horas.\n\nAtención al Cliente\n{electrica}",
  hard=True)
P("corte_suministro", "chat",
  "Buenas, soy técnico de {electrica}, estoy en {portal} de su edificio. Consta una deuda de {monto_m} a su nombre y, si no la "
  "abona ahora por {transferencia}, tengo orden de cortarle [la luz|el suministro] hoy. Le paso la cuenta: {cuenta}",
  hard=True)
P("corte_suministro", "sms",
  "AVISO {agua}: tiene 2 recibos impagados, el corte del servicio se realizara mañana. Regularice: {url_corta}",
  ruido=0.7)
P("corte_suministro", "email",
  "Su tarifa de [luz|energía] ha cambiado\n\n[Hola|Buenos días|Buenas tardes], {nombre}:\n\nPor la revisión de precios regulados, debe firmar su "
  "nuevo contrato antes del {fecha}. Descargue el documento e inicie sesión con los datos de su tarjeta para validar la "
  "titularidad:\n{util_fake}\n\n{electrica}")
P("corte_suministro", "sms",
  "{agua}: le corresponde la [ayuda|bonificación] social de {monto_m} en su recibo. Solicítela hoy con su {documento} y "
  "su tarjeta en {ayto_fake}",
  hard=True)

L("corte_suministro", "sms",
  "{agua}: por obras en la red, el {fecha} se cortará el agua en tu calle de {hora} a {hora2}. Más información en {agua_url}.",
  hard=True)
L("corte_suministro", "email",
  "[Hola|Buenos días|Buenas tardes], {nombre}:\n\nLe recordamos que tiene un recibo pendiente de {monto_m}. Si no está domiciliado, puede pagarlo en "
  "su área de cliente de {util_url}, por teléfono o en cualquiera de nuestras oficinas. Si ya lo ha abonado, no tenga en cuenta "
  "este aviso.\n\nLe recordamos que el suministro solo puede suspenderse tras dos requerimientos por escrito y un plazo de al menos "
  "dos meses.\n\n{electrica}",
  hard=True)
L("corte_suministro", "chat",
  "Vecinos, mañana cortan el agua de {hora} a {hora2} por la reparación de la tubería del garaje {emo_mal} ‹Llenad|Llenen› algún cubo por "
  "si acaso.",
  hard=True)
L("corte_suministro", "sms",
  "{electrica}: tu lectura del {fecha} ha sido registrada. Próxima factura estimada: {monto_m}.")
L("corte_suministro", "email",
  "Tu factura de {mes} ya está disponible\n\nImporte: {monto_m}, un [8|12|15] % menos que el mes anterior. Se cargará en tu cuenta "
  "domiciliada el {fecha}.\n\nConsejo del mes: [ajustar el termostato un grado ahorra hasta un 7 % de energía|"
  "poner la lavadora en frío reduce mucho el consumo].\n\n{electrica}",
  paises=NOT_AR)
L("corte_suministro", "chat",
  "[Se fue la luz en todo el barrio|Se cortó la luz en toda la cuadra] {emo_mal} dice {electrica} en la app que es una avería y que "
  "la arreglan en un par de horas. [¿En tu casa también?|¿Allá también?]",
  hard=True)

# --- codigo_qr --------------------------------------------------------------
P("codigo_qr", "email",
  "Su autenticación multifactor caduca hoy.\n\nPara renovarla y evitar el bloqueo de su cuenta de {empresa}, escanee con su {movil} "
  "el código QR adjunto e inicie sesión con su usuario y contraseña corporativos.\n\nEquipo de Seguridad Informática",
  hard=True)
P("codigo_qr", "sms",
  "{ayto}: su vehículo no ha pagado el estacionamiento regulado. Escanee el QR del parquímetro o pague {monto_s} en {ayto_fake} para "
  "evitar la sanción.",
  ruido=0.4)
P("codigo_qr", "email",
  "Documento compartido contigo\n\n{remitente} {apellido} ha compartido [«Nóminas {mes}»|«Propuesta de contrato»|«Plan de vacaciones»] "
  "contigo. Por seguridad, este documento solo se puede abrir desde el móvil: escanea el código QR adjunto e inicia sesión con tu "
  "cuenta corporativa.",
  hard=True, paises=NOT_AR)
P("codigo_qr", "chat",
  "Hola, te compro {articulo} {emo} Para pagarte, «escanea|escaneá» este QR que te mando con la app de tu banco y "
  "«confirma|confirmá» la operación; así te llega el dinero al instante.",
  hard=True)
P("codigo_qr", "email",
  "Estimado cliente de {banco}:\n\nPor la nueva normativa de seguridad, deberá vincular su {movil} escaneando el código QR de este "
  "correo. [Tiene 24 horas|Dispone de 24 horas] para hacerlo; de lo contrario, su acceso quedará [suspendido|bloqueado].\n\n"
  "Seguridad {banco}",
  ruido=0.3)
P("codigo_qr", "sms",
  "{paqueteria}: su entrega requiere confirmación. Escanee el código QR del aviso que dejamos en su buzón o confirme aquí: "
  "{paq_fake}")

L("codigo_qr", "email",
  "Tus entradas para [el concierto de Los Trinos|la obra «El jardín de invierno»|el partido del sábado] del {fecha}\n\n"
  "«Presenta|Presentá» el código QR adjunto en la entrada, desde tu {movil} o impreso. No lo compartas: solo es válido una vez.\n\n"
  "¡Que lo «disfrutes|disfrutes»!",
  hard=True)
L("codigo_qr", "email",
  "Hola, {nombre}:\n\nPara activar el acceso a la nueva app de {empresa}, escanea desde tu {movil} el código QR que aparece en la "
  "intranet ({intranet}), no en este correo. Si alguien te envía un QR para iniciar sesión, avisa a Sistemas.\n\nEquipo de Sistemas",
  hard=True, paises=NOT_AR)
L("codigo_qr", "chat",
  "Te mando el QR de la reserva del restaurante, «enséñalo|mostralo» al llegar {emo} [Es a las 21:30.|Estamos a nombre de {nombre}.]")
L("codigo_qr", "sms",
  "{ayto}: tu tarjeta de transporte ya está lista. «Recógela|Retirala» en la oficina con tu {documento} o muestra el QR de la app.",
  paises=NOT_AR)
L("codigo_qr", "email",
  "Tarjeta de embarque\n\nVuelo a {ciudad} · {fecha} · Embarque: {hora}\n\n«Muestra|Mostrá» este código QR en el control de seguridad y en la "
  "puerta de embarque. «Recuerda|Recordá» llegar al aeropuerto con antelación.",
  hard=True)
L("codigo_qr", "chat",
  "En la puerta del bar hay un QR con la carta {emo} pero ojo, que en el parquímetro de la esquina alguien pegó una pegatina con "
  "otro QR para pagar. [Yo pago siempre con la app del ayuntamiento.|Mejor paga en la máquina.]",
  hard=True, paises=NOT_AR)

# --- codigo_verificacion ---------------------------------------------------------
P("codigo_verificacion", "chat",
  "¡Hola! Te envié un código por SMS sin querer, era para mi cuenta de WhatsApp. ¿Me lo «puedes|podés» reenviar? Es urgente {emo}",
  hard=True)
P("codigo_verificacion", "sms",
  "{banco}: para anular el cargo de {monto_m}, facilite al agente que le llamará el código que recibirá a continuación.",
  hard=True)
P("codigo_verificacion", "chat",
  "Hola, soy del equipo de soporte de {mercado}. Para verificar tu cuenta de [vendedor|vendedora] necesito el código de 6 dígitos "
  "que te acaba de llegar. [Si no, tu anuncio se eliminará hoy.|Es solo para confirmar que eres tú.]",
  hard=True, paises=NOT_AR)
P("codigo_verificacion", "email",
  "Su código de verificación ha expirado.\n\nIntroduzca el nuevo código junto con su contraseña en {servicio_fake} para no perder "
  "el acceso a su cuenta de {servicio}.",
  ruido=0.4)
P("codigo_verificacion", "chat",
  "holaa {emo2} estoy participando en un concurso de [baile|fotografía|cocina] y necesito votos, te va a llegar un codigo de 6 numeros, "
  "me lo «pasas|pasas» porfa? es para que cuente tu voto",
  hard=True, ruido=0.7)
P("codigo_verificacion", "sms",
  "{operador}: hemos recibido una solicitud de portabilidad de su línea. Si no la ha pedido usted, responda a este mensaje con el "
  "código que le enviaremos ahora para cancelarla.",
  hard=True)

L("codigo_verificacion", "sms",
  "{banco}: {codigo} es tu código para [confirmar la compra de {monto_m} en {comercio}|iniciar sesión en la app]. "
  "No lo compartas con nadie, ni siquiera con empleados de {banco}.",
  hard=True)
L("codigo_verificacion", "sms",
  "Tu código de verificación de {servicio} es {codigo}. Caduca en 10 minutos. Si no lo has solicitado, ignora este mensaje.",
  hard=True, paises=NOT_AR)
L("codigo_verificacion", "email",
  "Hola, {nombre}:\n\nUsa este código para confirmar tu dirección de correo en {servicio}:\n\n{codigo}\n\n"
  "Si no has creado una cuenta, puedes ignorar este correo.",
  hard=True, paises=NOT_AR)
L("codigo_verificacion", "chat",
  "[Ojo|Cuidado]: a mi [tía|vecina|prima] le acaban de robar el WhatsApp {emo_mal} Alguien le pidió por un chat «el código que te llegó sin "
  "querer». Nunca ‹paséis|pasen› esos códigos a nadie.",
  hard=True)
L("codigo_verificacion", "sms",
  "{operador}: se ha solicitado un duplicado de la tarjeta SIM de tu línea. Si no lo has pedido tú, acude a una tienda o contacta "
  "desde la app.",
  hard=True, paises=NOT_AR)
L("codigo_verificacion", "sms",
  "{codigo} es tu código de acceso a {servicio}. Nuestro equipo nunca te lo pedirá por teléfono ni por chat.",
  hard=True)

# --- multa_trafico ----------------------------------------------------------------
P("multa_trafico", "sms",
  "{Trafico_nom}: tiene una multa pendiente de {monto_m}. Pague antes del {fecha} con un descuento del 50 % en {traf_fake}",
  ruido=0.5)
P("multa_trafico", "email",
  "Notificación de sanción n.º {ref}\n\nEstimado/a conductor/a:\n\nSu vehículo con {placa} {matricula} fue captado por un radar el "
  "{fecha} circulando a [78|96|112] km/h en un tramo limitado a [50|80|90] km/h. Puede consultar la fotografía y el expediente completo "
  "en:\n{traf_fake}\n\nDispone de [diez|quince] días para presentar alegaciones o abonar la sanción.\n\n{Trafico}",
  hard=True)
P("multa_trafico", "sms",
  "ULTIMO AVISO: multa de {transito} no pagada. Su [licencia|permiso de conducir] sera suspendido. Pagar: {url_corta}",
  ruido=0.7)
P("multa_trafico", "chat",
  "[Buenos días|Buenas tardes], le escribe el agente n.º {nn}{n}{n} de la policía de {transito}. Su {coche} con {placa} {matricula} tiene una "
  "infracción sin pagar. Si la abona hoy por {transferencia} evita la retirada del vehículo: {cuenta}",
  hard=True)
P("multa_trafico", "email",
  "Tiene un peaje pendiente de pago ({monto_s}).\n\nEvite el recargo de {monto_m} abonándolo hoy en {peaje_fake}\n\n{peaje}",
  ruido=0.4)
P("multa_trafico", "sms",
  "{ayto}: [se ha retirado|la grúa ha retirado] su {coche} con {placa} {matricula}. Pague {monto_m} de depósito en {ayto_fake} para "
  "recuperarlo [hoy|antes de las 20:00].",
  hard=True)

L("multa_trafico", "email",
  "{Trafico} le informa\n\nSe ha tramitado la sanción {ref} por [estacionamiento indebido|exceso de velocidad]. Puede consultarla y "
  "pagarla en la sede electrónica oficial; dispone de 20 días naturales para hacerlo con una reducción del 50 %.\n\n"
  "Esta notificación también está disponible en su buzón electrónico. Este correo no contiene enlaces.",
  hard=True)
L("multa_trafico", "sms",
  "{ayto}: tu cita para {itv} es el {fecha} a las {hora}. «Trae|Traé» el permiso de circulación y la última factura del seguro.")
L("multa_trafico", "chat",
  "Me pusieron una multa por {aparcar} en doble fila {emo_mal} {monto_m}. [La pago por la app oficial|Ya la pagué en la web oficial], "
  "que si «pagas|pagás» pronto te hacen descuento.")
L("multa_trafico", "email",
  "Resumen de peajes de {mes}\n\nHola, {nombre}:\n\nEste mes has pasado {n} veces por nuestras autopistas por un total de {monto_m}, "
  "cargados en tu tarjeta terminada en {last4}. Puedes ver el detalle en tu área de cliente de {peaje_url}.\n\n{peaje}",
  hard=True, paises=NOT_AR)
L("multa_trafico", "sms",
  "{Trafico_nom}: tu [permiso|licencia] de conducir vence el {fecha}. «Puedes|Podés» renovarlo pidiendo cita previa en la sede "
  "electrónica oficial.",
  hard=True)
L("multa_trafico", "chat",
  "«¿Sabes|¿Sabés» si es verdad lo del SMS de la multa? {emo} Lo miré en la web oficial de {trafico_nom} con mi {placa} y "
  "no tengo nada pendiente, así que lo borré.",
  hard=True)

# --- alquiler_falso ---------------------------------------------------------------
P("alquiler_falso", "email",
  "Hola:\n\nGracias por tu interés en mi {piso} de {ciudad}. Ahora vivo en [Londres|Edimburgo|Dublín] por trabajo, así que no puedo "
  "enseñártelo, pero te envío las llaves por mensajería en cuanto me «pagues|pagués» la fianza y el primer mes ({monto_alq}) por "
  "{transferencia}.\n\nSi no te gusta al verlo, me «devuelves|devolvés» las llaves y te reembolso todo.\n\n{remitente}",
  hard=True)
P("alquiler_falso", "chat",
  "¡Hola! El [depto|{piso}] sigue disponible {emo} Hay muchos interesados, así que para reservarlo «tienes|tenés» que transferir la "
  "[seña|reserva] de {monto_m} hoy. Después coordinamos la visita.",
  hard=True)
P("alquiler_falso", "email",
  "Su reserva en [Casa Rural El Roble|Cabañas Los Alerces|Apartamentos Brisa Marina] está confirmada\n\nPara garantizarla, pague el "
  "100 % mediante transferencia antes de 24 horas. Los pagos a través de la plataforma están dando problemas, por lo que le rogamos "
  "que pague directamente a esta cuenta:\n{cuenta}\n\nUn saludo,\nLa propiedad",
  hard=True)
P("alquiler_falso", "sms",
  "Ultimo dia para reservar {piso} en {ciudad} a {monto_alq}/mes. «Deposita|Depositá» ya la garantía aquí: {url_corta}",
  ruido=0.6)
P("alquiler_falso", "chat",
  "Buenas, soy la agente de [Inmobiliaria Sol y Luna|Inmuebles Faro]. El propietario acepta su solicitud. Para enviarle el contrato "
  "necesitamos copia de su {documento}, sus tres últimas nóminas y el pago del primer mes por adelantado. La visita se hará después "
  "de la firma.",
  hard=True)
P("alquiler_falso", "email",
  "Alquiler vacacional en [la playa|la sierra] a mitad de precio\n\nÚltimas fechas libres en {mes}: casa con piscina por solo "
  "{monto_m} la semana. Reserva ya rellenando tus datos y los de tu tarjeta en {url_corta}; las plazas vuelan.",
  ruido=0.4)

L("alquiler_falso", "email",
  "Hola, {nombre}:\n\nTe confirmamos la visita al {piso} de la calle [Olmo|Alameda|Las Acacias], {nn}, el {fecha} a las {hora}. "
  "Te esperará {remitente} en {portal}.\n\nRecuerda que no cobramos reservas antes de ver la vivienda y que todos los pagos se "
  "hacen con el contrato firmado en nuestra oficina de {ciudad}.\n\nInmobiliaria [Los Tilos|Casa Clara]",
  hard=True, paises=NOT_AR)
L("alquiler_falso", "chat",
  "Hola, {nombre}, soy {remitente}, [te alquilo el {piso}|de la administración del edificio]. El {fontanero} pasa el {dia} por la mañana a "
  "arreglar [{calefon}|{grifo} de la cocina] {emo} ¿Habrá alguien en casa?")
L("alquiler_falso", "email",
  "Recordatorio\n\nEl alquiler de {mes} ({monto_alq}) se cargará el día 1 en la cuenta domiciliada. Si tienes algún problema con el "
  "pago, llámanos a la oficina de siempre.\n\nAdministración de fincas [Hermanos Prieto|Los Tilos]",
  hard=True, paises=NOT_AR)
L("alquiler_falso", "chat",
  "¿Me «pasas|pasás» tu parte del alquiler cuando «puedas|puedas»? Ya le pagué al dueño {emo} [Son {monto_m}.|Lo de siempre.]",
  hard=True)
L("alquiler_falso", "email",
  "¡Gracias por tu reserva en [Casa Rural El Roble|Cabañas Los Alerces|Apartamentos Brisa Marina]!\n\nHas pagado {monto_m} a través "
  "de la plataforma. El resto se paga a la llegada. Te enviaremos la dirección exacta y cómo llegar una semana antes.",
  paises=NOT_AR)
L("alquiler_falso", "chat",
  "El {piso} que vimos [el sábado|ayer] me encantó {emo} La inmobiliaria dice que el contrato se firma en su oficina y que la fianza "
  "se paga ese mismo día, con recibo. [¿Vamos juntos?|¿Me acompañas?]",
  hard=True, paises=NOT_AR)
# --- cuenta_bloqueada ----------------------------------------------------------
P("cuenta_bloqueada", "email",
  "Su buzón de correo ha alcanzado el [98|99] % de su capacidad.\n\nLos mensajes nuevos serán rechazados. Para ampliar el espacio "
  "gratuitamente, verifique su cuenta en {servicio_fake}\n\nAdministrador del sistema",
  ruido=0.4)
P("cuenta_bloqueada", "email",
  "Hola, {nombre}:\n\nHemos recibido una denuncia por infracción de derechos de autor en tu perfil de {red}. Si crees que es un error, "
  "presenta una apelación en las próximas 24 horas en:\n{red_fake}\n\nDe lo contrario, tu cuenta será eliminada de forma permanente.\n\n"
  "Equipo de Cumplimiento de {red}",
  hard=True, paises=NOT_AR)
P("cuenta_bloqueada", "sms",
  "Su cuenta de {servicio} será desactivada hoy por inactividad. Para mantenerla activa, inicie sesión: {servicio_fake}",
  ruido=0.5)
P("cuenta_bloqueada", "chat",
  "¡Hola! {emo2} Somos del equipo de verificación de {red}. Tu cuenta puede recibir la insignia de perfil verificado: "
  "solo «completa|completá» el formulario con tu usuario y tu contraseña: {red_fake}",
  ruido=0.6)
P("cuenta_bloqueada", "email",
  "Alguien ha intentado acceder a tu cuenta de {servicio} desde {dispositivo} en {ciudad}.\n\nSi no has sido tú, protege tu cuenta "
  "ahora confirmando tu contraseña actual:\n{servicio_fake}\n\nEl equipo de {servicio}",
  hard=True, paises=NOT_AR)
P("cuenta_bloqueada", "chat",
  "[Oye|Ey], ¿eres tú el de [la foto|este vídeo]? {emo} {url_corta} [Te están etiquetando por todos lados.|No me lo puedo creer.]",
  ruido=0.5, paises=NOT_AR)

L("cuenta_bloqueada", "email",
  "Nuevo inicio de sesión en tu cuenta de {servicio}\n\nDesde: {dispositivo}, {ciudad}, el {fecha}.\n\nSi has sido tú, no hace falta "
  "hacer nada. Si no, cambia tu contraseña desde Configuración > Seguridad en la app.",
  hard=True, paises=NOT_AR)
L("cuenta_bloqueada", "email",
  "Tu buzón está casi lleno\n\nEstás usando el [90|92|95] % de tus 15 GB. «Libera|Liberá» espacio borrando correos antiguos o «amplía|ampliá» tu plan "
  "desde la configuración de tu cuenta de {servicio}.",
  hard=True)
L("cuenta_bloqueada", "chat",
  "Me [hackearon|han hackeado|robaron] el perfil de {red} {emo_mal} Si ‹os llega|les llega› algo raro de mi parte, no ‹abráis|abran› "
  "nada. Ya estoy recuperándolo.",
  hard=True)
L("cuenta_bloqueada", "sms",
  "{servicio}: tu contraseña se ha cambiado correctamente. Si no has sido tú, recupera tu cuenta desde la app.",
  hard=True, paises=NOT_AR)
L("cuenta_bloqueada", "email",
  "Tu resumen semanal en {red}\n\n{nn} personas vieron tu perfil y tienes {n} mensajes sin leer. Ábrelos en la app cuando quieras.\n\n"
  "Puedes desactivar estos avisos en Configuración > Notificaciones.",
  paises=NOT_AR)
L("cuenta_bloqueada", "chat",
  "Ya activé la verificación en dos pasos en {red}, como dijiste {emo} [Me costó un poco, pero ya está.|Tardé cinco minutos.]")

# --- compraventa --------------------------------------------------------------
P("compraventa", "chat",
  "Hola, me interesa tu {articulo_s} {emo} Quiero cerrarlo ya, pero estoy de viaje. Te pago por el servicio de envíos de {mercado}: te llegará "
  "un enlace para recibir el dinero, solo «tienes|tenés» que poner los datos de tu tarjeta para que te lo ingresen.",
  hard=True)
P("compraventa", "email",
  "{mercado}: el comprador ha pagado {monto_m} por su artículo.\n\nPara recibir el dinero, confirme sus datos bancarios en "
  "{mercado_fake}\n\nEl pago se liberará en cuanto complete la verificación.",
  ruido=0.3)
P("compraventa", "chat",
  "Sí, está disponible. Como hay mucha gente interesada, si me «haces|hacés» una señal de {monto_10} por transferencia te lo reservo. "
  "No hago entregas en mano [por trabajo|porque vivo lejos].",
  hard=True)
P("compraventa", "sms",
  "{mercado}: su cuenta de vendedor ha sido limitada. Verifique su identidad para desbloquear sus ventas: {mercado_fake}",
  ruido=0.5)
P("compraventa", "chat",
  "hola sigue disponible? te lo compro, te mando el dinero ahora mismo. me pasas tu numero de tarjeta, la fecha y el codigo de "
  "atras para hacerte el ingreso?",
  ruido=0.8)
P("compraventa", "chat",
  "[Buenas|Hola], te pagué de más por {articulo}, te mandé {monto_alto} en lugar de {monto_10} {emo} "
  "¿Me «devuelves|devolvés» la diferencia a esta cuenta? Es que la mía está bloqueada: {cuenta}",
  hard=True)

L("compraventa", "chat",
  "Hola, ¿sigue disponible {articulo}? ¿Podría pasar a echarle un vistazo el {dia} por la mañana? {emo}")
L("compraventa", "chat",
  "Sí, sigue disponible. «Puedes|Podés» pasar el {dia} por {ciudad} y, si te convence, me «pagas|pagás» en mano o con el pago protegido de la "
  "app de {mercado}. Sin adelantos.",
  hard=True)
L("compraventa", "email",
  "{mercado}: ¡has vendido tu {articulo_s}!\n\nEl comprador ya ha pagado. Imprime la etiqueta desde la app y lleva el paquete a un "
  "punto de entrega antes del {fecha}. Recibirás el dinero cuando el comprador confirme la recepción.",
  hard=True, paises=NOT_AR)
L("compraventa", "sms",
  "{mercado}: tu pago de {monto_m} está retenido hasta que confirmes la recepción del pedido en la app.",
  hard=True)
L("compraventa", "chat",
  "¿Me «haces|hacés» un descuento si me llevo las dos sillas? {emo} [Te las recojo esta tarde.|Puedo ir hoy mismo.]")
L("compraventa", "chat",
  "Ya me llegó {articulo}, todo perfecto {emo} Te acabo de poner cinco estrellas en {mercado}. ¡Gracias!")

# --- cita_previa --------------------------------------------------------------
P("cita_previa", "sms",
  "{salud}: su cita médica del {fecha} ha sido cancelada. Para reprogramarla, confirme sus datos y su número de {documento} en {salud_fake}",
  ruido=0.4)
P("cita_previa", "email",
  "Estimado/a paciente:\n\nEl resultado de sus análisis ya está disponible. Por la protección de datos, para consultarlo debe "
  "verificar su identidad introduciendo los datos de su tarjeta bancaria (no se realizará ningún cargo) en:\n{salud_fake}\n\n{salud}",
  hard=True)
P("cita_previa", "chat",
  "¡Hola! {emo2} Le escribimos de la clínica dental [Sonrisa Plena|Dentalia Norte]: ha ganado una limpieza gratis. Reserve hoy "
  "pagando {monto_s} de gastos de gestión en {url_corta}",
  ruido=0.6)
P("cita_previa", "sms",
  "{ayto}: tiene una cita pendiente para renovar su {documento}. Si no la confirma hoy abonando la tasa de {monto_s} en {ayto_fake}, "
  "la perderá.",
  hard=True)
P("cita_previa", "email",
  "La campaña de vacunación [de la gripe|de otoño] ha comenzado.\n\nReserve su cita en {salud_fake} indicando su número de tarjeta "
  "sanitaria y los datos de su tarjeta bancaria para el copago de {monto_s}.\n\n{salud}",
  hard=True)
P("cita_previa", "sms",
  "Recordatorio {salud}: mañana tiene cita a las {hora}. Si no confirma su asistencia en {salud_fake} se le cobrará una penalización "
  "de {monto_m}.",
  ruido=0.4)

L("cita_previa", "sms",
  "{salud}: le recordamos su cita con [medicina general|el dentista|la pediatra|enfermería] el {fecha} a las {hora}. Si no puede "
  "acudir, anúlela en la app o en {salud_url}.",
  hard=True)
L("cita_previa", "email",
  "Su cita está confirmada\n\nTrámite: renovación del {documento}\nFecha: {fecha}\nHora: {hora}\nLugar: oficina de {ciudad}\n\n"
  "Traiga la documentación indicada y el justificante de la tasa. Si necesita cambiar la cita, hágalo desde la sede electrónica.",
  hard=True)
L("cita_previa", "chat",
  "No te olvides de que mañana «tienes|tenés» el dentista a las {hora} {emo} [Yo te llevo.|¿Te acompaño?]")
L("cita_previa", "sms",
  "Peluquería [Tijeras de Oro|Estilo Libre]: te esperamos el {dia} a las {hora}. Responde NO si no puedes venir.",
  paises=NOT_AR)
L("cita_previa", "email",
  "Tus resultados ya están disponibles\n\nHola, {nombre}: puedes ver los resultados de tus análisis en la app de {salud}, entrando "
  "con tu usuario habitual. Por seguridad, no los enviamos por correo. Si tienes dudas, coméntalas en tu próxima consulta.",
  hard=True, paises=NOT_AR)
L("cita_previa", "chat",
  "Hola, {nombre}, soy {remitente} de la consulta del doctor {apellido}. [Se nos ha complicado la agenda|El doctor tiene una "
  "urgencia]: ¿le iría bien pasar la cita del {dia} a las {hora2}? {emo}",
  hard=True)

# --- oferta_tienda --------------------------------------------------------------
P("oferta_tienda", "email",
  "¡LIQUIDACIÓN TOTAL!\n\n[Zapatillas|Relojes|Bolsos|Gafas de sol] de marca con un 90 % de descuento. Solo hoy y hasta agotar "
  "existencias: {tienda_fake}",
  ruido=0.4)
P("oferta_tienda", "sms",
  "{tienda}: tu pedido no se ha podido completar. «Confirma|Confirmá» tu pago de nuevo en {tienda_fake} para no perder tu reserva.",
  ruido=0.4)
P("oferta_tienda", "chat",
  "Oferta exclusiva por WhatsApp {emo2}{emo2} [freidora de aire|robot aspirador|televisor de 50 pulgadas] por {monto_10}, solo hoy, "
  "quedan 3 unidades: {url_corta}",
  ruido=0.5)
P("oferta_tienda", "email",
  "Hola, {nombre}:\n\nComo cliente de {tienda}, tienes un reembolso pendiente de {monto_m} por un pedido duplicado. Para recibirlo, "
  "inicia sesión y confirma la tarjeta en la que quieres el abono:\n{tienda_fake}\n\nGracias por tu paciencia,\nAtención al Cliente",
  hard=True, paises=NOT_AR)
P("oferta_tienda", "email",
  "¡Cerramos!\n\nDespués de 30 años, {tienda} cierra sus puertas y liquida todo su stock con descuentos de hasta el 80 %. "
  "Como ya no podemos aceptar tarjetas, los pedidos se pagan solo por transferencia a {cuenta}.\n\nGracias por tantos años.",
  hard=True)
P("oferta_tienda", "sms",
  "Felicidades, has sido elegido para probar gratis [un móvil|unos auriculares|una tablet] de {tienda}. Solo pagas {monto_s} de envío: "
  "{tienda_fake}",
  ruido=0.5, paises=NOT_AR)

L("oferta_tienda", "email",
  "Hola, {nombre}: esta semana en {tienda}\n\n[20 % de descuento en|Hasta un 30 % en] [menaje de cocina|ropa de abrigo|jardinería]. "
  "Oferta válida hasta el {fecha} en {tienda_url} y en nuestras tiendas físicas.\n\n"
  "Si no quieres recibir más correos, date de baja desde tu perfil.",
  hard=True, paises=NOT_AR)
L("oferta_tienda", "email",
  "Tu pedido #{ref} está confirmado\n\nTotal: {monto_m}. Te avisaremos cuando salga del almacén.\n\nGracias por comprar en {tienda}.")
L("oferta_tienda", "sms",
  "{tienda}: ¡solo hoy! envío gratis en pedidos de más de {monto_10}. «Compra|Comprá» en {tienda_url}. Para no recibir más SMS, «responde|respondé» BAJA.",
  hard=True)
L("oferta_tienda", "chat",
  "«Mira|Mirá» qué oferta en {tienda} {emo} ¿la compro yo y la repartimos? [Es el mismo modelo que tiene tu hermano.|Está a mitad de precio.]")
L("oferta_tienda", "email",
  "Hemos procesado tu devolución\n\nReembolsaremos {monto_m} en la tarjeta con la que pagaste en un plazo de 5 a 10 días hábiles. "
  "No «tienes|tenés» que hacer nada más.\n\nEquipo de {tienda}",
  hard=True)
L("oferta_tienda", "chat",
  "Me llegó un SMS de {tienda} con descuentos, pero el enlace era rarísimo {emo_mal} Entré desde la app y la oferta era de verdad, "
  "[menos mal|qué susto].",
  hard=True, paises=NOT_AR)


# ---------------------------------------------------------------------------
# Plantillas compositivas: cada esqueleto se monta eligiendo, por separado,
# saludo, pretexto, petición o información, presión, cierre y estilo del canal.
# ---------------------------------------------------------------------------
# Peticiones de phishing por categoría: (texto, lleva enlace falso)
ASK = {
    "cred": [("«Introduce|Introducí» tu usuario y tu contraseña en {FAKE} para [confirmar tu identidad|mantener el acceso].", True),
             ("[Confirma|Verifica] tus datos de acceso [aquí|en este enlace]: {FAKE}".replace("Confirma", "«Confirma|Confirmá»")
              .replace("Verifica", "«Verifica|Verificá»"), True),
             ("Para [evitarlo|solucionarlo], «inicia|iniciá» sesión desde este enlace seguro: {FAKE}", True),
             ("Solo «tienes|tenés» que [validar|reactivar] tu cuenta con tu clave [habitual|de siempre] en {FAKE}", True)],
    "card": [("«Actualiza|Actualizá» los datos de tu tarjeta (número, caducidad y código de seguridad) en {FAKE}", True),
             ("«Respóndenos|Respondenos» con el número de tu tarjeta, la fecha de caducidad y los tres dígitos de atrás.", False),
             ("[Necesitamos|Hace falta] que «confirmes|confirmes» la tarjeta asociada [en|desde] {FAKE}; no se hará ningún cargo.", True)],
    "code": [("Te va a llegar un código por SMS: «dímelo|decímelo» por aquí para [completar|cancelar] la operación.", False),
             ("«Reenvíanos|Reenvianos» el código de seis cifras que acabas de recibir; sin él no podemos [frenar|anular] el proceso.", False),
             ("«Escribe|Escribí» en {FAKE} el código que te enviamos [por SMS|al correo] para [terminar|confirmar] el trámite.", True)],
    "fee": [("«Paga|Pagá» {monto_s} [de gastos de gestión|de tasa|de tramitación] con tarjeta en {FAKE}", True),
            ("[Para liberarlo|Para continuar] solo hay que abonar {monto_10} [en|a través de] {url_corta}", True),
            ("Solo «tienes|tenés» que adelantar {monto_10} por {transferencia} a la {cuenta} y lo [liberamos|resolvemos] hoy.", False)],
    "transfer": [("«Haz|Hacé» {transferencia} de {monto_l} a la {cuenta} [antes de las 14:00|hoy mismo|cuanto antes].", False),
                 ("[Necesito|Necesitamos] que «envíes|envíes» {monto_l} a la {cuenta}; [es la cuenta nueva|la otra está bloqueada].", False)],
    "app": [("«Descarga|Descargá» [la aplicación de soporte|nuestra app de verificación] desde {FAKE} e «instálala|instalala» para que "
             "un técnico [revise el problema|complete el proceso] en remoto.", True),
            ("«Instala|Instalá» la herramienta de [asistencia remota|protección] que «encontrarás|vas a encontrar» en {FAKE} y «sigue|seguí» las instrucciones.", True)],
    "reply": [("«Contesta|Contestá» a este mensaje con tu nombre completo, tu {documento} y tu fecha de nacimiento.", False),
              ("«Escribe|Escribí» [ahora|cuanto antes] a nuestro agente por este mismo chat y «dale|dale» el número de tu tarjeta.", False),
              ("«Responde|Respondé» con [tu clave de acceso|tu PIN] para que un gestor [lo revise|lo desbloquee] [en persona|de inmediato].", False)],
    "qr": [("«Escanea|Escaneá» el código QR adjunto con tu {movil} e «introduce|introducí» tus datos bancarios para [confirmar|validar] el pago.", False),
           ("«Escanea|Escaneá» el QR de la imagen y «completa|completá» el formulario con tu tarjeta [antes de las 20:00|hoy].", False)],
    "doc": [("«Envíanos|Envianos» una foto de tu {documento} por las dos caras [y un selfi sosteniéndolo|] [por este chat|respondiendo a este correo].", False),
            ("«Sube|Subí» una foto de tu {documento} y de tu tarjeta en {FAKE} para [verificar tu perfil|terminar el alta].", True)],
}
ASK = {k: [(t.replace("«confirmes|confirmes»", "confirmes").replace("«envíes|envíes»", "envíes")
            .replace("«dale|dale»", "dale"), l) for t, l in v] for k, v in ASK.items()}

PRESION = ["Si no lo «haces|hacés» en 24 horas, [la cuenta quedará bloqueada|«perderás|vas a perder» el acceso|el trámite se anulará].",
           "«Tienes|Tenés» hasta hoy a las 23:59.", "[Es urgente.|Es muy urgente, por favor.|Urgente.]",
           "Por tu seguridad, no «comentes|comentés» este mensaje con nadie.",
           "Pasado el plazo se aplicará un recargo de {monto_10}.", "[Último aviso.|AVISO FINAL.]",
           "[Solo quedan unas horas|El plazo vence hoy]: no lo «dejes|dejés» para más tarde."]
# Falsa tranquilidad: frases de seguridad que el phishing también copia.
CALMA_PHI = ["Por tu seguridad, nunca «compartas|compartás» tu contraseña con terceros.",
             "{EA} nunca te pedirá tu PIN por teléfono.", "Si ya lo hiciste desde la app, ignora este mensaje.",
             "Es un trámite rápido y seguro.", "No se realizará ningún cargo.", "Gracias por tu comprensión."]
URGE_LEG = ["Importante: el plazo termina el {fecha}.", "[Urgente|Aviso importante]: «revísalo|revisalo» hoy si no lo «reconoces|reconocés».",
            "Si no fuiste tú, «actúa|actuá» cuanto antes.", "No lo «dejes|dejés» para el último día: el plazo acaba el {fecha}."]
LEG_LINK = ["[Puedes|Podés] [consultarlo|revisarlo|gestionarlo] en {URL} o en la app de {EA}.".replace("[Puedes|Podés]", "«Puedes|Podés»"),
            "Más información en {URL}.", "Si no lo «reconoces|reconocés», «entra|entrá» en {URL} escribiendo la dirección en el navegador.",
            "«Tienes|Tenés» todos los detalles en tu área de cliente: {URL}", "[Detalles|Consulta] en {URL}"]
LEG_NOLINK = ["No «tienes|tenés» que hacer nada.", "Lo «verás|vas a ver» en la app de {EA}, en el apartado [Avisos|Mis trámites|Notificaciones].",
              "Si «tienes|tenés» dudas, llama al número de atención que figura en tu contrato.",
              "Para cualquier gestión, «usa|usá» la app oficial de {EA}, como siempre.",
              "«Puedes|Podés» pasar por cualquiera de nuestras oficinas si lo prefieres."]
# Acciones legítimas que usan el mismo vocabulario que el phishing (pagar, tarjeta, código, QR…) por el canal oficial.
LEG_ESPEJO = ["«Paga|Pagá» el importe desde la app de {EA} o en {URL}; no aceptamos pagos por enlaces en SMS.",
              "Si quieres actualizar tu tarjeta, «hazlo|hacelo» desde la app oficial, nunca desde un enlace que te llegue por mensaje.",
              "No «respondas|respondás» a mensajes que te pidan tu contraseña, tu PIN o el código que te enviamos.",
              "Nadie de {EA} te pedirá que «instales|instalés» aplicaciones de asistencia remota ni que «escanees|escanees» un QR para pagar.",
              "Para confirmar tus datos, «entra|entrá» en la app de {EA} con tu usuario y tu contraseña de siempre.",
              "Si alguien te escribe en nuestro nombre pidiéndote una transferencia, no la «hagas|hagás» y «avísanos|avisanos» desde la app.",
              "El pago con tarjeta se hace solo en {URL}, escribiendo tú la dirección."]
LEG_NOTA = ["[Recuerda|Te recordamos]: {EA} nunca te pedirá contraseñas, códigos ni datos de la tarjeta por [SMS|correo|chat].",
            "No compartas con nadie los códigos que te enviemos.", "Nunca te pediremos pagos ni claves por enlace."]

OPEN_ORG = {
    "sms": ["{E}:", "{E} informa:", "[AVISO|Aviso] {E}:", "{E} -", ""],
    "email": ["Hola, {nombre}:", "Estimado/a cliente:", "Buenos días, {nombre}:", "Apreciado/a {nombre}:", "Estimado/a {nombre} {apellido}:"],
    "chat": ["Hola, {nombre} {emo}", "¡Hola! Te escribimos de {EA}.", "Buenas, {nombre}. Soy {remitente}, de {EA}.", "Hola 👋, te escribimos desde {EA}."],
}
CLOSE_ORG = {
    "sms": ["", "", "Gracias.", "Resp. BAJA para no recibir SMS."],
    "email": ["Un saludo,\n{E}", "Atentamente,\nEquipo de atención al cliente de {EA}", "Saludos cordiales,\n{remitente} {apellido}\n{E}",
              "Gracias por confiar en {EA}."],
    "chat": ["", "Gracias {emo}", "Quedo atento/a.", "¡Saludos!"],
}
OPEN_PER = {
    "sms": ["", "Hola.", "{nombre}:"],
    "email": ["Hola, {nombre}:", "Buenos días, {nombre}:", "{nombre}:"],
    "chat": ["Hola {emo}", "[Hola|Ey], {nombre}.", "Buenas.", ""],
}
CLOSE_PER = {
    "sms": ["", "{remitente}"],
    "email": ["Gracias,\n{remitente}", "Un saludo,\n{remitente} {apellido}", "{remitente}"],
    "chat": ["", "Gracias {emo}", "Un beso {emo2}", "{emo2}"],
}

# Por tema: entidad, direcciones, categorías de petición y pretextos (phishing) e informaciones (legítimos).
# Pretextos e informaciones marcados con «!» al principio llevan urgencia (cuentan como negativos difíciles).
COMP = {
    "bloqueo_bancario": dict(E="banco", URL="banco_url", FAKE="banco_fake", asks=["cred", "card", "code", "app", "reply"],
        phi=["[Hemos detectado|Detectamos] un [acceso|cargo] [inusual|no autorizado] en tu cuenta desde {ciudad}.",
             "Tu tarjeta terminada en {last4} ha sido [suspendida|limitada] por una actualización de seguridad pendiente.",
             "Estamos migrando a un nuevo sistema y tu perfil [quedó incompleto|necesita una revisión].",
             "[Retuvimos|Hemos frenado] una transferencia de {monto_l} a tu nombre que no parece tuya.",
             "Tu banca digital [se desactivará|quedará inactiva] por no haber confirmado tus datos este año."],
        leg=["Hemos bloqueado de forma preventiva tu tarjeta terminada en {last4} por un cargo de {monto_m} en {comercio}.",
             "El {fecha} se inició sesión en tu banca digital desde {dispositivo}.",
             "Ya «tienes|tenés» disponible el extracto de {mes} de tu cuenta.",
             "Tu nueva tarjeta terminada en {last4} [ya está activa|se ha activado correctamente].",
             "!Hemos cerrado tu sesión por seguridad tras varios intentos fallidos de acceso."]),
    "tasa_paqueteria": dict(E="paqueteria", URL="paq_url", FAKE="paq_fake", asks=["fee", "card", "reply", "qr"],
        phi=["Tu paquete {tracking} está retenido en aduana por tasas pendientes.",
             "No pudimos entregar tu envío porque la dirección está incompleta.",
             "Tu pedido volverá al remitente si no se cubren los gastos de gestión.",
             "El repartidor intentó entregar tu paquete [esta mañana|ayer] y no había nadie."],
        leg=["Tu paquete {tracking} saldrá a reparto el {dia} entre las {hora} y las {hora2}.",
             "!Tu envío {tracking} está en la oficina de {ciudad}; tienes 7 días para recogerlo.",
             "Hemos entregado tu paquete {tracking} [en conserjería|a un vecino|en tu buzón].",
             "!Tu envío {tracking} tiene [aranceles|impuestos de importación] de {monto_m} que cobrará el repartidor al entregarlo, en efectivo o con tarjeta."]),
    "devolucion_impuestos": dict(E="hacienda_nom", EA="hacienda", URL=None, FAKE="hac_fake", asks=["card", "cred", "fee", "doc"],
        phi=["Tras revisar tu declaración, te corresponde una devolución de {monto_m}.",
             "Tienes una notificación pendiente por un error en tu declaración de {mes}.",
             "Se ha abierto un expediente sancionador a tu nombre por {monto_m} sin pagar.",
             "Tu devolución de {monto_m} no se ha podido abonar porque tu cuenta no está verificada."],
        leg=["Tu declaración de este año ha sido presentada correctamente con la referencia {ref}.",
             "La devolución de {monto_m} se abonará en la cuenta que indicaste en tu declaración.",
             "!El plazo para presentar la declaración anual termina el {fecha}.",
             "!Tienes una notificación disponible en tu buzón de la sede electrónica oficial."]),
    "soporte_tecnico": dict(E="empresa", URL="intranet", FAKE="empresa_fake", asks=["cred", "app", "code"],
        phi=["Tu buzón de correo corporativo ha superado el límite de almacenamiento.",
             "Hemos detectado un virus en tu {ordenador} de trabajo.",
             "Tu contraseña corporativa caduca hoy.",
             "Estamos migrando las cuentas al nuevo servidor de correo."],
        leg=["El sábado de 8:00 a 12:00 habrá mantenimiento en el correo corporativo.",
             "!Tu contraseña corporativa caduca el {fecha}; cámbiala desde la intranet como siempre.",
             "Hemos instalado la actualización de seguridad en todos los equipos de la oficina.",
             "El ticket {ref} sobre tu {ordenador} está resuelto."]),
    "premio_sorteo": dict(E="operador", URL="op_url", FAKE="op_fake", asks=["fee", "card", "cred", "reply"],
        phi=["¡Enhorabuena! Has ganado [un {movil} nuevo|un viaje para dos|{monto_l}] en nuestro sorteo de aniversario.",
             "Tus puntos acumulados caducan hoy y puedes canjearlos por regalos.",
             "Has sido elegido para recibir un bono de {monto_m} por tu fidelidad.",
             "Eres el ganador del sorteo mensual entre nuestros clientes."],
        leg=["Los ganadores del sorteo de {mes} se publicarán en nuestra web y en la app.",
             "!Tus puntos caducan el {fecha}; puedes canjearlos desde la app.",
             "Este mes has acumulado {nn} puntos con tus recargas.",
             "Gracias por participar en la encuesta; no hubo premio esta vez."]),
    "pago_streaming": dict(E="streaming", URL="stream_url", FAKE="stream_fake", asks=["card", "cred"],
        phi=["No hemos podido cobrar tu suscripción y tu cuenta se suspenderá.",
             "Tu plan ha caducado y perderás tus listas guardadas.",
             "Hemos detectado que compartes la cuenta fuera de tu hogar.",
             "Tu método de pago ha sido rechazado por tu banco."],
        leg=["Hemos cobrado {monto_10} de tu suscripción de {mes}.",
             "!Tu tarjeta caduca este mes; actualízala desde la app cuando puedas.",
             "El precio de tu plan subirá a {monto_10} a partir del {fecha}.",
             "Ya está disponible la nueva temporada de tu serie favorita."]),
    "criptomonedas": dict(E="exchange", URL="exchange_url", FAKE="cripto_fake", asks=["cred", "fee", "transfer", "app"],
        phi=["Tu monedero tiene un saldo de {monto_l} pendiente de retirar.",
             "Nuestro sistema con inteligencia artificial multiplica tu inversión en una semana.",
             "Tu cuenta necesita una verificación de identidad para liberar los fondos.",
             "Un asesor ha reservado para ti una plaza en nuestro plan de inversión garantizado."],
        leg=["Tu retirada de {monto_m} se ha completado.",
             "!Hemos activado la verificación en dos pasos en tu cuenta.",
             "Las criptomonedas son volátiles: puedes perder lo invertido.",
             "Tu informe fiscal anual ya está disponible en tu perfil."]),
    "empleo_falso": dict(E="empresa", URL="empresa_url", FAKE="empresa_fake", asks=["fee", "doc", "card", "transfer"],
        phi=["Hemos visto tu currículum y encajas en un puesto en remoto de {monto_m} al día.",
             "Buscamos personas para valorar productos desde casa, sin experiencia.",
             "Has superado la primera fase del proceso de selección.",
             "Te ofrecemos un puesto de administrativo con incorporación inmediata."],
        leg=["Gracias por tu candidatura; te llamaremos para una entrevista la semana que viene.",
             "!Te confirmamos la entrevista el {dia} a las {hora} en nuestras oficinas de {ciudad}.",
             "Lamentamos comunicarte que hemos seguido con otros candidatos.",
             "Tu contrato está listo para firmar en la oficina el primer día."]),
    "factura_falsa": dict(E="proveedor", URL="proveedor_url", FAKE="proveedor_fake", asks=["transfer", "cred", "card"],
        phi=["Hemos cambiado de banco y las facturas pendientes se pagan en la cuenta nueva.",
             "La factura {ref} de {monto_alto} está vencida y se enviará a cobro.",
             "Te adjuntamos la factura {ref}; hay un error en el importe cobrado.",
             "Tu factura {ref} está disponible en nuestro portal de documentos."],
        leg=["Te enviamos la factura {ref} de {monto_alto}, que se cargará en la cuenta domiciliada de siempre.",
             "!La factura {ref} vence el {fecha}; si ya la has pagado, ignora este aviso.",
             "Hemos recibido tu pago de la factura {ref}. Gracias.",
             "Nuestros datos bancarios no cambian; cualquier cambio te lo comunicaremos en persona."]),
    "corte_suministro": dict(E="electrica", URL="util_url", FAKE="util_fake", asks=["fee", "card", "reply"],
        phi=["Tienes un recibo impagado de {monto_m} y el suministro se cortará hoy.",
             "Un técnico irá a cortar la luz de tu domicilio esta tarde.",
             "Tienes derecho a un reembolso de {monto_m} por un cobro duplicado.",
             "Tu contador necesita una actualización que tiene coste."],
        leg=["Tu factura de {mes} es de {monto_m} y se cargará el {fecha}.",
             "!El {dia} habrá un corte programado de luz en tu calle de {hora} a {hora2} por obras.",
             "Hemos recibido la lectura de tu contador. Gracias.",
             "!Tienes un recibo pendiente de {monto_m}; puedes pagarlo desde el área de clientes."]),
    "codigo_qr": dict(E="ayto", URL="ayto_url", FAKE="ayto_fake", asks=["qr", "card", "fee"],
        phi=["Tu ticket de aparcamiento ha caducado y tienes una sanción de {monto_10}.",
             "Para acceder al evento debes validar tu entrada.",
             "Hemos actualizado el sistema de pago del aparcamiento.",
             "Tu abono de transporte necesita renovarse."],
        leg=["Tu entrada para el {dia} incluye un QR que se escanea en la puerta; no lo compartas.",
             "!Desde el {fecha}, el aparcamiento municipal se paga con la app oficial o en el parquímetro.",
             "Cuidado con los QR pegados encima de los parquímetros: no son nuestros.",
             "Tu cita para el trámite municipal es el {fecha} a las {hora}."]),
    "codigo_verificacion": dict(E="servicio", URL="servicio_url", FAKE="servicio_fake", asks=["code", "cred"],
        phi=["Alguien ha intentado entrar en tu cuenta y necesitamos comprobar que eres tú.",
             "Te he enviado un código por error a tu {movil}.",
             "Tu cuenta se cerrará si no confirmas el número de teléfono.",
             "Estamos verificando a los usuarios para evitar cuentas falsas."],
        leg=["Tu código de verificación es {codigo}. No lo compartas con nadie, ni con nuestro equipo.",
             "!Se ha cambiado la contraseña de tu cuenta. Si no fuiste tú, cámbiala desde la app.",
             "Hemos activado la verificación en dos pasos en tu cuenta.",
             "!Alguien pidió un código para entrar en tu cuenta; si no fuiste tú, ignóralo y no lo compartas."]),
    "multa_trafico": dict(E="trafico_nom", EA="trafico", URL=None, FAKE="traf_fake", asks=["fee", "card", "qr"],
        phi=["Tienes una multa pendiente de {monto_10} por exceso de velocidad con el vehículo {matricula}.",
             "Tu vehículo {matricula} tiene una deuda de peaje con {peaje}.",
             "Se ha detectado una infracción de {transito} a tu nombre.",
             "Tu sanción aumentará si no la pagas con descuento hoy."],
        leg=["!Te recordamos que {itv} de tu vehículo {matricula} vence el {fecha}.",
             "Las multas solo se consultan en la sede electrónica oficial, nunca por enlaces en SMS.",
             "Hemos recibido el pago de la sanción {ref}. Gracias.",
             "!Tienes una notificación de tráfico en la sede oficial; consúltala escribiendo tú la dirección."]),
    "cuenta_bloqueada": dict(E="red", URL="red_url", FAKE="red_fake", asks=["cred", "code", "doc"],
        phi=["Tu cuenta ha sido denunciada por infringir derechos de autor.",
             "Tu perfil puede obtener la insignia de verificado.",
             "Tu cuenta será eliminada por actividad sospechosa.",
             "Hemos recibido una solicitud para borrar tu cuenta."],
        leg=["Alguien inició sesión en tu cuenta desde {dispositivo}; si fuiste tú, no hagas nada.",
             "!Tu cuenta está restringida 24 horas por incumplir las normas; puedes apelar desde la app.",
             "Hemos actualizado nuestras condiciones de uso.",
             "Tienes {n} mensajes sin leer."]),
    "cita_previa": dict(E="salud", URL="salud_url", FAKE="salud_fake", asks=["fee", "doc", "card"],
        phi=["Tu cita médica ha sido cancelada y hay que reprogramarla.",
             "Tus resultados de análisis están disponibles tras pagar la gestión.",
             "Tienes una vacuna pendiente que debes reservar hoy.",
             "Tu tarjeta sanitaria ha caducado."],
        leg=["Te recordamos tu cita del {fecha} a las {hora}.",
             "!Tu cita del {fecha} ha cambiado de hora; si no puedes venir, anúlala desde la app.",
             "Tus resultados ya están disponibles en tu área de paciente.",
             "!Mañana es tu cita: trae tu {documento} y llega diez minutos antes."]),
    "oferta_tienda": dict(E="tienda", URL="tienda_url", FAKE="tienda_fake", asks=["card", "fee", "cred", "transfer"],
        phi=["Tienes un reembolso pendiente de {monto_m} por un pedido duplicado.",
             "Has sido elegido para probar gratis un producto nuevo.",
             "Liquidamos todo el stock con descuentos de hasta el 80 %.",
             "Tu pedido no se ha podido completar."],
        leg=["Tu pedido #{ref} está confirmado y saldrá del almacén en dos días.",
             "!Solo hoy: envío gratis en pedidos de más de {monto_10}.",
             "Hemos procesado tu devolución de {monto_m}; llegará a tu tarjeta en 5 a 10 días.",
             "Esta semana hay un 20 % de descuento en ropa de abrigo."]),
    # Temas entre personas
    "fraude_ceo": dict(person=True, asks=["transfer", "code", "reply"],
        phi=["Soy {jefe}, estoy en una reunión y no puedo hablar.",
             "Necesito que me hagas un favor discreto antes de que cierre el banco.",
             "Estamos cerrando una compra confidencial y nadie más puede saberlo.",
             "Te escribo desde mi correo personal porque el corporativo no me funciona."],
        leg=["Mañana revisamos el presupuesto a las {hora}; trae las cifras del trimestre.",
             "!Necesito el informe de ventas antes del {dia}, es urgente para el comité.",
             "La factura {ref} del proveedor ya está aprobada; se paga por el circuito de siempre.",
             "‹Recordad|Recuerden› que cualquier pago nuevo necesita dos firmas, aunque ‹os lo pida|se lo pida› yo."]),
    "hola_mama": dict(person=True, asks=["transfer", "code", "fee"],
        phi=["Mamá, se me ha roto el {movil} y este es mi número nuevo.",
             "Papá, soy yo, estoy con el {movil} de un amigo.",
             "Mamá, tengo un problema y no puedo llamarte ahora.",
             "Mamá, soy tu hijo, guarda este número nuevo."],
        leg=["Mamá, ya he llegado a casa {emo}",
             "Papá, ¿me «recoges|pasás a buscar» a las {hora2} en la estación?",
             "¿Te paso a buscar el {dia} para ir a comer con la abuela?",
             "!Mamá, llámame cuando puedas, que se ha roto {calefon} y no sé qué hacer."]),
    "compraventa": dict(person=True, asks=["cred", "card", "fee"],
        phi=["Me interesa {articulo} que vendes en {mercado}.",
             "Ya te he pagado {articulo} a través de {mercado}.",
             "Soy de otra ciudad y te lo compro sin verlo.",
             "Quiero comprar {articulo}; mi transportista pasa a recogerlo."],
        leg=["¿Sigue disponible {articulo}?",
             "¿Podría pasar a verlo el {dia} por la tarde?",
             "!Te pago en mano cuando lo recoja, ¿te parece bien {monto_m}?",
             "Gracias, ya me ha llegado {articulo} y está perfecto."]),
    "alquiler_falso": dict(person=True, asks=["transfer", "doc", "fee"],
        phi=["El {piso} está disponible, pero ahora vivo en el extranjero.",
             "Hay muchos interesados en el {piso}.",
             "Te reservo el apartamento de vacaciones para las fechas que me pediste.",
             "El {piso} cuesta {monto_alq} al mes con todo incluido."],
        leg=["Puedes visitar el {piso} el {dia} a las {hora2}.",
             "!El contrato se firma en la inmobiliaria el {fecha}; trae tu {documento}.",
             "El {fontanero} pasará el {dia} a revisar {grifo}.",
             "Te confirmo la reserva; se paga a la llegada con tarjeta."]),
}
# Peticiones propias de los temas entre personas (sin enlace, salvo la compraventa con pasarela falsa).
ASK_PER = {
    ("fraude_ceo", "transfer"): ["«Haz|Hacé» {transferencia} de {monto_l} a la {cuenta}; ya te paso la factura luego.",
                                 "Compra [tarjetas regalo|tarjetas de regalo] por {monto_alto} y «envíame|enviame» los códigos por aquí."],
    ("fraude_ceo", "code"): ["Te va a llegar un código al {movil}; «pásamelo|pasámelo» en cuanto te llegue."],
    ("fraude_ceo", "reply"): ["«Respóndeme|Respondeme» solo por aquí y no lo «comentes|comentés» con nadie de la oficina."],
    ("hola_mama", "transfer"): ["¿Me «puedes|podés» hacer {transferencia} de {monto_m}? Te lo devuelvo mañana.",
                                "Tengo que pagar una factura urgente de {monto_alto} y la app no me deja, ¿me lo «pagas|pagás» tú a la {cuenta}?"],
    ("hola_mama", "code"): ["Te va a llegar un código por SMS, «mándamelo|mandámelo» que es para activar el {movil} nuevo."],
    ("hola_mama", "fee"): ["¿Me «mandas|mandás» {monto_10}? Es para el cargador, no tengo {dinero}."],
    ("compraventa", "cred"): ["Para cobrar, «entra|entrá» en {mercado_fake} e «introduce|introducí» los datos de tu tarjeta."],
    ("compraventa", "card"): ["«Pásame|Pasame» el número de tu tarjeta y la fecha de caducidad para hacerte el ingreso."],
    ("compraventa", "fee"): ["Antes de enviártelo, «paga|pagá» {monto_10} del seguro del envío en {mercado_fake}."],
    ("alquiler_falso", "transfer"): ["Para reservarlo, «haz|hacé» {transferencia} de {monto_alq} de fianza a la {cuenta} y te envío las llaves."],
    ("alquiler_falso", "doc"): ["«Envíame|Enviame» una foto de tu {documento} y de tu nómina antes de visitarlo."],
    ("alquiler_falso", "fee"): ["«Paga|Pagá» la señal de {monto_m} en {url_corta} y te lo guardo."],
}
PRESION_PER = ["Es urgente, porfa {emo_mal}", "No me llames, que no puedo hablar.", "Lo necesito en la próxima hora.",
               "Date prisa, que si no lo pierdo.", "Hay otra persona interesada."]
LEG_PER_EXTRA = ["Cualquier cosa me llamas.", "Luego hablamos.", "Gracias de antemano.", "Si no te va bien, dime otro día."]


VOS = {"tienes": "tenés", "puedes": "podés", "encajas": "encajás", "compartes": "compartís", "confirmas": "confirmás",
       "eres": "sos", "tú": "vos", "actualízala": "actualizala", "cámbiala": "cambiala", "ignora": "ignorá",
       "ignóralo": "ignoralo", "anúlala": "anulala", "trae": "traé", "dime": "decime", "debes": "debés", "vendes": "vendés",
       "llámame": "llamame", "pagas": "pagás", "haces": "hacés", "llamas": "llamás", "quieres": "querés",
       "guarda": "guardá", "recuerda": "recordá", "pides": "pedís", "prefieres": "preferís"}
RE_TU = re.compile(r"\b(" + "|".join(sorted(VOS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def vosear(s):
    "Marca como «tú|vos» las formas de tú que no lo están (fuera de los «…» ya marcados)."
    def one(m):
        w = m.group(0)
        v = VOS[w.lower()]
        return f"«{w}|{v[:1].upper() + v[1:] if w[0].isupper() else v}»"
    parts = re.split(r"(«[^»]*»)", s)
    return "".join(p if p.startswith("«") else RE_TU.sub(one, p) for p in parts)


def _fill(s, spec):
    "Sustituye las marcas genéricas {E}, {EA}, {URL} y {FAKE} por los huecos del tema."
    ea = spec.get("EA") or spec.get("E")
    if ea:
        s = s.replace("{EA}", "{" + ea + "}")
    for k in ("E", "URL", "FAKE"):
        if spec.get(k):
            s = s.replace("{" + k + "}", "{" + spec[k] + "}")
    return vosear(s)


def comp_templates(rng, per_label):
    "Esqueletos compositivos: `per_label` por tema y etiqueta, sin repetir la combinación de piezas."
    out = []
    for tipo, spec in COMP.items():
        person = spec.get("person", False)
        for label in (PHI, LEG):
            seen = set()
            made, tries = 0, 0
            while made < per_label:
                tries += 1
                assert tries < 5000, (tipo, label)
                canal = rng.choice(["chat", "chat", "sms"] if person else CANALES)
                opens = (OPEN_PER if person else OPEN_ORG)[canal]
                closes = (CLOSE_PER if person else CLOSE_ORG)[canal]
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
                    pool = ASK_PER.get((tipo, cat)) if person else None
                    pool = [(a, "_fake" in a or "url_corta" in a) for a in pool] if pool else ASK[cat]
                    ia = rng.randrange(len(pool))
                    ask, link = pool[ia]
                    if person and cat == "code" and tipo == "compraventa":
                        continue
                    parts.append(ask)
                    pres = rng.random() < 0.55
                    ip = rng.randrange(len(PRESION_PER if person else PRESION))
                    if pres:
                        parts.append((PRESION_PER if person else PRESION)[ip])
                    icalm = rng.randrange(len(CALMA_PHI) + 2)
                    if icalm < len(CALMA_PHI) and not person:
                        parts.append(CALMA_PHI[icalm])
                    hard = not pres and (not link or icalm < len(CALMA_PHI))
                    key = (canal, ist, cat, ia, pres and ip, icalm, io, ic)
                else:
                    ip, ia, ino = -1, -1, -1
                    if person:
                        if rng.random() < 0.5:
                            ia = rng.randrange(len(LEG_PER_EXTRA))
                            parts.append(LEG_PER_EXTRA[ia])
                        hard = urgent
                    else:
                        use_link = spec.get("URL") and rng.random() < 0.55
                        pool = LEG_LINK if use_link else LEG_NOLINK
                        if rng.random() < 0.45:
                            pool = [a for a in LEG_ESPEJO if spec.get("URL") or "{URL}" not in a]
                            use_link = False
                        ia = rng.randrange(len(pool))
                        parts.append(pool[ia])
                        use_link = use_link or "{URL}" in pool[ia]
                        ia = (id(pool) == id(LEG_LINK), ia) if False else (pool[0][:8], ia)
                        if rng.random() < 0.35:
                            ip = rng.randrange(len(URGE_LEG))
                            parts.insert(0 if rng.random() < 0.5 else len(parts), URGE_LEG[ip])
                        if rng.random() < 0.4:
                            ino = rng.randrange(len(LEG_NOTA))
                            parts.append(LEG_NOTA[ino])
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
                text = _fill(text, spec)
                ruido = {(PHI, "email"): 0.2, (PHI, "sms"): 0.35, (PHI, "chat"): 0.45,
                         (LEG, "email"): 0.0, (LEG, "sms"): 0.25, (LEG, "chat"): 0.45}[(label, canal)]
                t = T(label, tipo, canal, text, hard=hard, ruido=ruido)
                t.comp = True
                out.append(t)
                made += 1
    return out


# ---------------------------------------------------------------------------
# Generación, división y ficha
# ---------------------------------------------------------------------------
def assign_ids(rng):
    "Da a cada plantilla un id `tipo-NN` que no revela la etiqueta."
    by_tipo = defaultdict(list)
    for t in ALL_TEMPLATES:
        by_tipo[t.tipo].append(t)
    for tipo in sorted(by_tipo):
        ts = by_tipo[tipo][:]
        rng.shuffle(ts)
        for k, t in enumerate(ts, 1):
            t.id = f"{tipo}-{k:03d}"


def assign_splits(rng):
    "Reparte plantillas en train/validation/test por tema y etiqueta (unas 70/15/15)."
    carry = {"validation": 0.0, "test": 0.0}
    given = {s: Counter() for s in carry}  # plantillas ya asignadas a cada split, por etiqueta
    for tipo in TIPOS:
        groups = {lab: sorted([t for t in ALL_TEMPLATES if t.tipo == tipo and t.label == lab], key=lambda t: t.id)
                  for lab in (PHI, LEG)}
        for ts in groups.values():
            rng.shuffle(ts)
        n = sum(len(ts) for ts in groups.values())
        for t in ALL_TEMPLATES:
            if t.tipo == tipo:
                t.split = "train"
        for split in ("test", "validation"):
            want = SPLIT_FRACS[split] * n + carry[split]
            k = max(1, int(want + 0.5))
            carry[split] = want - k
            # empieza por la etiqueta que menos plantillas tiene ya en este split
            order = [PHI, LEG] if given[split][PHI] <= given[split][LEG] else [LEG, PHI]
            for i in range(k):
                lab = order[i % 2]
                pool = [t for t in groups[lab] if t.split == "train"]
                if len(pool) <= 1:  # deja siempre al menos una plantilla de cada etiqueta en train
                    lab = order[(i + 1) % 2]
                    pool = [t for t in groups[lab] if t.split == "train"]
                given[split][lab] += 1
                pool[0].split = split
                groups[lab].remove(pool[0])
                groups[lab].append(pool[0])


ALL_TEMPLATES = []


def generate():
    global ALL_TEMPLATES
    rng = random.Random(SEED)
    ALL_TEMPLATES = TEMPLATES + comp_templates(rng, COMP_PER_LABEL)
    for t in ALL_TEMPLATES:
        t.n = rng.choice(ROWS_PER_TEMPLATE)
    assign_ids(rng)
    assign_splits(rng)
    seen = set()
    rows = {s: [] for s in SPLITS}
    for t in sorted(ALL_TEMPLATES, key=lambda t: t.id):
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
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            rows[t.split].append({"text": text, "label": t.label, "canal": t.canal, "pais": pais,
                                  "tipo": t.tipo, "plantilla": t.id, "dificil": t.hard, "_ruido": ruido})
            made += 1
    # Casi duplicados entre splits (Jaccard de 5-gramas >= 0,8): se quita la fila de train.
    from _kit import near_duplicates_across
    drop = {i for a, i, b, j, _ in near_duplicates_across(rows) if a == "train"}
    rows["train"] = [r for k, r in enumerate(rows["train"]) if k not in drop]
    assert not near_duplicates_across(rows)
    for s in SPLITS:
        rng.shuffle(rows[s])
    return rows


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")


def table(header, rows):
    "Tabla Markdown a partir de una cabecera y filas."
    num = lambda c: isinstance(c, int) or str(c).endswith("%")
    right = [i > 0 and all(num(row[i]) for row in rows) for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def count_table(rows, field, values, first):
    "Recuento por `field` (filas) y split (columnas), con total."
    body = []
    for v in values:
        c = [sum(1 for r in rows[s] if r[field] == v) for s in SPLITS]
        body.append([v, *c, sum(c)])
    tot = [len(rows[s]) for s in SPLITS]
    body.append(["**total**", *tot, sum(tot)])
    return table([first, *SPLITS, "total"], body)


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
        "nombre": "phishing",
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


def fmt_pct(x):
    return f"{100 * x:.1f} %".replace(".", ",")


def dec(x, n=3):
    "Número con coma decimal, como se escribe en español."
    return f"{x:.{n}f}".replace(".", ",")


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


def card(rows, st):
    from _kit import minilm_line  # última medición de benchmarks/minilm_vs_tfidf.py
    allrows = [r for s in SPLITS for r in rows[s]]
    n = len(allrows)
    tot = st["splits"]["total"]
    n_tpl = tot["plantillas"]
    n_tpl_lab = Counter(t.label for t in ALL_TEMPLATES)
    n_hand = len(TEMPLATES)
    n_comp = len(ALL_TEMPLATES) - n_hand
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
`train` (`scripts/_kit.py::tfidf_lr_f1`): **F1 macro en test = {dec(f1)}**.

| filas de test | n | aciertos |
|---|---:|---:|
| `dificil = true` | {base["n_dificil"]} | {fmt_pct(base["acierto_dificil"])} |
| `dificil = false` | {base["n_facil"]} | {fmt_pct(base["acierto_facil"])} |
| `phishing` | {base["n_phishing"]} | {fmt_pct(base["acierto_phishing"])} |
| `legitimo` | {base["n_legitimo"]} | {fmt_pct(base["acierto_legitimo"])} |

Una línea base de 0,99 o más indicaría que el conjunto se resuelve con palabras
sueltas; los tests fallan si llega a ese valor. Un modelo que entienda la petición
del mensaje (y no solo sus palabras) tiene margen para mejorar.

{minilm_line('phishing', f1)}
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


def write_all(rows):
    OUT.mkdir(parents=True, exist_ok=True)
    for s in SPLITS:
        dump_jsonl(OUT / f"{s}.jsonl", rows[s])
    from _kit import load_splits, tfidf_lr_f1
    f1 = tfidf_lr_f1(load_splits("phishing"))
    st = compute_stats(rows, f1)
    (OUT / "stats.json").write_text(json.dumps(st, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(card(rows, st), encoding="utf-8")
    return st


if __name__ == "__main__":
    st = write_all(generate())
    tot = st["splits"]["total"]
    print(f"{tot['filas']} filas, {tot['plantillas']} plantillas, etiquetas {tot['label']}, "
          f"F1 TF-IDF+LR (test) = {st['linea_base_tfidf_lr_f1_macro_test']:.3f}")
