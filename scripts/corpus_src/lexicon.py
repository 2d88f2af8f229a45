"""Vocabulario del generador: nombres, categorías de sustantivos con sus adjetivos y dominios temáticos.

Todo el vocabulario y las frases son originales del proyecto.
"""
from morph import nouns

FEMALE = ("Lucía María Carmen Sofía Valentina Camila Isabel Elena Paula Daniela Marta Julia Ana Rosa "
          "Teresa Inés Beatriz Gabriela Fernanda Ximena Alejandra Lorena Pilar Clara Natalia Andrea "
          "Irene Adriana Victoria Mercedes Luisa Renata Catalina Florencia Guadalupe Noelia Rocío "
          "Josefina Amparo Elisa Manuela Olga Silvia Laura Marina Jimena Abril Martina").split()
MALE = ("Juan Pedro Luis Carlos Javier Miguel Andrés Diego Pablo Jorge Manuel Antonio Fernando "
        "Ricardo Tomás Mateo Santiago Sebastián Alejandro Héctor Óscar Raúl Emilio Rodrigo Gonzalo "
        "Ignacio Martín Nicolás Felipe Ramón Joaquín Esteban Gabriel Hugo Álvaro Rubén Sergio Julián "
        "Facundo Mauricio Simón Lorenzo Bruno Agustín Ernesto Víctor Arturo Marcos Samuel").split()
SURNAMES = ("García Rodríguez López Martínez González Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
            "Díaz Morales Herrera Castro Vargas Romero Ortiz Núñez Medina Aguilar Rojas Mendoza Silva "
            "Cruz Reyes Navarro Ibáñez Domínguez Vega Cabrera Molina Paredes Fuentes Campos Guerrero "
            "Salazar Ríos Acosta Benítez Carrasco Escobar Figueroa Lozano Maldonado Pineda Quintero").split()
CITIES = ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Granada", "Salamanca", "Málaga",
          "Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Bogotá", "Medellín",
          "Cali", "Cartagena", "Lima", "Arequipa", "Cusco", "Quito", "Guayaquil", "Cuenca", "Santiago",
          "Valparaíso", "Concepción", "Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Montevideo",
          "Asunción", "La Paz", "Sucre", "Caracas", "Maracaibo", "San José", "Managua", "Tegucigalpa",
          "San Salvador", "La Habana", "Santo Domingo", "San Juan", "Panamá", "Valladolid", "Alicante"]
MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()

# Profesiones: (masculino, femenino)
JOBS = [("médico", "médica"), ("enfermero", "enfermera"), ("profesor", "profesora"), ("maestro", "maestra"),
        ("cocinero", "cocinera"), ("panadero", "panadera"), ("carpintero", "carpintera"),
        ("ingeniero", "ingeniera"), ("abogado", "abogada"), ("periodista", "periodista"),
        ("dentista", "dentista"), ("farmacéutico", "farmacéutica"), ("bibliotecario", "bibliotecaria"),
        ("jardinero", "jardinera"), ("conductor de autobús", "conductora de autobús"), ("pintor", "pintora"),
        ("programador", "programadora"), ("veterinario", "veterinaria"), ("arquitecto", "arquitecta"),
        ("cartero", "cartera"), ("mecánico", "mecánica"), ("vendedor", "vendedora"),
        ("agricultor", "agricultora"), ("pescador", "pescadora"), ("electricista", "electricista"),
        ("fontanero", "fontanera"), ("peluquero", "peluquera"), ("bombero", "bombera"),
        ("científico", "científica"), ("fotógrafo", "fotógrafa"), ("traductor", "traductora"),
        ("contable", "contable"), ("músico", "música"), ("cartógrafo", "cartógrafa")]
# Parentescos y relaciones: (masculino, femenino)
KIN = [("padre", "madre"), ("abuelo", "abuela"), ("tío", "tía"), ("hermano", "hermana"), ("primo", "prima"),
       ("hijo", "hija"), ("sobrino", "sobrina"), ("vecino", "vecina"), ("amigo", "amiga"),
       ("compañero", "compañera")]

# Rasgos de carácter y estados (masculino singular; la concordancia la hace morph).
TRAITS = ("amable paciente trabajador alegre tranquilo curioso generoso responsable divertido sincero "
          "tímido ordenado creativo valiente puntual simpático atento prudente hablador cariñoso "
          "optimista serio sensato ingenioso").split()
MOODS_GOOD = "contento feliz tranquilo satisfecho orgulloso animado agradecido ilusionado".split()
MOODS_BAD = "cansado preocupado nervioso triste aburrido enfadado agotado confundido".split()
LOOKS = ["alto", "bajo", "delgado", "fuerte", "moreno", "rubio", "pelirrojo"]

# Categorías de sustantivos: (especificación, adjetivos compatibles)
CATS = {
    "fruta": ("manzana f; naranja f; pera f; plátano m; mango m; fresa f; sandía f; melón m melones; piña f; "
              "limón m; durazno m; papaya f; cereza f; mandarina f; ciruela f; uva f",
              "maduro fresco dulce jugoso verde grande pequeño"),
    "verdura": ("tomate m; cebolla f; zanahoria f; papa f; pimiento m; lechuga f; pepino m; calabacín m; "
                "berenjena f; calabaza f; coliflor f; espinaca f; remolacha f; alcachofa f; mazorca f",
                "fresco grande pequeño tierno rojo verde"),
    "plato": ("sopa f; tortilla f; ensalada f; guiso m; arroz con pollo m; empanada f; puré m; crema de verduras f; "
              "tarta de manzana f; bizcocho m; flan m; arepa f; pastel de papa m; salsa de tomate f; "
              "lasaña f; potaje m",
              "casero delicioso caliente sabroso sencillo abundante"),
    "bebida": ("café m; té m; jugo de naranja m; chocolate caliente m; limonada f; batido de fresa m; "
               "infusión de menta f infusiones de menta; horchata f",
               "caliente frío dulce"),
    "utensilio": ("sartén f; olla f; cuchillo m; cuchara de madera f; tabla de cortar f; cazuela f; colador m; "
                  "rallador m; batidora f; bandeja f; cazo m; jarra f",
                  "limpio nuevo viejo grande pequeño"),
    "libro": ("novela f; libro de poemas m; diccionario m; cuento m; revista f; enciclopedia f; "
              "cuaderno m; biografía f; libro de historia m; atlas m atlas; cómic m; manual m",
              "interesante nuevo viejo largo breve entretenido"),
    "prenda": ("chaqueta f; bufanda f; camisa f; abrigo m; sombrero m; gorra f; falda f; pantalón m; "
               "vestido m; jersey m jerséis; zapatilla f; bota f; impermeable m; guante m; calcetín m",
               "nuevo cómodo azul rojo negro blanco verde gris abrigado ligero"),
    "herramienta": ("martillo m; destornillador m; llave inglesa f; sierra f; taladro m; metro m; "
                    "pincel m pinceles; escalera f; linterna f; cinta adhesiva f; tijera f",
                    "nuevo viejo pesado ligero útil"),
    "mueble": ("mesa f; silla f; estantería f; sofá m; armario m; cama f; escritorio m; lámpara f; "
               "alfombra f; cortina f; espejo m; sillón m sillones",
               "nuevo viejo cómodo grande pequeño blanco bonito"),
    "aparato": ("ordenador m; teléfono móvil m; tableta f; impresora f; televisor m; router m; "
                "portátil m; reloj inteligente m; altavoz m; cámara f; teclado m; ratón m",
                "nuevo viejo rápido lento moderno práctico"),
    "instrumento": ("guitarra f; piano m; violín m violines; flauta f; tambor m; trompeta f; "
                    "acordeón m acordeones; charango m",
                    "nuevo viejo pequeño precioso"),
    "planta": ("rosal m; geranio m; helecho m; cactus m cactus; tomatera f; albahaca f; romero m; "
               "limonero m; naranjo m; girasol m; orquídea f; hierbabuena f; lavanda f",
               "pequeño grande sano frondoso verde hermoso"),
    "animal_casa": ("perro m; gata f; gato m; perra f; conejo m; cachorro m",
                    "juguetón tranquilo pequeño curioso dormilón viejo cariñoso"),
    "deporte": ("fútbol m; baloncesto m; voleibol m; tenis m tenis; natación f; atletismo m; ciclismo m; "
                "balonmano m; béisbol m; ajedrez m; escalada f; remo m",
                ""),
    "equipo_dep": ("balón m balones; raqueta f; red f; bicicleta f; casco m; toalla f; botella de agua f; "
                   "mochila f; silbato m; cronómetro m; camiseta f; pelota f",
                   "nuevo viejo ligero azul rojo"),
    "lugar_ciudad": ("plaza f; mercado m; biblioteca f; parque m; museo m; estación f; panadería f; farmacia f; "
                     "oficina de correos f; ayuntamiento m; hospital m; cine m; teatro m; "
                     "supermercado m; librería f; cafetería f; polideportivo m; escuela f",
                     "grande pequeño nuevo antiguo tranquilo céntrico concurrido"),
    "lugar_natural": ("río m; lago m; montaña f; bosque m; playa f; valle m; cascada f; colina f; sendero m; "
                      "campo m; laguna f; acantilado m; pradera f; selva f; desierto m",
                      "tranquilo hermoso cercano lejano verde solitario"),
    "animal_salvaje": ("zorro m; ardilla f; águila f!; búho m; ciervo m; lobo m; oso m; tortuga f; mariposa f; "
                       "colibrí m colibríes; garza f; rana f; conejo m; jabalí m jabalíes; pato m",
                       "pequeño grande curioso asustado tranquilo"),
    "documento": ("informe m; carta f; correo m; factura f; presupuesto m; contrato m; formulario m; "
                  "solicitud f; horario m; lista f; resumen m; acta f!; nota f",
                  "largo breve urgente importante nuevo"),
    "materia": ("geometría f; historia f; geografía f; biología f; química f; física f; música f; "
                "literatura f; inglés m; dibujo m; informática f; educación física f",
                ""),
    "vehiculo": ("coche m; autobús m; tren m trenes; bicicleta f; moto f; barco m; avión m aviones; "
                 "metro m; taxi m; furgoneta f; tranvía m",
                 "nuevo viejo rápido lento cómodo"),
    "regalo": ("libro m; bufanda f; caja de bombones f; planta f; disco m; cuaderno m; taza f; "
               "ramo de flores m; juego de mesa m; rompecabezas m rompecabezas; pulsera f; póster m",
               "bonito original pequeño precioso"),
    "evento": ("concierto m; feria f; fiesta f; exposición f; partido m; obra de teatro f; mercadillo m; "
               "carrera popular f; festival m; conferencia f; taller m; excursión f",
               "divertido interesante largo multitudinario"),
}

CAT = {k: (nouns(spec), adjs.split()) for k, (spec, adjs) in CATS.items()}

# Dominios temáticos para relatos y diálogos: frases verbales que se pueden conjugar en
# cualquier persona y tiempo. {det:categoría[:n][:a]} se rellena con concordancia;
# {POSS:categoría} usa el posesivo del sujeto.
DOMAINS = {
    "cocina": dict(
        places=["la cocina", "el mercado", "la casa de la abuela", "el comedor"],
        acts=["preparar {un:plato}", "cortar {el:verdura:p} en trozos pequeños", "pelar {el:verdura:p} con cuidado",
              "lavar {el:fruta:p} con agua fría", "buscar {el:utensilio} en el cajón",
              "probar {el:plato} para comprobar el punto de sal", "poner la mesa para la cena",
              "calentar {el:plato} en el horno", "comprar fruta fresca en el puesto de la esquina",
              "apuntar la receta en {un:libro}", "servir {el:bebida} en tazas grandes",
              "fregar {el:utensilio:p}", "hornear {un:plato} para la merienda",
              "mezclar la harina con los huevos", "picar {un:verdura} muy fina"],
        words="receta sabor cocina horno ingredientes"),
    "compras": dict(
        places=["el mercado", "el supermercado", "la panadería", "la tienda de la esquina", "la librería"],
        acts=["comprar {un:fruta:p} y {un:verdura:p}", "pagar con tarjeta", "hacer una lista de la compra",
              "comparar los precios de {el:aparato:p}", "elegir {un:prenda} para el invierno",
              "pedir una bolsa de papel", "esperar en la cola de la caja", "devolver {un:prenda} que no {DAT} quedaba bien",
              "buscar ofertas en {el:lugar_ciudad}", "llevar las bolsas a casa", "probarse {un:prenda}",
              "preguntar por el precio de {el:fruta:p}", "guardar el recibo en la cartera"],
        words="precio oferta caja bolsa recibo"),
    "escuela": dict(
        places=["la escuela", "el aula", "la biblioteca", "el patio", "el laboratorio"],
        acts=["estudiar {0:materia} durante una hora", "repasar los apuntes de {0:materia}",
              "hacer los deberes de {0:materia}", "leer {un:libro} en la biblioteca",
              "preparar una exposición sobre los volcanes", "resolver varios ejercicios difíciles",
              "escribir un resumen de {el:libro}", "pedir ayuda a la profesora", "trabajar en grupo con {POSS:compañero|m:p}",
              "dibujar un mapa de América del Sur", "organizar {POSS:libro:p} en la estantería",
              "aprender una canción nueva", "presentar el proyecto de ciencias"],
        words="clase examen deberes profesora pizarra"),
    "trabajo": dict(
        places=["la oficina", "el taller", "la sala de reuniones", "el almacén", "la tienda"],
        acts=["revisar {el:documento:p} del día", "escribir {un:documento} para el cliente",
              "preparar {un:documento} para la reunión", "llamar a un proveedor", "ordenar el escritorio",
              "atender a los clientes", "responder los correos pendientes", "organizar una reunión con el equipo",
              "reparar {un:aparato}", "enviar {el:documento} antes del mediodía",
              "actualizar el calendario de entregas", "hablar con {POSS:jefa|f} sobre el nuevo proyecto",
              "tomar un café con {POSS:compañero|m:p}", "terminar {el:documento} a tiempo"],
        words="reunión cliente proyecto equipo horario"),
    "deportes": dict(
        places=["el polideportivo", "el parque", "la piscina", "el estadio", "la pista de atletismo"],
        acts=["jugar al fútbol con {POSS:amigo|m:p}", "correr cinco kilómetros", "nadar en la piscina municipal",
              "entrenar con el equipo", "estirar los músculos antes de empezar", "montar en bicicleta por el parque",
              "practicar {el:deporte}", "preparar {POSS:equipo_dep} para el partido", "inflar {el:equipo_dep}",
              "beber agua después del ejercicio", "ver el partido en la televisión", "apuntarse a un torneo",
              "caminar a buen ritmo durante media hora", "subir la colina en bicicleta"],
        words="partido equipo entrenamiento gol carrera"),
    "naturaleza": dict(
        places=["el bosque", "la montaña", "la orilla del río", "el campo", "la playa"],
        acts=["caminar por {un:lugar_natural}", "observar {un:animal_salvaje} entre los árboles",
              "hacer fotos de {el:lugar_natural}", "recoger la basura del camino", "llenar la cantimplora en la fuente",
              "escuchar el canto de los pájaros", "descansar a la sombra de un árbol", "seguir el sendero marcado",
              "subir hasta la cima de la colina", "buscar huellas de {un:animal_salvaje}", "mirar las estrellas",
              "montar la tienda de campaña", "cruzar el puente de madera", "dibujar {el:lugar_natural} en {POSS:cuaderno|m}"],
        words="árbol sendero paisaje sombra río"),
    "hogar": dict(
        places=["la casa", "el salón", "el dormitorio", "el balcón", "el garaje"],
        acts=["ordenar {el:mueble:p} del salón", "limpiar las ventanas", "poner la lavadora", "tender la ropa",
              "barrer el suelo de la cocina", "arreglar {un:mueble} con {un:herramienta}", "pintar la pared del pasillo",
              "cambiar la bombilla de {el:mueble}", "regar {el:planta:p}", "sacar la basura",
              "doblar la ropa limpia", "colgar un cuadro en el pasillo", "planchar {un:prenda}",
              "mover {el:mueble} junto a la ventana"],
        words="casa limpieza mueble ventana ropa"),
    "jardineria": dict(
        places=["el jardín", "el huerto", "el balcón", "el vivero", "el patio"],
        acts=["plantar {un:planta}", "regar {el:planta:p} por la tarde", "quitar las malas hierbas",
              "preparar la tierra con abono", "podar {el:planta}", "sembrar semillas de {un:verdura}",
              "recoger {el:verdura:p} del huerto", "trasplantar {el:planta} a una maceta más grande",
              "proteger {el:planta:p} del frío", "comprar {un:planta} en el vivero", "limpiar las hojas secas"],
        words="semilla tierra maceta raíz hoja"),
    "musica": dict(
        places=["la escuela de música", "el salón", "el auditorio", "la plaza", "el conservatorio"],
        acts=["tocar {el:instrumento}", "afinar {el:instrumento}", "ensayar una canción nueva",
              "practicar escalas durante media hora", "escuchar un disco de música clásica",
              "aprender los acordes de una canción", "ir a {un:evento}", "cantar en el coro del barrio",
              "componer una melodía sencilla", "grabar una canción con el móvil", "limpiar {el:instrumento}"],
        words="canción ritmo melodía concierto acorde"),
    "lectura": dict(
        places=["la biblioteca", "la librería", "el sofá", "el parque", "el tren"],
        acts=["leer {un:libro}", "devolver {el:libro:p} a la biblioteca", "buscar {un:libro} sobre los dinosaurios",
              "subrayar las frases más bonitas", "apuntar palabras nuevas en {un:libro}", "recomendar {un:libro} a una amiga",
              "escribir una reseña de {el:libro}", "asistir a un club de lectura", "pedir {un:libro} en préstamo",
              "terminar el último capítulo"],
        words="capítulo página autora personaje historia"),
    "tecnologia": dict(
        places=["la oficina", "la biblioteca", "el salón", "el aula de informática", "la tienda de electrónica"],
        acts=["actualizar {el:aparato}", "hacer una copia de seguridad de {POSS:foto|f:p}", "cambiar la contraseña del correo",
              "instalar un programa de edición de fotos", "configurar {el:aparato:p} de la oficina",
              "cargar la batería de {el:aparato}", "escribir un programa sencillo", "buscar información para un trabajo",
              "conectar {el:aparato} a la red", "borrar archivos que ya no usaba", "enviar un correo a {POSS:profesora|f}",
              "aprender a usar una hoja de cálculo", "limpiar el teclado"],
        words="programa pantalla archivo contraseña red"),
    "salud": dict(
        places=["el centro de salud", "la farmacia", "el gimnasio", "el hospital", "la consulta del dentista"],
        acts=["pedir cita con la médica", "tomar la temperatura", "beber mucha agua", "descansar en el sofá",
              "comprar un jarabe en la farmacia", "hacer ejercicio suave", "dormir ocho horas", "comer {un:fruta}",
              "lavarse las manos con jabón", "caminar media hora", "preparar {un:bebida} caliente",
              "ir al dentista para una revisión", "hacer estiramientos por la mañana"],
        words="salud descanso médica ejercicio dieta"),
    "viajes": dict(
        places=["la estación", "el aeropuerto", "el hotel", "el puerto", "la oficina de turismo"],
        acts=["comprar los billetes de tren", "hacer la maleta", "reservar una habitación", "consultar el mapa",
              "visitar {el:lugar_ciudad} más antiguo de la ciudad", "probar la comida típica", "enviar una postal a {POSS:familia|f}",
              "pedir indicaciones a un vecino", "sacar fotos desde el mirador", "tomar el autobús hacia el centro",
              "recorrer el casco antiguo a pie", "guardar el pasaporte en la mochila", "cambiar dinero en el banco"],
        words="maleta billete mapa viaje hotel"),
    "mascotas": dict(
        places=["el parque", "la clínica veterinaria", "el jardín", "la casa", "la tienda de animales"],
        acts=["pasear {al:animal_casa}", "dar de comer {al:animal_casa}", "llevar {al:animal_casa} al veterinario",
              "bañar {al:animal_casa}", "comprar comida para {el:animal_casa}", "cepillar el pelo {del:animal_casa}",
              "jugar con {el:animal_casa} en el jardín", "limpiar la jaula del canario", "cambiar el agua del bebedero",
              "enseñar un truco nuevo {al:animal_casa}"],
        words="mascota veterinario paseo correa pienso"),
}
