"""Construye un corpus de prosa real en español a partir de paquetes de Debian 12 con licencias libres.

Uso (desde la raíz del repositorio):

    python scripts/make_corpus_debian.py [--debs DIR] [--salida DIR]

Para cada paquete de la tabla `SOURCES` (nombre, versión exacta, SHA-256 del .deb, licencia y parte usada):

1. busca el .deb en la caché (`--debs`, por defecto `~/.cache/finetune_course/debian`); si falta, lo descarga
   allí con `apt-get download NOMBRE=VERSIÓN` (~1,1 GB entre todos) y se niega a seguir si su SHA-256 no es el
   de la tabla;
2. lo extrae con `dpkg-deb -x` en una carpeta temporal y comprueba que su copyright nombra la licencia anotada;
3. convierte cada archivo en párrafos limpios: HTML, Mallard y DocBook con `html.parser` de la biblioteca
   estándar (sin navegación, menús, cabeceras y pies, bloques de código, tablas, notas al pie ni enlaces
   sueltos); documentos de LyX; páginas de manual con `groff -Tutf8 -t -man`; «fortunes» partiendo por las
   líneas `%`; catálogos de traducción `.mo` de juegos; y el módulo SWORD de la Biblia Reina-Valera 1909;
4. se queda con los párrafos en español (ver `is_spanish_paragraph`), normaliza espacios y Unicode (NFC), quita
   los fragmentos cortos, los párrafos repetidos en muchas páginas de un mismo paquete y los duplicados o casi
   duplicados (misma `norm_key`) de todo el corpus;
5. agrupa los párrafos en documentos de a lo sumo ~8 kB y los reparte en train/validation/test por sección
   entera, con semilla fija; un paquete pequeño entero (`HELD_OUT_SOURCE`) va solo a test;
6. escribe en `finetune_course/assets/corpus_debian/` los `{train,validation,test}.jsonl.gz` (gzip con
   mtime=0), `stats.json` y la ficha `README.md`.

Necesita `dpkg-deb`, `apt-get` (solo si falta algún .deb) y `groff` (en Debian, `apt-get install groff-base`;
en la máquina donde se construyó ya estaba, así que no se instaló nada). Usa un solo núcleo y tarda unos
3 minutos. Con los mismos .deb y la misma versión de groff, dos ejecuciones dan archivos idénticos byte a byte.
"""
import argparse
import fnmatch
import gzip
import hashlib
import html
import html.entities
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zlib
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "finetune_course" / "assets" / "corpus_debian"
CACHE = Path("~/.cache/finetune_course/debian").expanduser()
SEED = "corpus-debian-es-v1"
SPLITS = ("train", "validation", "test")
DOC_MAX_BYTES = 8000   # los documentos largos se parten en trozos de a lo sumo este tamaño, entre párrafos
VAL_FRACTION = 0.03    # fracción de los bytes de cada paquete que va a validation (secciones enteras)
TEST_FRACTION = 0.025  # ídem para test; test recibe además todo `HELD_OUT_SOURCE`
HELD_OUT_SOURCE = "maint-guide-es"   # paquete entero reservado para test: prosa que el modelo nunca ha visto
BOILERPLATE_PAGES = 3  # un párrafo repetido en al menos tantas páginas de un paquete es plantilla: se quita

# ---------------------------------------------------------------------------------------------------------------
# Tabla de fuentes, en el orden en que se procesan (ante un duplicado, se queda el párrafo de la primera).
# `rutas`: patrones (fnmatch, `*` cruza carpetas) de los archivos usados dentro del paquete; `excluir`: patrones
# descartados; `tipo`: html | xml (Mallard o DocBook) | lyx | man | fortune | gettext (.mo) | sword;
# `copyright`: texto que debe aparecer en usr/share/doc/<paquete>/copyright (o en `copyright_ruta`, si la licencia
# está en la propia documentación); None si el paquete lo enlaza desde otro paquete. `arch`: "all" si se omite.
# `entidades`: paquete auxiliar (`AUX_PACKAGES`) cuyas declaraciones <!ENTITY> usan los archivos.
# ---------------------------------------------------------------------------------------------------------------
KDE_LICENSES = {   # cómo nombra debian/copyright la licencia de doc/*: (id SPDX, nombre en español)
    "GFDL-1.2+": ("GFDL-1.2-or-later", "GNU FDL 1.2 o posterior"),
    "GFDL-NIV-1.2+": ("GFDL-1.2-no-invariants-or-later", "GNU FDL 1.2 o posterior, sin secciones invariantes"),
    "GFDL-NIV-1.3+": ("GFDL-1.3-no-invariants-or-later", "GNU FDL 1.3 o posterior, sin secciones invariantes"),
}
SOURCES = [
    dict(paquete="debian-handbook", version="11.20220922",
         sha256="3d5dbeac1f1afc9c094eab9d0f701f6ecff99c4927d5a4794cf6c85678134faa",
         licencia="GPL-2.0-or-later OR CC-BY-SA-3.0",
         licencia_texto="El Manual del Administrador de Debian se distribuye bajo la GPL 2 o posterior o, a "
                        "elección del usuario, bajo CC BY-SA 3.0.",
         parte="El Manual del Administrador de Debian en español de España (html/es-ES), sin las demás lenguas.",
         descripcion="Libro de Raphaël Hertzog y Roland Mas sobre la administración de Debian, traducido al español.",
         tipo="html", rutas=["usr/share/doc/debian-handbook/html/es-ES/*.html"],
         excluir=["*/Common_Content/*", "*/index.html"], copyright="CC-BY-SA-3.0"),
    dict(paquete="debian-reference-es", version="2.100",
         sha256="a59b68c96f83d3cf29a476c847aee38364764603ea62eee592791e0a843a269e",
         licencia="GPL-2.0-or-later",
         licencia_texto="La Referencia de Debian y sus traducciones se publican bajo la GPL 2 o posterior.",
         parte="Los capítulos HTML de la Referencia de Debian (sin el índice, el PDF ni el texto plano).",
         descripcion="Guía de administración del sistema Debian de Osamu Aoki, traducida al español.",
         tipo="html", rutas=["usr/share/debian-reference/*.es.html"], excluir=["*/index.es.html"],
         copyright="GPL-2+"),
    dict(paquete="debian-edu-doc-es", version="2.12.23~deb12u1",
         sha256="83f3c1bc05cf8bd2604df2d59e48f0b426744aee2820abae022c640891306742",
         licencia="GPL-2.0-or-later",
         licencia_texto="Los manuales de Debian Edu y sus traducciones se publican bajo la GPL 2 o posterior.",
         parte="El manual de Debian Edu para Bookworm en HTML; el de Bullseye se descarta porque repite casi "
               "todo el texto.",
         descripcion="Manual de Debian Edu / Skolelinux, la distribución de Debian para centros educativos.",
         tipo="html", rutas=["usr/share/doc/debian-edu-doc-es/debian-edu-bookworm-manual.html"], excluir=[],
         copyright="GPL-2+"),
    dict(paquete="freedombox-doc-es", version="23.6.2+deb12u2",
         sha256="be5a46b1a7b7c637b5a47b63a9b52e8ce1bc444ed64ccb6babcf0459f8abd662",
         licencia="CC-BY-SA-4.0",
         licencia_texto="El manual de FreedomBox (doc/*) se publica bajo Creative Commons BY-SA 4.0.",
         parte="Las páginas HTML del manual (*.part.html) salvo Manual.part.html, que las repite todas juntas.",
         descripcion="Manual de usuario de FreedomBox, un servidor doméstico centrado en la privacidad.",
         tipo="html", rutas=["usr/share/freedombox/manual/es/*.part.html"], excluir=["*/Manual.part.html"],
         copyright="CC-BY-SA-4.0"),
    dict(paquete="libreoffice-help-es", version="4:7.4.7-1+deb12u14",
         sha256="9128a84d83d92c8b1c618d90469d16affddb7d1290b09d42a0c5109cb16f0480",
         licencia="MPL-2.0",
         licencia_texto="La ayuda de LibreOffice se publica bajo la Mozilla Public License 2.0 (con partes "
                        "heredadas bajo Apache 2.0).",
         parte="Las páginas de ayuda HTML (help/es/text/*).",
         descripcion="Ayuda en línea de LibreOffice 7.4 (Writer, Calc, Impress, Draw, Base, Math y Basic).",
         tipo="html", rutas=["usr/share/libreoffice/help/es/text/*.html"], excluir=[], copyright="MPL-2.0"),
    dict(paquete="gimp-help-es", version="2.10.34-2",
         sha256="4c1cd250dd4196d183439acc1c70d313bb4104658458181f93898bc1d7ae0a8e",
         licencia="GFDL-1.2-no-invariants-or-later",
         licencia_texto="El manual de GIMP se publica bajo la GNU FDL 1.2 o posterior, sin secciones invariantes "
                        "ni textos de cubierta (según el copyright de gimp-help-common, al que enlaza).",
         parte="Las páginas HTML del manual (help/es/*.html).",
         descripcion="Manual de usuario de GIMP 2.10, el programa de edición de imágenes.",
         tipo="html", rutas=["usr/share/gimp/2.0/help/es/*.html"], excluir=[], copyright=None),
    dict(paquete="gnome-user-docs", version="43.0-2",
         sha256="0d635a840747958ca84da778b40d341f1155603851f922c9a171f5a181d6a39f",
         licencia="CC-BY-SA-3.0",
         licencia_texto="La ayuda de GNOME se publica bajo Creative Commons BY-SA 3.0.",
         parte="Las páginas Mallard en español de la ayuda de escritorio y de la guía del administrador "
               "(help/es/*.page).",
         descripcion="Ayuda del escritorio GNOME 43 y guía del administrador del sistema.",
         tipo="xml", rutas=["usr/share/help/es/*.page"], excluir=[], copyright="CC-BY-SA-3.0"),
    dict(paquete="installation-guide-amd64", version="20230508+deb12u1",
         sha256="812c43e1dc906daf671e3efe953dc023205c238e5bd5a3021ce4ca142793573a",
         licencia="GPL-2.0-only",
         licencia_texto="La Guía de instalación de Debian se publica bajo la GPL versión 2.",
         parte="La guía en español (es/*.html) sin el apéndice con el texto de la GPL.",
         descripcion="Guía de instalación de Debian 12 «bookworm» para la arquitectura amd64.",
         tipo="html", rutas=["usr/share/doc/installation-guide-amd64/es/*.html"],
         excluir=["*/es/index.html", "*/es/apf.html"], copyright="GNU GPL, version 2"),
    dict(paquete="harden-doc", version="3.19+nmu1",
         sha256="77ffacb6f8af4afbdf39f3de6040a710ae6ffcc40e2fab5b5d312dfb11d28d94",
         licencia="GPL-2.0-or-later",
         licencia_texto="El Manual de seguridad de Debian se publica bajo la GPL 2 o posterior.",
         parte="La traducción al español (html/es-ES), sin las demás lenguas.",
         descripcion="Manual de seguridad de Debian («Securing Debian Manual»), traducido al español.",
         tipo="html", rutas=["usr/share/doc/harden-doc/html/es-ES/*.html"],
         excluir=["*/Common_Content/*", "*/index.html"], copyright="GPL-2"),
    dict(paquete="aptitude-doc-es", version="0.8.13-5",
         sha256="a4245500fe3b449791a9f5910869b4bec4cc7e55e108b28fd03a55737687a917",
         licencia="GPL-2.0-or-later",
         licencia_texto="El manual de aptitude se publica bajo la GPL 2 o posterior.",
         parte="El manual HTML en español.",
         descripcion="Manual de usuario de aptitude, el gestor de paquetes en modo texto.",
         tipo="html", rutas=["usr/share/doc/aptitude/html/es/*.html"], excluir=["*/index.html"],
         copyright="GPL-2+"),
    dict(paquete="kicad-doc-es", version="6.0.11+dfsg-1",
         sha256="a9151f3643e8538db5bb288395b9d82110e06ca2a44fdf2ea96ceca8a0aee878",
         licencia="GPL-3.0-or-later OR CC-BY-3.0",
         licencia_texto="La documentación de KiCad se publica bajo la GPL 3 o posterior o, a elección del "
                        "usuario, bajo Creative Commons BY 3.0 o posterior.",
         parte="Los seis manuales HTML; la traducción es parcial y los párrafos en inglés se descartan.",
         descripcion="Manuales de KiCad 6, el programa de diseño de circuitos electrónicos.",
         tipo="html", rutas=["usr/share/doc/kicad/help/es/*.html"], excluir=[], copyright="CC-BY-SA-3.0"),
    dict(paquete="lilypond-doc-html-es", version="2.24.1-2",
         sha256="ac5ecb97e4a93d5445846c36519cc0e77d339ff37d57c05db1e11f5d24c5cc58",
         licencia="GFDL-1.3-no-invariants-or-later",
         licencia_texto="La documentación de LilyPond se publica bajo la GNU FDL 1.3 o posterior, sin secciones "
                        "invariantes ni textos de cubierta.",
         parte="Los manuales partidos en páginas (*.es.html) salvo los fragmentos de código («snippets») y las "
               "versiones de una sola página, que repiten el texto.",
         descripcion="Manuales de LilyPond 2.24, el programa de grabado de partituras.",
         tipo="html", rutas=["usr/share/doc/lilypond/html/Documentation/*.es.html"],
         excluir=["*/snippets/*", "*-big-page.es.html"], copyright="GFDL-1.3+"),
    dict(paquete="ubuntu-packaging-guide-html-es", version="1.0.4",
         sha256="24ac234026b5b13101913111422a6f0e700c5acdcb4a6d4e6cfbd38cfa803ac9",
         licencia="CC-BY-SA-3.0",
         licencia_texto="La Guía de empaquetado de Ubuntu se publica bajo Creative Commons BY-SA 3.0.",
         parte="Las páginas HTML de la guía (sin la versión de una sola página).",
         descripcion="Guía de empaquetado de Ubuntu, traducida (en parte) al español.",
         tipo="html", rutas=["usr/share/doc/ubuntu-packaging-guide-html-es/*.html"],
         excluir=["*/singlehtml/*", "*/search.html", "*/genindex.html"], copyright="CC-BY-SA-3.0"),
    dict(paquete="lyx-common", version="2.3.7-1",
         sha256="026c74cd2391a70b4dc18a99d46b745c243b9f9bd47ddfedacfc67ae4db92557",
         licencia="GPL-2.0-or-later",
         licencia_texto="LyX y su documentación se publican bajo la GPL 2 o posterior.",
         parte="Los manuales en español (doc/es/*.lyx) y los ejemplos en español (examples/es/*.lyx).",
         descripcion="Manuales de LyX 2.3 (introducción, tutorial, guía de usuario, matemáticas, personalización).",
         tipo="lyx", rutas=["usr/share/lyx/doc/es/*.lyx", "usr/share/lyx/examples/es/*.lyx"], excluir=[],
         copyright="GPL-2+"),
    dict(paquete="mate-user-guide", version="1.26.0-1",
         sha256="34d11899bcaa51619a6b574178b5bd79e5f6c6dd7a25debf57d095f2ea51ccfd",
         licencia="GFDL-1.1-or-later",
         licencia_texto="La guía de usuario de MATE se publica bajo la GNU FDL 1.1 o posterior.",
         parte="La guía en español de España (help/es, DocBook XML); la variante es_CO repite el texto.",
         descripcion="Guía de usuario del escritorio MATE.",
         tipo="xml", rutas=["usr/share/help/es/mate-user-guide/*.xml"], excluir=[], copyright="GFDL-1.1+"),
    dict(paquete="evolution-common", version="3.46.4-2+deb12u1",
         sha256="52e3a67ba3f2815fa864f600f5e3c2afd6ebc0b3487b50525df75006d4172b46",
         licencia="CC-BY-SA-3.0",
         licencia_texto="La ayuda de Evolution se publica bajo Creative Commons BY-SA 3.0 (su legal.xml).",
         parte="Las páginas Mallard en español de la ayuda (help/es/evolution).",
         descripcion="Ayuda de Evolution, el cliente de correo, calendario y contactos de GNOME.",
         tipo="xml", rutas=["usr/share/help/es/evolution/*.page"], excluir=[],
         copyright="by-sa/3.0", copyright_ruta="usr/share/help/es/evolution/legal.xml"),
    dict(paquete="aisleriot", version="1:3.22.23-1", arch="amd64",
         sha256="4aa432d5b5512274aacebc292aefd423850055b8c558ec7e9602fed57294f7ce",
         licencia="GFDL-1.1-no-invariants-or-later",
         licencia_texto="La ayuda de AisleRiot (help/*) se publica bajo la GNU FDL 1.1 o posterior, sin secciones "
                        "invariantes.",
         parte="Las reglas de los solitarios en español (help/es/aisleriot, DocBook XML).",
         descripcion="Reglas de más de 80 solitarios de cartas del juego AisleRiot.",
         tipo="xml", rutas=["usr/share/help/es/aisleriot/*.xml"], excluir=[], copyright="GFDL-NIV-1.1+"),
    dict(paquete="orca", version="43.1-1",
         sha256="006e892197f2fbc7ed6ddbcd32c9e5e41200bc18fc0d373d4f4d6405fa57618f",
         licencia="CC-BY-SA-3.0",
         licencia_texto="La ayuda de Orca declara en cada página la licencia Creative Commons BY-SA 3.0.",
         parte="Las páginas Mallard en español de la ayuda (help/es/orca).",
         descripcion="Ayuda de Orca, el lector de pantalla de GNOME.",
         tipo="xml", rutas=["usr/share/help/es/orca/*.page"], excluir=[],
         copyright="Creative Commons Compartir Igual 3.0", copyright_ruta="usr/share/help/es/orca/index.page"),
    dict(paquete="gnome-devel-docs", version="40.3-1",
         sha256="6089362d009f1c38b406fdf88da24d69965eaa5756097c50e0954bba5312bfbc",
         licencia="CC-BY-SA-3.0",
         licencia_texto="Las directrices de programación de GNOME se publican bajo Creative Commons BY-SA 3.0.",
         parte="Solo las directrices de programación (help/es/programming-guidelines); las demás guías del "
               "paquete son código o llevan otra licencia.",
         descripcion="Directrices de programación de GNOME (estilo, gestión de memoria, internacionalización...).",
         tipo="xml", rutas=["usr/share/help/es/programming-guidelines/*.page"], excluir=[],
         copyright="CC-BY-SA-3.0"),
    *[dict(paquete=name, version=version, arch=arch, sha256=sha, licencia=KDE_LICENSES[lic][0],
           licencia_texto=f"Los manuales de KDE se publican bajo la {KDE_LICENSES[lic][1]} (debian/copyright, "
                          "archivos doc/*).",
           parte="El manual en español (doc/HTML/es/*.docbook, DocBook XML con las entidades de kdoctools5).",
           descripcion=desc, tipo="xml", rutas=["usr/share/doc/HTML/es/*.docbook"], excluir=[],
           copyright=lic, entidades="kdoctools5")
      for name, version, arch, sha, lic, desc in [
          ("kstars-data", "5:3.6.2-2", "all", "f48e4a101ddab20f1cf35879c821f9fa2ca1b459c5ea78eef99555fe22cf35aa",
           "GFDL-NIV-1.2+", "Manual del planetario KStars, con artículos divulgativos de astronomía (AstroInfo)."),
          ("khelpcenter", "4:22.12.3-1", "amd64", "6f34608c473112a39428305bd9975bc5a8a386deef6253a7ed49f4ec78a87b9d",
           "GFDL-1.2+", "Manuales básicos del escritorio KDE Plasma (fundamentos, centro de ayuda)."),
          ("kmail", "4:22.12.3-1", "amd64", "d6f3d6d3e4277a38646978c505ad6df660961b88b023997cc4fff9f4accdbdbd",
           "GFDL-1.2+", "Manual de KMail, el cliente de correo de KDE."),
          ("korganizer", "4:22.12.3-1", "amd64", "2761252b13168e2e2e61c62dcb95fc7d260ee4172bcd984aee36232d0a1c3fc4",
           "GFDL-1.2+", "Manual de KOrganizer, la agenda y el calendario de KDE."),
          ("kalarm", "4:22.12.3-1", "amd64", "0d47b56f94e28d669fa218f01bf513a87cf4a3030c4116918f710295cac108a7",
           "GFDL-1.2+", "Manual de KAlarm, el programador de avisos y alarmas de KDE."),
          ("akregator", "4:22.12.3-1", "amd64", "83479099d38dcfb4d4c13e2bd3bc688909fc788087e8cf2d157ce343d62879ff",
           "GFDL-1.2+", "Manual de Akregator, el lector de noticias (RSS) de KDE."),
          ("kleopatra", "4:22.12.3-1", "amd64", "670a39df47588d765b97319ecefc4d63a9ae0afef514b71166715fabf3d0cd44",
           "GFDL-NIV-1.3+", "Manual de Kleopatra, el gestor de certificados y cifrado de KDE."),
          ("kgpg", "4:22.12.3-1", "amd64", "44848b4f16cb34eac0781329c9d72a2ffc9faa113fa4a371be5f82fb53b367fe",
           "GFDL-1.2+", "Manual de KGpg, la interfaz gráfica de GnuPG."),
          ("dolphin", "4:22.12.3-1", "amd64", "51e87e649d1297cf17d38f6f4c679101fba01fca5b61a73d8ced48e3835355d0",
           "GFDL-1.2+", "Manual de Dolphin, el gestor de archivos de KDE."),
          ("kinfocenter", "4:5.27.5-2", "amd64", "bcf56fb38fc4cd9d4bdeaea811c9104fe52557617794a9df3697389323071f2e",
           "GFDL-1.2+", "Manual del centro de información del sistema de KDE."),
          ("kcalc", "4:22.12.3-1", "amd64", "204ecb5904b86b641123d881bf46412cef7ee1323de5bb7ef73afd8186bb5f9c",
           "GFDL-1.2+", "Manual de KCalc, la calculadora de KDE."),
          ("kmplot", "4:22.12.3-1", "amd64", "0a8b29ee72de9a7815ec7915c07b2387469c7e85cf9f31000acdba587e4dfb4d",
           "GFDL-1.2+", "Manual de KmPlot, el trazador de funciones matemáticas."),
          ("kturtle", "4:22.12.3-1", "amd64", "a43b90cb353c1da24c9b68344c77cb4635b5cb175d9ffb300e384a8703c618f0",
           "GFDL-1.2+", "Manual de KTurtle, el entorno para aprender a programar con la tortuga."),
          ("kig", "4:22.12.3-1", "amd64", "bd7ed49d4698cd0248ca4934c9b874f4ccab0a630e76bd0ec4000eaf7a911001",
           "GFDL-1.2+", "Manual de Kig, el programa de geometría interactiva."),
          ("cantor", "4:22.12.3-1", "amd64", "42d7d015596adb101c2c35942265439ffbfcd60be14871f30d9f944903671e2d",
           "GFDL-1.2+", "Manual de Cantor, la interfaz de cálculo matemático de KDE."),
          ("rocs", "4:22.12.3-1", "amd64", "429d04a5b3abaa47be7a870cde156810311b3287a07319380cd012457b36f19f",
           "GFDL-NIV-1.2+", "Manual de Rocs, el entorno de teoría de grafos."),
          ("step", "4:22.12.3-1", "amd64", "b27b956ccd1572f92c7cf335435bc4c2fadb38e02412e01d54315e21a8cdb596",
           "GFDL-NIV-1.2+", "Manual de Step, el simulador de física."),
          ("kbruch", "4:22.12.3-1", "amd64", "1d5ea6c7e82bc0d34ef0f728c9db41c8ddf05549ddab861a82aac24b2a33f60b",
           "GFDL-NIV-1.2+", "Manual de KBruch, el programa para practicar fracciones."),
          ("kwordquiz", "4:22.12.3-1", "amd64", "237d1ed9d21b2d8b53dda302ba0599e8df5f008d7a235f78c1316181bbe7761e",
           "GFDL-1.2+", "Manual de KWordQuiz, el programa de tarjetas para aprender vocabulario."),
          ("khangman", "4:22.12.3-1", "amd64", "17a9a9bf2c4db1991c97d68483c438f5f7e2ad33872100b9dae3c795750c0f9b",
           "GFDL-1.2+", "Manual de KHangMan, el juego del ahorcado."),
          ("kpat", "4:22.12.3-1", "amd64", "0ee4c33bacc61df1c22fc9e58ea8ce76f0014f360d2300b4e53945764c8bec1b",
           "GFDL-1.2+", "Manual de KPatience, con las reglas de sus solitarios."),
          ("kgoldrunner", "4:22.12.3-1", "amd64", "8d1198df823b6c2cbaa61ee729b889659e2a8d1df41d92ad9eb6c6fdc42825af",
           "GFDL-1.2+", "Manual del juego KGoldrunner."),
          ("ksirk", "4:22.12.3-1", "amd64", "12c8566b0725e38e4a2e4184ddd736112e134a6131096663885d05e03607421e",
           "GFDL-1.2+", "Manual de KsirK, un juego de estrategia parecido al Risk."),
          ("kajongg", "4:22.12.3-1", "all", "be0a9cc0f9a97064ffa0ab01133f55e021c7c58f9869857431bf1ca951dadbaf",
           "GFDL-1.2+", "Manual de Kajongg, el mahjong clásico para cuatro jugadores."),
          ("kubrick", "4:22.12.3-1", "amd64", "0a778cb404b8ec4ddfc5057fac9cb8a5c03ac69d6616230c4633cc11807e25c4",
           "GFDL-1.2+", "Manual de Kubrick, el juego del cubo de Rubik."),
          ("killbots", "4:22.12.3-1", "amd64", "c12fa7a92b9df7b7332637c75b1e07edd6292450367e0ec43d904b7a3f107080",
           "GFDL-1.2+", "Manual del juego Killbots."),
          ("kolf", "4:22.12.3-1", "amd64", "0c0d1deb3b0dfedb9d31864ae2794242c11048dbc8718ccb074a71721f3c20fc",
           "GFDL-1.2+", "Manual de Kolf, el minigolf de KDE."),
          ("ksudoku", "4:22.12.3-1", "amd64", "8f84f3f5856245db5d66800eddb9a37e86a71a3b46223130c92023b1b77defbb",
           "GFDL-1.2+", "Manual de KSudoku."),
          ("kmahjongg", "4:22.12.3-1", "amd64", "df76f892032fda128164936a45c81c4f6c25a00a590d75386b1a6a71cecfc026",
           "GFDL-1.2+", "Manual de KMahjongg, el solitario de fichas de mahjong."),
          ("kjumpingcube", "4:22.12.3-1", "amd64", "c43ed8cf1117521173967fe02e4018252577ff7327fafc7dc373664022563f65",
           "GFDL-1.2+", "Manual del juego KJumpingCube."),
          ("kspaceduel", "4:22.12.3-1", "amd64", "d6a8b9f0181942e42b4b75a2b482d5f5908271c275a7534323c53e1d64d633e1",
           "GFDL-1.2+", "Manual del juego KSpaceDuel."),
          ("kshisen", "4:22.12.3-1", "amd64", "1cfa16636e7651fdddd2b4fa5290a93f78577668645bb215f5dc9f808aca19a3",
           "GFDL-1.2+", "Manual de Shisen-Sho, un solitario de fichas de mahjong."),
      ]],
    dict(paquete="apache2-doc", version="2.4.71-1~deb12u1",
         sha256="a7b3d1131c1c63dbf9999b28e75f9a133d30f70492b419936bd51759ac77a01f",
         licencia="Apache-2.0",
         licencia_texto="La documentación del servidor HTTP Apache se publica bajo la Apache License 2.0.",
         parte="Las páginas del manual traducidas al español (manual/es/*.html).",
         descripcion="Manual del servidor web Apache HTTP 2.4 (las páginas traducidas al español).",
         tipo="html", rutas=["usr/share/doc/apache2-doc/manual/es/*.html"], excluir=[], copyright="Apache-2.0"),
    dict(paquete="texlive-lang-spanish", version="2022.20230122-1",
         sha256="4fde01b4ace7a5ee173b2b4d0198b61d5f6738fdc89b0a15249d3f3b5d462c8e",
         licencia="Latex2e",
         licencia_texto="El manual de referencia de LaTeX2e permite copiar, modificar y traducir el texto "
                        "conservando su nota de permiso (licencia «Latex2e» de SPDX).",
         parte="Solo el manual de referencia de LaTeX2e en español (latex2e-es.html); la guía de TeX Live no "
               "declara licencia y el resto son PDF.",
         descripcion="Manual de referencia extraoficial de LaTeX2e, traducido al español.",
         tipo="html", rutas=["usr/share/doc/texlive-doc/latex/latex2e-help-texinfo-spanish/latex2e-es.html"],
         excluir=[], copyright="Se concede permiso para hacer y distribuir copias literales",
         copyright_ruta="usr/share/doc/texlive-doc/latex/latex2e-help-texinfo-spanish/latex2e-es.html"),
    dict(paquete="maint-guide-es", version="1.2.53",
         sha256="5a76b5e43285173ce4cce9284fb47b9a1851a68a9c0c0b8300c338d8890a42b6",
         licencia="GPL-2.0-or-later",
         licencia_texto="La Guía del nuevo desarrollador de Debian se publica bajo la GPL 2 o posterior.",
         parte="La guía en HTML (sin el índice).",
         descripcion="Guía del nuevo desarrollador de Debian, sobre cómo hacer paquetes, traducida al español.",
         tipo="html", rutas=["usr/share/doc/maint-guide-es/html/*.html"], excluir=["*/index.es.html"],
         copyright="GPL-2.0+"),
    dict(paquete="manpages-es", version="4.18.1-1",
         sha256="d21e9f85e487f149ae45b5c525b2b1a70ae7fd38d4b05b47c8753042c66f4c2b",
         licencia="GPL-3.0-or-later",
         licencia_texto="Las traducciones de manpages-l10n se publican bajo la GPL 3 o posterior; las páginas "
                        "originales conservan sus propias licencias libres.",
         parte="Las páginas de manual en español, sin las secciones de sinopsis, autores, copyright, "
               "traducción ni «véase también».",
         descripcion="Páginas de manual de órdenes y archivos de GNU/Linux traducidas al español.",
         tipo="man", rutas=["usr/share/man/es/*.gz"], excluir=[], copyright="GPL-3+"),
    dict(paquete="manpages-es-dev", version="4.18.1-1",
         sha256="1c2e676050bc87ecd5b4fafa00e7365504aaaf5d64645ef9989e907e5612a322",
         licencia="GPL-3.0-or-later",
         licencia_texto="Las traducciones de manpages-l10n se publican bajo la GPL 3 o posterior; las páginas "
                        "originales conservan sus propias licencias libres.",
         parte="Las páginas de manual de programación (secciones 2 y 3) en español, con los mismos cortes que "
               "manpages-es.",
         descripcion="Páginas de manual de llamadas al sistema y funciones de la biblioteca de C, en español.",
         tipo="man", rutas=["usr/share/man/es/*.gz"], excluir=[], copyright="GPL-3+"),
    dict(paquete="fortunes-es", version="1.36",
         sha256="54636edc1a4384093b68d1666c7e702ce42d1fcc8b5ab402d9646c328dcca899",
         licencia="LicenseRef-public-domain-presumed",
         licencia_texto="Según su copyright, las citas y refranes se presumen de dominio público (recopilados de "
                        "«Frases y Proverbios» con permiso del recopilador); el código del paquete es GPL 2+.",
         parte="Los archivos de citas y refranes (es/*.fortunes), sin la sección ofensiva (es/off).",
         descripcion="Citas célebres, refranes, proverbios y frases ingeniosas para el programa fortune.",
         tipo="fortune", rutas=["usr/share/games/fortunes/es/*.fortunes"], excluir=["*/off/*"],
         copyright="public domain"),
    *[dict(paquete=name, version="1:1.16.9-1", sha256=sha,
           licencia="GPL-2.0-or-later",
           licencia_texto="Battle for Wesnoth y sus traducciones se publican bajo la GPL 2 o posterior.",
           parte=parte, descripcion=desc, tipo="gettext",
           rutas=["usr/share/games/wesnoth/1.16/locale/es/LC_MESSAGES/*.mo"],
           excluir=["*/wesnoth-editor.mo", "*/wesnoth-lib.mo", "*/wesnoth-ai.mo"],
           copyright="GNU General Public License version 2")
      for name, sha, parte, desc in [
          ("wesnoth-1.16-data", "1012b964bd412a6770685e3324ae3b61e176caff7846192d1ee63d55cd621e26",
           "Los catálogos de traducción al español del juego (sin los del editor ni los de la interfaz).",
           "Battle for Wesnoth: descripciones de unidades y razas, ayuda del juego, tutorial y escenarios."),
          *[(f"wesnoth-1.16-{c}", sha, "El catálogo de traducción al español de la campaña.",
             f"Battle for Wesnoth: diálogos y narración de la campaña «{t}».")
            for c, t, sha in [
                ("did", "Descent into Darkness",
                 "774619f5aaeb7eb4c848e1cc1758795a8c58e96bd270cceecc9d847dbcc769b3"),
                ("dm", "Delfador's Memoirs", "1997ad4d91e8de36415db2a3445904288f588a76d75111222d2aace409ace5c6"),
                ("dw", "Dead Water", "47982e08b2a5d5fd79f400a5453f32c6d7dd56f2ccc10412a9e47dec8a9b3ca4"),
                ("ei", "The Eastern Invasion", "687abe111ee662b7324336ddadc209758f68d2eeb1ccbf630238f27a0e3c6404"),
                ("httt", "Heir to the Throne", "05b16a3f8f8204278794aae14d8e6a7c95d2b2faef7337c4997c827a146d1bbd"),
                ("l", "Liberty", "5383c79046df6121929bc36a8ec3f970ab4cf9c1239ed9b31868201c27f4266d"),
                ("low", "Legend of Wesmere", "2f304551b97b7fb76a2adb5ad8ffcac3e78476bc8ade17532c90714065c9bf9f"),
                ("nr", "Northern Rebirth", "13edcf1bdd23708f531ba81c67100c5800363a119f10155c7f9e146fe7dced34"),
                ("sof", "The Sceptre of Fire", "b6f1ddffdbd1a977f3965dae944e4fb11c147627471f1cfc71c92d1e69efb555"),
                ("sota", "Secrets of the Ancients",
                 "fa44304ff53d259f3c5fe13c03cb8166e55e9c307807d1a5663048c396645ba6"),
                ("sotbe", "Son of the Black-Eye", "877a2f4a7fd8df54fd3b4561ffbd5fa95d0390d7c7372f3cb66367c8007918cb"),
                ("thot", "The Hammer of Thursagan",
                 "79d9ec6e43300ea9f41295ccf3fb451e8eeaefc17007123f65d77eb05cb88695"),
                ("trow", "The Rise of Wesnoth", "b5009e964ac7157a46d50de911e4f56f5bb4389d60b82a513b5f382671d180d7"),
            ]],
      ]],
    dict(paquete="freeciv-data", version="3.0.6-1+deb12u1",
         sha256="278bed022b87408ca9923aa727bef3d6c97875c811723e93ff95dded1b9b76b2",
         licencia="GPL-2.0-or-later",
         licencia_texto="Freeciv y sus traducciones se publican bajo la GPL 2 o posterior.",
         parte="Los catálogos de traducción al español del núcleo (textos de ayuda) y de las naciones (leyendas).",
         descripcion="Freeciv: textos de ayuda sobre unidades, edificios y reglas, y leyendas de las naciones.",
         tipo="gettext", rutas=["usr/share/locale/es/LC_MESSAGES/freeciv-core.mo",
                                "usr/share/locale/es/LC_MESSAGES/freeciv-nations.mo"],
         excluir=[], copyright="GPL-2+"),
    dict(paquete="ufoai-misc", version="2.5-7",
         sha256="a0e9620fd9dd0238955d2da1ca3eaa1b1b89c1cb0bef7d7e2b46dd67dbd1df2c",
         licencia="GPL-2.0-or-later",
         licencia_texto="UFO: Alien Invasion y sus traducciones se publican bajo la GPL 2 o posterior.",
         parte="El catálogo de traducción al español (i18n/es; la variante es_ES es otra traducción de lo mismo).",
         descripcion="UFO: Alien Invasion: la «UFOpaedia» (informes de investigación), la campaña y la ayuda.",
         tipo="gettext", rutas=["usr/share/games/ufoai/base/i18n/es/LC_MESSAGES/ufoai.mo"], excluir=[],
         copyright="GPL-2+"),
    dict(paquete="widelands-data", version="2:1.1-3",
         sha256="0e23d645b15bcfb9e3bcae0de9bc1bdfa75a6ecb36b2e449759d6eb0b4bbd8fb",
         licencia="GPL-2.0-or-later",
         licencia_texto="Widelands y sus traducciones se publican bajo la GPL 2 o posterior.",
         parte="Los catálogos de traducción al español (locale/es).",
         descripcion="Widelands: enciclopedia de las tribus, mensajes de las campañas y descripciones de mapas.",
         tipo="gettext", rutas=["usr/share/games/widelands/data/locale/es/LC_MESSAGES/*.mo"], excluir=[],
         copyright="GPL-2+"),
    dict(paquete="sword-text-sparv", version="2.60-1",
         sha256="5c87f9b2bc97457e8a872f5bae7ea7ce59cb3de1dcee73e4d4740451863694cf",
         licencia="LicenseRef-public-domain",
         licencia_texto="La Biblia Reina-Valera de 1909 es de dominio público (debian/copyright).",
         parte="El texto completo (módulo SWORD zText en OSIS), con la ortografía de 1909 puesta al día en los "
               "acentos (á → a, fué → fue…).",
         descripcion="Biblia Reina-Valera, revisión de 1909.",
         tipo="sword", rutas=["usr/share/sword/modules/texts/ztext/*.bzz"], excluir=[],
         copyright="public-domain"),
]
SOURCE_BY_NAME = {s["paquete"]: s for s in SOURCES}

# Paquetes auxiliares: no aportan texto, solo las definiciones de entidades que usan los manuales de KDE.
AUX_PACKAGES = {
    "kdoctools5": dict(paquete="kdoctools5", version="5.103.0-1", arch="amd64",
                       sha256="3665d1d6b0e410ca0a9175c5293d1751509c36f117e4d786459cd83f888b8317",
                       rutas=["usr/share/kf5/kdoctools/customization/entities/*.entities",
                              "usr/share/kf5/kdoctools/customization/es/*.entities"], excluir=[],
                       uso="Entidades de los manuales de KDE (&kde;, &Ctrl;, nombres de programas) en español."),
}


class CorpusError(Exception):
    "Error con un mensaje en español para quien ejecuta el script."


# ---------------------------------------------------------------------------------------------------------------
# Normalización y filtros de párrafos
# ---------------------------------------------------------------------------------------------------------------
ES_STOPWORDS = frozenset("""
a al algo algunas algunos ante antes aquí así aunque cada como con contra cual cuales cuando de del desde donde
durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto estos está están estar
fue ha han hasta hay la las le les lo los más me mi mientras mis mucho muy nada ni no nos o otra otras otro otros
para pero poco por porque puede pueden qué que quien se sea según ser si sin sino sobre son su sus también tan
tanto te tiene tienen todo todos tu tus un una unas uno unos usted y ya él
""".split())
EN_STOPWORDS = frozenset("""
the and of to is in that for with this you are be it on as by or from which can will not an if your have has
was were these those when what there their all more also only into than then do does should would may must
""".split())
WORD = re.compile(r"[^\W\d_]+")
URL = re.compile(r"(?:https?://|ftp://|www\.)\S+|\S+@\S+\.\w+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CODE_CHARS = re.compile(r"[/\\_=<>{}\[\]$#@|~*^`]|::|^--?[A-Za-z]|\w\.\w+\.|^\.\w|\w\(\)?$|[a-z][A-Z]")
LEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.(?:\d+\.)*)\s+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")   # los \t, \n y \r son espacios
MIN_WORDS, MIN_CHARS = 5, 30


def clean_text(text):
    "NFC, sin caracteres de control ni espacios de anchura cero, con los espacios en blanco colapsados."
    text = unicodedata.normalize("NFC", html.unescape(text) if "&" in text else text)
    text = CONTROL.sub("", text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", ""))
    return " ".join(text.split())


def norm_key(text):
    "Clave de duplicados: minúsculas, sin tildes, sin cifras ni signos; dos párrafos con la misma son «casi iguales»."
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return hashlib.sha1(" ".join(WORD.findall(t)).encode("utf-8")).hexdigest()


def words(text):
    return WORD.findall(text.lower())


def stopword_shares(text):
    "(fracción de palabras vacías españolas, fracción de palabras vacías inglesas) del texto."
    ws = words(text)
    if not ws:
        return 0.0, 0.0
    return sum(w in ES_STOPWORDS for w in ws) / len(ws), sum(w in EN_STOPWORDS for w in ws) / len(ws)


def is_code_token(tok):
    "¿Parece un trozo de código, una ruta, una opción o un identificador más que una palabra?"
    tok = tok.strip(".,;:¿?¡!«»\"'“”‘’()")
    return bool(tok) and bool(CODE_CHARS.search(tok))


def longest_code_run(tokens):
    run = best = 0
    for t in tokens:
        run = run + 1 if is_code_token(t) else 0
        best = max(best, run)
    return best


def letter_ratio(text):
    "Fracción de letras entre los caracteres que no son espacios."
    chars = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in chars) / len(chars) if chars else 0.0


def latin_ratio(text):
    "Fracción de letras del alfabeto latino (descarta párrafos en otras escrituras)."
    letters = [c for c in text if c.isalpha()]
    return sum(ord(c) < 0x250 for c in letters) / len(letters) if letters else 0.0


def is_spanish_paragraph(text):
    """¿Es `text` un párrafo de prosa en español? La prueba, sencilla y documentada en la ficha:

    - al menos 5 palabras y 30 caracteres;
    - al menos el 20 % de las palabras son palabras vacías españolas (`ES_STOPWORDS`: de, la, que, el, en…) y las
      inglesas (`EN_STOPWORDS`: the, and, of…) no pasan de la cuarta parte de esa fracción;
    - al menos el 75 % de los caracteres que no son espacios son letras, y casi todas del alfabeto latino;
    - no hay tres «palabras de código» seguidas (rutas, opciones, identificadores, símbolos como = / _ {}) ni
      más del 20 % de ellas en total; las URL no pasan del 20 % del texto;
    - no contiene direcciones de correo (datos personales de autores y traductores) ni empieza por un signo
      de cierre o de puntuación, que delata un hueco donde había código o una referencia.
    """
    ws = words(text)
    if len(ws) < MIN_WORDS or len(text) < MIN_CHARS or text[0] in ".,;:)]}»”" or EMAIL.search(text):
        return False
    es, en = stopword_shares(text)
    if es < 0.2 or en > es / 4:
        return False
    if letter_ratio(text) < 0.75 or latin_ratio(text) < 0.98:
        return False
    tokens = text.split()
    if longest_code_run(tokens) >= 3 or sum(map(is_code_token, tokens)) > 0.2 * len(tokens):
        return False
    return sum(len(u) for u in URL.findall(text)) <= 0.2 * len(text)


def clean_heading(text):
    "Quita la numeración inicial («6.2.1.», «A.3.») de un título."
    return LEADING_NUMBER.sub("", text).strip()


def is_good_heading(text):
    "¿Sirve `text` como título? Corto, de letras, sin código, sin URL y no en inglés."
    ws = words(text)
    if not 1 <= len(ws) <= 15 or len(text) > 120 or not text[0].isalpha() and text[0] not in "¿¡«\"":
        return False
    es, en = stopword_shares(text)
    if en > 0 and en >= es:
        return False
    return (letter_ratio(text) >= 0.7 and latin_ratio(text) >= 0.98 and not URL.search(text)
            and not any(map(is_code_token, text.split())))


# ---------------------------------------------------------------------------------------------------------------
# Extracción: HTML, Mallard y DocBook
# ---------------------------------------------------------------------------------------------------------------
VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param", "embed",
        "xref", "include", "revision", "colspec", "spanspec", "anchor", "co", "footnoteref", "void"}
BLOCK = {"p", "div", "li", "dt", "dd", "blockquote", "section", "article", "ul", "ol", "dl", "table", "tr",
         "figure", "figcaption", "caption", "body", "main", "center",
         # Mallard
         "page", "item", "note", "steps", "list", "terms", "tree", "example", "quote", "links", "desc",
         # DocBook XML
         "para", "simpara", "formalpara", "listitem", "varlistentry", "term", "glossentry", "glossdef", "glossterm",
         "chapter", "appendix", "preface", "book", "sect1", "sect2", "sect3", "sect4", "sect5", "tip", "warning",
         "important", "caution", "step", "procedure", "itemizedlist", "orderedlist", "variablelist", "qandaentry",
         "question", "answer", "abstract", "entry", "row", "refsect1", "refsect2", "partintro", "epigraph"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
TOP_SECTIONS = {"page", "chapter", "appendix", "preface", "book", "article", "sect1", "refentry", "partintro"}
SKIP_TAGS = {"head", "script", "style", "noscript", "nav", "pre", "table", "svg", "math", "form", "select",
             "button", "aside", "header", "footer", "textarea", "sup", "iframe", "object", "video", "audio",
             # Mallard
             "info", "screen", "synopsis", "media", "comment", "links", "credit", "license",
             # DocBook XML
             "indexterm", "programlisting", "articleinfo", "bookinfo", "chapterinfo", "sect1info", "sect2info",
             "legalnotice", "revhistory", "authorgroup", "mediaobject", "inlinemediaobject", "screenshot",
             "remark", "literallayout", "figure", "informalfigure", "informalexample", "footnote", "cmdsynopsis",
             "funcsynopsis", "toc", "index", "glossary-index", "address", "copyright", "subtitle", "titleabbrev",
             "refmeta", "refnamediv", "refsynopsisdiv", "equation", "inlineequation"}
CODE_TAGS = {"code", "tt", "kbd", "samp", "var", "cmd", "file", "input", "output", "sys",
             "command", "filename", "literal", "userinput", "computeroutput", "replaceable", "option", "varname",
             "envar", "function", "parameter", "systemitem", "prompt", "sgmltag", "constant", "type", "markup"}
CODE_CLASSES = re.compile(r"\b(command|literal|filename|computeroutput|userinput|replaceable|systemitem|option|"
                          r"parameter|function|varname|envar|classname|methodname|prompt|pre)\b")
SKIP_CLASSES = re.compile(
    r"\b(navheader|navfooter|docnav|toc|toc-title|lot|list-of-\w+|breadcrumbs?|header-\w+|footer|"
    r"sphinxsidebar|related|relatedtopics|headerlink|debug|bug|dropdowns|modules|contents-treeview|"
    r"index-label|search|embedded|legalnotice|copyright|footnotes?|reportbug|programlisting|screen|synopsis|"
    r"cmdsynopsis|funcsynopsis|literallayout|highlight(-\w+)?|nav_table|verbatim|example|informalexample|"
    r"mediaobject|figure|informalfigure|authorgroup|author|othercredit|revhistory|indexterm|seglistitem|"
    r"segmentedlist|table|informaltable|icontable|iconcell|noteicon|keyseq|listingblock|literalblock|details|"
    r"sectlevel\d|menu|toplang|bottomlang|lang-toggle|permalink)\b")
SKIP_IDS = re.compile(r"^(toc|path|quickview|page-header|footer|header|navigation|sidebar|breadcrumbs?|"
                      r"TopLeftHeader|DonationFrame|SearchFrame|DEBUG)$")
JOINERS = {"keycombo": "+", "keyseq": "+", "menuchoice": " ▸ ", "guiseq": " ▸ "}
PRE_RE = re.compile(r"<(pre|script|style|svg|programlisting|screen)\b.*?</\1\s*>", re.S | re.I)
COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
ENTITY_DECL = re.compile(r"""<!ENTITY\s+(?!%)([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>""")
HTML_ENTITIES = frozenset(n.rstrip(";") for n in html.entities.html5)


class BlockParser(HTMLParser):
    """Recorre un HTML (o un XML Mallard o DocBook) y devuelve bloques (`kind`, `level`, `text`, `plain_words`,
    `broken`).

    `kind` es "h" (título, con su `level`: 1-2 abre una sección nueva) o "p" (párrafo); `plain_words` cuenta las
    palabras fuera de etiquetas de código; `broken` indica que el bloque tenía un enlace cuyo texto se genera al
    publicar (Mallard `<link xref/>`, DocBook `<xref/>`) o una entidad desconocida, y quedaría cojo.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []        # [(tag, skip, code, heading_level)]
        self.joins = {}        # profundidad de un <keycombo>/<menuchoice> -> hijos vistos
        self.blocks = []
        self.buf, self.plain, self.level, self.broken = [], [], 0, False

    def _skip(self):
        return bool(self.stack) and self.stack[-1][1]

    def _code(self):
        return bool(self.stack) and self.stack[-1][2]

    def _heading(self):
        return self.stack[-1][3] if self.stack else 0

    def flush(self):
        text = "".join(self.buf)
        if text.strip():
            self.blocks.append(("h" if self.level else "p", self.level, text,
                                len(WORD.findall("".join(self.plain))), self.broken))
        self.buf, self.plain, self.level, self.broken = [], [], 0, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag in VOID:
            if tag == "br" and not self._skip():
                self.buf.append(" ")
            if tag in {"xref", "footnoteref"} or (tag == "link" and "xref" in a):
                if not self._skip():
                    self.broken = True   # el texto de este enlace se genera al publicar: el párrafo queda cojo
            return
        parent_skip, parent_code, parent_h = (self.stack[-1][1:] if self.stack else (False, False, 0))
        skip = (parent_skip or tag in SKIP_TAGS or "hidden" in a or a.get("aria-hidden") == "true"
                or (tag not in {"body", "html"} and bool(SKIP_CLASSES.search(cls)))
                or bool(SKIP_IDS.match(a.get("id") or ""))
                or (tag == "p" and cls == "title") or (tag == "title" and a.get("type") == "link"))
        code = parent_code or tag in CODE_TAGS or bool(CODE_CLASSES.search(cls))
        level = HEADINGS.get(tag, parent_h)
        depth = len(self.stack)
        if depth - 1 in self.joins and not skip:   # Ctrl+F, Editar ▸ Buscar: el separador lo pone quien publica
            if self.joins[depth - 1]:
                self.buf.append(JOINERS[self.stack[-1][0]])
            self.joins[depth - 1] += 1
        if tag in JOINERS:
            self.joins[depth] = 0
        if tag == "title":    # XML: un título de página, capítulo o sect1 abre sección; los demás son subtítulos
            level = 2 if self.stack and self.stack[-1][0] in TOP_SECTIONS else 3
        if (tag in BLOCK or tag in HEADINGS or tag == "title") and not parent_skip:
            self.flush()
        self.stack.append((tag, skip, code, level))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:   # <p/> de XML: un bloque vacío
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID or not any(t == tag for t, *_ in self.stack):
            return
        while self.stack:
            t, *_ = self.stack.pop()
            self.joins.pop(len(self.stack), None)
            if (t in BLOCK or t in HEADINGS or t == "title") and not self._skip():
                self.flush()
            if t == tag:
                break

    def handle_data(self, data):
        if self._skip() or not data:
            return
        if self._heading():
            self.level = self.level or self._heading()
        self.buf.append(data)
        if not self._code():
            self.plain.append(data)

    def close(self):
        super().close()
        self.flush()
        return self.blocks


def resolve_entities(raw, extra=""):
    """Sustituye las entidades que declaran el propio archivo o `extra` (<!ENTITY nombre "valor">), quita
    comentarios y declaraciones (DOCTYPE, secciones marcadas) que `html.parser` no entiende."""
    raw = COMMENT_RE.sub(" ", raw)
    ents = {}
    for m in ENTITY_DECL.finditer(COMMENT_RE.sub(" ", extra) + raw):
        ents.setdefault(m.group(1), m.group(2) if m.group(2) is not None else m.group(3))
    raw = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", " ", raw, count=1, flags=re.S)
    raw = re.sub(r"<!ENTITY[^>]*>|<!\[[^\[]*\[|\]\]>", " ", raw)
    for _ in range(3):   # los valores pueden usar otras entidades
        new = re.sub(r"&([\w.-]+);", lambda m: ents.get(m.group(1), m.group(0)), raw)
        if new == raw:
            break
        raw = new
    return raw


def html_blocks(raw, entities=""):
    "Bloques de un HTML o XML (Mallard, DocBook) en bruto (ver `BlockParser`); `entities`: declaraciones extra."
    p = BlockParser()
    raw = PRE_RE.sub(" ", resolve_entities(raw, entities))
    # las entidades que no son de HTML (&app;) se marcan para que el párrafo se descarte, no se copian como texto
    raw = re.sub(r"&([A-Za-z][\w.-]*);", lambda m: m.group(0) if m.group(1) in HTML_ENTITIES else "<void/>\x00",
                 raw)
    p.feed(raw)
    return [(k, lvl, t.replace("\x00", ""), n, broken or "\x00" in t) for k, lvl, t, n, broken in p.close()]


def markup_units(relpath, blocks):
    """Parte los bloques de una página en «unidades» (secciones que empiezan en un título de nivel 1-2) de
    (tipo, texto). Cada unidad se reserva entera para un split: así validation y test tienen secciones que train
    no ha visto."""
    units, cur, n = [], [], 0
    for kind, level, text, plain_words, broken in blocks:
        text = clean_text(text)
        if not text:
            continue
        if kind == "h":
            if level <= 2 and cur:
                units.append((f"{relpath}#{n}" if n else relpath, cur))
                cur, n = [], n + 1
            cur.append(("h", clean_heading(text)))
        elif not broken and plain_words >= 3:   # bloques solo de código o con un hueco: fuera
            cur.append(("p", text))
    if cur:
        units.append((f"{relpath}#{n}" if n else relpath, cur))
    return units


def html_units(relpath, raw, entities=""):
    "Unidades de una página HTML, Mallard o DocBook (ver `markup_units`)."
    return markup_units(relpath, html_blocks(raw, entities))


# ---------------------------------------------------------------------------------------------------------------
# Extracción: documentos de LyX
# ---------------------------------------------------------------------------------------------------------------
LYX_HEADINGS = {"Title", "Part", "Chapter", "Section", "Subsection", "Subsubsection", "Paragraph", "Addchap",
                "Section*", "Subsection*", "Chapter*", "Part*"}
LYX_PARAGRAPHS = {"Standard", "Itemize", "Enumerate", "Description", "Labeling", "Quotation", "Quote", "Verse",
                  "Abstract"}
LYX_SPECIAL = {"LyX": "LyX", "LaTeX": "LaTeX", "LaTeX2e": "LaTeX2e", "TeX": "TeX", "XeTeX": "XeTeX",
               "menuseparator": " ▸ ", "\\ldots": "…", "\\@.": "", "softhyphen": "", "ligaturebreak": "",
               "allowbreak": "", "slash": "/", "nobreakdash": "-", "endofsentence": ""}
LYX_BROKEN_INSETS = ("Info", "Formula", "CommandInset ref", "CommandInset href", "CommandInset citation",
                     "Flex URL", "ERT", "Graphics", "Tabular")


def lyx_units(relpath, raw):
    """Párrafos de un documento de LyX: el texto de los `\\begin_layout` de texto, sin los recuadros («insets»)
    de notas, índice, etiquetas, fórmulas ni código; un párrafo con una referencia, una fórmula o un dato que LyX
    rellena al mostrarlo (`Info`) se descarta porque quedaría con un hueco."""
    body = raw.split("\\begin_body", 1)[-1]
    blocks = []
    layout, buf, broken, depth_skip, depth, header = None, [], False, 0, 0, False
    for line in body.split("\n"):
        if line.startswith("\\begin_inset"):
            depth += 1
            kind = line[len("\\begin_inset "):]
            if depth_skip:
                continue
            if kind.startswith(("Quotes",)):
                q = kind.split()[-1] if len(kind.split()) > 1 else "eld"
                buf.append({"l": "«", "r": "»"}.get(q[1:2], "\"") if q.endswith("d") else "'")
            elif kind.startswith(("space", "Newline")):
                buf.append(" ")
            elif kind.startswith("Flex") and not kind.startswith("Flex URL"):
                header = True                      # texto en línea con otro estilo: se conserva, sin la
                                                   # cabecera del recuadro («status collapsed»)
            else:
                if kind.startswith(LYX_BROKEN_INSETS):
                    broken = True
                depth_skip = depth                 # notas, índice, etiquetas, notas al pie...: fuera
            continue
        if line.startswith("\\end_inset"):
            if depth_skip == depth:
                depth_skip = 0
            depth -= 1
            continue
        if depth_skip:
            continue
        if line.startswith("\\begin_layout"):
            header = False
            name = line[len("\\begin_layout "):].strip()
            if depth == 0 or layout is None:
                layout, buf, broken = name, [], False
            continue
        if line.startswith("\\end_layout"):
            if depth == 0 and layout is not None:
                text = "".join(buf)
                if layout in LYX_HEADINGS:
                    lvl = 1 if layout in {"Title", "Part", "Part*", "Chapter", "Chapter*", "Addchap"} else \
                        2 if layout in {"Section", "Section*"} else 3
                    blocks.append(("h", lvl, text, len(WORD.findall(text)), broken))
                elif layout in LYX_PARAGRAPHS:
                    blocks.append(("p", 0, text, len(WORD.findall(text)), broken))
                layout = None
            continue
        if header:
            continue
        if line.startswith("\\backslash"):
            buf.append("\\")
            continue
        if line.startswith("\\") and not line.startswith("\\SpecialChar"):
            continue                               # \emph on, \family sans, \lang english...: formato
        buf.append(re.sub(r"\\SpecialChar (\S+)", lambda m: LYX_SPECIAL.get(m.group(1), ""), line))
    return markup_units(relpath, blocks)


# ---------------------------------------------------------------------------------------------------------------
# Extracción: páginas de manual y fortunes
# ---------------------------------------------------------------------------------------------------------------
MAN_SKIP_SECTIONS = re.compile(r"^(SINOPSIS|RESUMEN|SYNOPSIS|AUTOR(ES)?|AUTHORS?|COPYRIGHT|DERECHOS DE AUTOR|"
                               r"TRADUCCI[ÓO]N|TRANSLATION|V[ÉE]ASE TAMBI[ÉE]N|VER TAMBI[ÉE]N|SEE ALSO|"
                               r"INFORMAR DE ERRORES|INFORME DE ERRORES|REPORTAR ERRORES|ERRORES|BUGS|COLOF[ÓO]N|"
                               r"COLOPHON|NOMBRE|NAME|ARCHIVOS|FICHEROS|FILES|HISTORIAL|HISTORIA|EST[ÁA]NDARES|"
                               r"CONFORME A|VERSIONES|DISPONIBILIDAD)\b")


def groff_version():
    try:
        r = subprocess.run(["groff", "--version"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        raise CorpusError("No encuentro `groff`, que hace falta para convertir las páginas de manual. "
                          "Instálelo con `sudo apt-get install groff-base` y vuelva a ejecutar el script.")
    return r.stdout.splitlines()[0].strip()


def render_man(path):
    "Texto UTF-8 de una página de manual `.gz`, con líneas muy largas para que cada párrafo quede en una."
    src = gzip.decompress(path.read_bytes())
    r = subprocess.run(["groff", "-Kutf-8", "-Tutf8", "-t", "-man", "-rLL=4000n", "-rHY=0", "-dAD=l", "-P-cbu"],
                       input=src, capture_output=True, check=False)
    return r.stdout.decode("utf-8", "replace")


def man_units(relpath, text):
    """Párrafos de una página de manual ya formateada: fuera cabecera, pie, etiquetas de opciones y las secciones
    de `MAN_SKIP_SECTIONS`."""
    lines = text.splitlines()
    nonblank = [i for i, l in enumerate(lines) if l.strip()]
    if len(nonblank) < 3:
        return []
    lines = lines[nonblank[0] + 1:nonblank[-1]]   # sin la cabecera LS(1)… ni el pie
    out, para, skipping = [], [], False

    def end_para():
        if para and not skipping:
            out.append(("p", " ".join(para)))
        para.clear()

    for line in lines:
        if not line.strip():
            end_para()
            continue
        indent = len(line) - len(line.lstrip())
        s = line.strip()
        if indent == 0:                      # título de sección
            end_para()
            skipping = bool(MAN_SKIP_SECTIONS.match(s.upper()))
            if not skipping:
                out.append(("h", s.capitalize() if s.isupper() else s))
            continue
        if s.startswith("-") or s.startswith("+"):   # «-a, --all   descripción»: fuera la etiqueta de la opción
            end_para()
            m = re.match(r"^\S.*?\s{2,}(.+)$", s)
            if not m:
                continue
            s = m.group(1)
        para.append(s)
    end_para()
    return [(relpath, out)] if out else []


def fortune_units(relpath, text):
    "Citas de un archivo de fortune (separadas por líneas «%»), agrupadas en unidades de unos 8 kB."
    quotes = []
    for chunk in re.split(r"(?m)^%\s*$", text):
        body, author = [], []
        for line in chunk.strip("\n").splitlines():
            s = line.strip()
            if not s:
                continue
            if s.startswith("--") or author:   # atribución: «-- Autor. (fechas) Descripción»
                author.append(s.lstrip("- ").strip())
            else:
                body.append(s)
        if body:
            q = " ".join(body)
            if author:
                q += "\n—" + " ".join(author)
            quotes.append(("p", q))
    return group_units(relpath, quotes)


def group_units(relpath, blocks, limit=DOC_MAX_BYTES):
    "Agrupa bloques sueltos (citas, mensajes) en unidades consecutivas de unos `limit` bytes: `ruta#0`, `ruta#1`…"
    units, cur, size = [], [], 0
    for b in blocks:
        n = len(b[1].encode("utf-8")) + 2
        if cur and size + n > limit:
            units.append((f"{relpath}#{len(units)}", cur))
            cur, size = [], 0
        cur.append(b)
        size += n
    if cur:
        units.append((f"{relpath}#{len(units)}", cur))
    return units


# ---------------------------------------------------------------------------------------------------------------
# Extracción: catálogos de traducción (.mo) y módulos SWORD
# ---------------------------------------------------------------------------------------------------------------
SENTENCE_END = (".", "!", "?", "…", "»", "\"", "”", ")")
MO_JUNK = re.compile(r"%[-+ #0-9.]*[sdifuxXlcp%]|%\d|%\(|\$[\w{(]|\{[\w.:]*\}|<[^>]*>|&\w+;|\[/?\w+[^\]]*\]|"
                     r"\\[nt]|@\w+@|\|")


def mo_messages(data):
    "Traducciones (msgstr) de un catálogo .mo de gettext, en el orden del archivo (alfabético por el original)."
    e = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    _, _, n, orig, trans = struct.unpack(e + "5I", data[:20])
    out = []
    for i in range(n):
        olen, ooff = struct.unpack(e + "2I", data[orig + 8 * i:orig + 8 * i + 8])
        tlen, toff = struct.unpack(e + "2I", data[trans + 8 * i:trans + 8 * i + 8])
        msgid = data[ooff:ooff + olen]
        if not msgid or b"\x00" in msgid:      # la cabecera y los plurales (cadenas cortas de interfaz): fuera
            continue
        out.append(data[toff:toff + tlen].decode("utf-8", "replace"))
    return out


def gettext_units(relpath, data):
    """Mensajes traducidos de un catálogo .mo como párrafos (partidos por líneas en blanco), agrupados en unidades
    de ~8 kB. Se descartan los que llevan variables (%s, $nombre, {x}), marcas (<b>, [tag]) o escapes, y las
    etiquetas de interfaz: un párrafo debe tener al menos 6 palabras y acabar en un signo de final de frase."""
    paras = []
    for msg in mo_messages(data):
        for p in re.split(r"\n\s*\n", msg):
            p = " ".join(p.split())
            if p and not MO_JUNK.search(p) and len(WORD.findall(p)) >= 6 and p.endswith(SENTENCE_END):
                paras.append(("p", p))
    return group_units(relpath, paras)


RV1909_SPELLING = {"á": "a", "Á": "A", "é": "e", "É": "E", "ó": "o", "Ó": "O", "ú": "u", "Ú": "U",
                   "fué": "fue", "Fué": "Fue", "fuí": "fui", "Fuí": "Fui", "dió": "dio", "Dió": "Dio",
                   "vió": "vio", "Vió": "Vio", "dí": "di", "Dí": "Di", "ví": "vi", "Ví": "Vi", "huí": "hui"}


def modernize_rv1909(text, proper=frozenset()):
    """Pone al día los acentos de la ortografía de 1909 (á, é, ó, ú sueltas; fué, dió, vió…) y quita las
    mayúsculas de adorno del comienzo de capítulo («EN el principio» → «En el principio»); las palabras de
    `proper` (nombres propios) quedan con inicial mayúscula («Y SAMUEL dijo» → «Y Samuel dijo»)."""
    m = re.match(r"^((?:\w\s+)?[A-ZÁÉÍÓÚÑÜ]{2,}(?:\s+[A-ZÁÉÍÓÚÑÜ]{2,})*)\b", text)
    if m:
        head = re.sub(r"\w+", lambda w: w.group(0).capitalize() if w.group(0).lower() in proper
                      else w.group(0).lower(), m.group(1))
        text = head[0].upper() + head[1:] + text[m.end():]
    return re.sub(r"\w+", lambda m: RV1909_SPELLING.get(m.group(0), m.group(0)), text)


def sword_units(relpath, path):
    """Libros de un módulo SWORD zText (OSIS): `ot.bzz`/`nt.bzz` son bloques zlib cuyo índice está en `.bzs`. Cada
    libro es una unidad; cada capítulo, un párrafo (el módulo no marca párrafos más finos)."""
    index, blob = path.with_suffix(".bzs").read_bytes(), path.read_bytes()
    osis = "".join(zlib.decompress(blob[off:off + size]).decode("utf-8")
                   for off, size, _ in struct.iter_unpack("<III", index))
    plain = re.sub(r"<[^>]+>", " ", osis)
    counts = Counter(re.findall(r"\w+", plain))
    proper = frozenset(w.lower() for w, n in counts.items()
                       if w[:1].isupper() and w[1:].islower() and n > counts.get(w.lower(), 0))
    units = []
    for book in re.split(r'(?=<div[^>]*type="book"[^>]*/>)', osis):
        m = re.search(r'<div[^>]*osisID="([^"]+)"[^>]*type="book"', book)
        title = re.search(r'<title[^>]*type="main"[^>]*>(.*?)</title>', book)
        if not m:
            continue
        body = re.sub(r"<title\b.*?</title>|<note\b.*?</note>", " ", book, flags=re.S)
        body = re.sub(r'<chapter[^>]*/>|<div[^>]*type="x-p"[^>]*/>', "\n\n", body)
        body = re.sub(r"(</w>|</transChange>)(?=<w\b|<transChange\b)", r"\1 ", body)  # palabras pegadas
        body = html.unescape(re.sub(r"<[^>]+>", "", body))
        paras = [modernize_rv1909(" ".join(p.split()), proper) for p in body.split("\n\n") if p.strip()]
        blocks = ([("h", html.unescape(title.group(1)))] if title else []) + [("p", p) for p in paras]
        units.append((f"{relpath}#{m.group(1)}", blocks))
    return units


# ---------------------------------------------------------------------------------------------------------------
# Paquetes: caché, SHA-256, extracción
# ---------------------------------------------------------------------------------------------------------------
def deb_filename(src):
    "Nombre que da `apt-get download` al .deb (los «:» de la época de la versión se escriben %3a)."
    return f"{src['paquete']}_{src['version'].replace(':', '%3a')}_{src.get('arch', 'all')}.deb"


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def get_deb(src, cache):
    "Ruta del .deb en la caché (descargándolo con apt-get si falta), comprobada contra el SHA-256 de la tabla."
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / deb_filename(src)
    if not path.exists():
        spec = f"{src['paquete']}={src['version']}"
        print(f"  descargando {spec} con apt-get download…", file=sys.stderr)
        try:
            r = subprocess.run(["apt-get", "download", spec], cwd=cache, capture_output=True, text=True)
        except OSError:
            raise CorpusError(f"Falta {path} y no encuentro `apt-get` para descargarlo. Copie el .deb a {cache} "
                              "o indique otra carpeta con --debs.")
        if r.returncode != 0 or not path.exists():
            raise CorpusError(f"No he podido descargar {spec}: {r.stderr.strip()[-500:]}\n"
                              "Pruebe `sudo apt-get update` o copie el .deb a la carpeta de --debs.")
    digest = sha256_file(path)
    if digest != src["sha256"]:
        raise CorpusError(f"El archivo {path} tiene SHA-256 {digest}, pero la tabla de fuentes espera "
                          f"{src['sha256']}. No es el paquete {src['paquete']} {src['version']} con el que se "
                          "construyó el corpus: bórrelo para que se vuelva a descargar o revise la tabla.")
    return path


def extract_deb(deb, dest):
    dest.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True, capture_output=True)
    except OSError:
        raise CorpusError("No encuentro `dpkg-deb`, que hace falta para abrir los .deb (paquete dpkg).")
    except subprocess.CalledProcessError as e:
        raise CorpusError(f"`dpkg-deb -x {deb}` ha fallado: {e.stderr.decode(errors='replace')[-500:]}")


def check_copyright(src, root):
    "El archivo de copyright del paquete debe nombrar la licencia anotada en la tabla."
    if src["copyright"] is None:
        return
    path = root / src.get("copyright_ruta", f"usr/share/doc/{src['paquete']}/copyright")
    text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    if src["copyright"] not in text:
        raise CorpusError(f"El copyright de {src['paquete']} ({path}) no menciona «{src['copyright']}»: "
                          "revise la licencia anotada en la tabla de fuentes antes de usar su texto.")


def matches(rel, patterns):
    return any(fnmatch.fnmatch(rel, p) for p in patterns)


def source_files(src, root):
    "Archivos usados de un paquete extraído, en orden estable."
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not path.is_symlink() and matches(rel, src["rutas"]) and not matches(rel, src["excluir"]):
            files.append((rel, path))
    return files


def page_units(src, rel, path, entities=""):
    "Unidades (id, [(tipo, texto)]) de un archivo según el tipo de la fuente."
    kind = src["tipo"]
    if kind == "man":
        return man_units(rel, render_man(path))
    if kind == "gettext":
        return gettext_units(rel, path.read_bytes())
    if kind == "sword":
        return sword_units(rel, path)
    text = path.read_bytes().decode("utf-8", "replace")
    if kind == "fortune":
        return fortune_units(rel, text)
    if kind == "lyx":
        return lyx_units(rel, text)
    return html_units(rel, text, entities)


def aux_entities(aux, root):
    "Declaraciones de entidades (<!ENTITY …>) de un paquete auxiliar extraído en `root`, en orden estable."
    return "".join(path.read_text(encoding="utf-8", errors="replace") for _, path in source_files(aux, root))


# ---------------------------------------------------------------------------------------------------------------
# Limpieza de una fuente, deduplicación global y documentos
# ---------------------------------------------------------------------------------------------------------------
def clean_source(src, pages, seen):
    """Filtra las unidades de una fuente. `pages`: [(archivo, [(id, bloques)])]; `seen`: claves ya usadas en el
    corpus (se actualiza). Devuelve [(id_unidad, [grupos])], donde un grupo es un párrafo aceptado precedido de su
    título, si lo tiene, y un contador de lo descartado."""
    drops = Counter()
    pages = [(rel, [(uid, [(kind, "\n".join(filter(None, map(clean_text, text.split("\n")))))
                           for kind, text in blocks]) for uid, blocks in units]) for rel, units in pages]
    per_page = defaultdict(set)     # clave -> archivos en que aparece (plantillas repetidas)
    for rel, units in pages:
        for _, blocks in units:
            for kind, text in blocks:
                if kind == "p":
                    per_page[norm_key(text)].add(rel)
    boiler = {k for k, v in per_page.items() if len(v) >= BOILERPLATE_PAGES}
    out = []
    for rel, units in pages:
        for uid, blocks in units:
            groups, pending = [], None
            for kind, text in blocks:
                key = norm_key(text)
                if kind == "h":
                    pending = text if is_good_heading(text) else None
                    continue
                if key in boiler:
                    drops["plantilla repetida"] += 1
                elif not is_spanish_paragraph(text):
                    drops["no es prosa en español"] += 1
                elif key in seen:
                    drops["duplicado"] += 1
                else:
                    seen.add(key)
                    group = [text]
                    if pending is not None and norm_key(pending) not in seen:   # el título solo entra si le
                        seen.add(norm_key(pending))                             # sigue un párrafo aceptado
                        group.insert(0, pending)
                    pending = None
                    groups.append(group)
            if groups:
                out.append((uid, groups))
    return out, drops


def chunk_lines(groups, limit=DOC_MAX_BYTES):
    """Reparte grupos (título + párrafo, o párrafo solo) en trozos de a lo sumo `limit` bytes unidos por \\n\\n,
    sin separar un título de su párrafo; un grupo más largo que `limit` forma un trozo él solo."""
    chunks, cur, size = [], [], 0
    for group in groups:
        n = sum(len(line.encode("utf-8")) + 2 for line in group)
        if cur and size + n > limit + 2:
            chunks.append(cur)
            cur, size = [], 0
        cur.extend(group)
        size += n
    if cur:
        chunks.append(cur)
    return chunks


def nbytes(text):
    return len(text.encode("utf-8"))


def unit_bytes(groups):
    "Bytes del texto de una unidad (sus grupos de líneas unidos por \\n\\n)."
    return nbytes("\n\n".join(line for g in groups for line in g))


def assign_splits(units_by_source):
    """Decide el split de cada unidad. Las de `HELD_OUT_SOURCE` van todas a test; en las demás fuentes se toman
    unidades enteras, en el orden que da un hash con semilla fija, hasta ~3 % de sus bytes para validation y
    ~2,5 % para test. Devuelve {(fuente, id_unidad): split}."""
    split_of = {}
    for name, units in units_by_source.items():
        if name == HELD_OUT_SOURCE:
            for uid, _ in units:
                split_of[(name, uid)] = "test"
            continue
        total = sum(unit_bytes(groups) for _, groups in units)
        order = sorted(units, key=lambda u: hashlib.sha256(f"{SEED}|{name}|{u[0]}".encode()).hexdigest())
        quota = {"validation": VAL_FRACTION * total, "test": TEST_FRACTION * total}
        got = {"validation": 0, "test": 0}
        for uid, groups in order:
            size = unit_bytes(groups)
            split = "train"
            for s in ("validation", "test"):
                if got[s] < quota[s] and got[s] + size <= 1.5 * quota[s]:
                    split = s
                    break
            got[split] = got.get(split, 0) + size
            split_of[(name, uid)] = split
    return split_of


def build(cache, out_dir, work):
    "Construye el corpus; devuelve las estadísticas."
    gv = groff_version()
    entities = {}
    for name, aux in AUX_PACKAGES.items():
        print(f"{name} {aux['version']} (auxiliar)", file=sys.stderr)
        root = work / name
        extract_deb(get_deb(aux, cache), root)
        entities[name] = aux_entities(aux, root)
        shutil.rmtree(root)
    seen, units_by_source, report = set(), {}, {}
    for src in SOURCES:
        name = src["paquete"]
        print(f"{name} {src['version']}", file=sys.stderr)
        deb = get_deb(src, cache)
        root = work / name
        extract_deb(deb, root)
        check_copyright(src, root)
        ents = entities.get(src.get("entidades"), "")
        pages = [(rel, page_units(src, rel, path, ents)) for rel, path in source_files(src, root)]
        if not pages:
            raise CorpusError(f"El paquete {name} no tiene ningún archivo que coincida con {src['rutas']}.")
        units, drops = clean_source(src, pages, seen)
        units_by_source[name] = units
        report[name] = dict(archivos=len(pages), descartes=dict(sorted(drops.items())))
        shutil.rmtree(root)
    split_of = assign_splits(units_by_source)
    rows = {s: [] for s in SPLITS}
    for name, units in units_by_source.items():
        lic = SOURCE_BY_NAME[name]["licencia"]
        for uid, groups in units:
            chunks = chunk_lines(groups)
            for k, chunk in enumerate(chunks):
                if not any(is_spanish_paragraph(l) for l in chunk):
                    continue
                doc = f"{name}:{uid}" + (f":{k}" if len(chunks) > 1 else "")
                rows[split_of[(name, uid)]].append(dict(text="\n\n".join(chunk), fuente=name, documento=doc,
                                                        licencia=lic))
    out_dir.mkdir(parents=True, exist_ok=True)
    for s in SPLITS:
        write_jsonl_gz(out_dir / f"{s}.jsonl.gz", rows[s])
    stats = make_stats(rows, report, gv)
    (out_dir / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(data_card(stats), encoding="utf-8")
    return stats


def write_jsonl_gz(path, rows):
    "JSONL comprimido con gzip, sin nombre ni fecha en la cabecera: los bytes solo dependen de las filas."
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        for r in rows:
            gz.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    path.write_bytes(buf.getvalue())


def read_jsonl_gz(path):
    "Filas de un `.jsonl.gz` escrito por `write_jsonl_gz`."
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def make_stats(rows, report, groff):
    stats = dict(total=dict(bytes=0, documentos=0), splits={}, fuentes={}, herramientas=dict(groff=groff),
                 semilla=SEED, fuente_reservada_para_test=HELD_OUT_SOURCE)
    for src in SOURCES:
        stats["fuentes"][src["paquete"]] = dict(version=src["version"], licencia=src["licencia"], bytes=0,
                                                documentos=0, **report.get(src["paquete"], {}))
    for s in SPLITS:
        per = {}
        for r in rows[s]:
            d = per.setdefault(r["fuente"], dict(bytes=0, documentos=0))
            d["bytes"] += nbytes(r["text"])
            d["documentos"] += 1
        per = {k: per[k] for k in SOURCE_BY_NAME if k in per}
        b, n = sum(d["bytes"] for d in per.values()), sum(d["documentos"] for d in per.values())
        stats["splits"][s] = dict(bytes=b, documentos=n, fuentes=per)
        stats["total"]["bytes"] += b
        stats["total"]["documentos"] += n
        for k, d in per.items():
            stats["fuentes"][k]["bytes"] += d["bytes"]
            stats["fuentes"][k]["documentos"] += d["documentos"]
    return stats


# ---------------------------------------------------------------------------------------------------------------
# Ficha de datos
# ---------------------------------------------------------------------------------------------------------------
def mb(n):
    return f"{n / 1e6:.2f}".replace(".", ",")


def pct(a, b):
    return f"{100 * a / b:.1f}".replace(".", ",") if b else "0"


def register_of(name):
    "Grupo de registro de una fuente para la ficha: documentación, páginas de manual, juegos, citas o Biblia."
    kind = SOURCE_BY_NAME[name]["tipo"]
    if kind == "gettext":
        return "juegos (narración, diálogos, enciclopedias)"
    if kind == "sword":
        return "Biblia (prosa literaria de 1909)"
    if kind == "fortune":
        return "citas y refranes"
    if kind == "man":
        return "páginas de manual"
    return "manuales y ayuda de programas"


def data_card(stats):
    "Ficha de datos (README.md) en español, con las cifras de `stats`."
    t = stats["total"]
    src_rows = "\n".join(
        f"| `{s['paquete']}` | {s['version']} | {s['descripcion']} {s['parte']} | `{s['licencia']}`: "
        f"{s['licencia_texto']} | {mb(stats['fuentes'][s['paquete']]['bytes'])} |"
        for s in SOURCES)
    split_rows = "\n".join(
        f"| {s} | {stats['splits'][s]['documentos']} | {mb(stats['splits'][s]['bytes'])} | "
        f"{pct(stats['splits'][s]['bytes'], t['bytes'])} % | {len(stats['splits'][s]['fuentes'])} |"
        for s in SPLITS)
    groups = Counter()
    for name, d in stats["fuentes"].items():
        groups[register_of(name)] += d["bytes"]
    group_rows = "\n".join(f"| {g} | {mb(b)} | {pct(b, t['bytes'])} % |" for g, b in groups.most_common())
    aux_rows = "\n".join(f"- `{a['paquete']}` {a['version']}: {a['uso']}" for a in AUX_PACKAGES.values())
    held_desc = SOURCE_BY_NAME[HELD_OUT_SOURCE]["descripcion"]
    held_desc = held_desc[0].lower() + held_desc[1:].rstrip(".")
    return f"""# Corpus de prosa en español de paquetes de Debian

Texto real en español, con licencias libres conocidas, sacado de lo que Debian 12 «bookworm» empaqueta:
manuales de administración, instalación y seguridad de Debian; la ayuda de LibreOffice, GIMP, GNOME, MATE y KDE;
los manuales de LilyPond, LyX, Apache y LaTeX; páginas de manual; los textos traducidos de cuatro juegos libres
(Battle for Wesnoth, Freeciv, UFO: Alien Invasion, Widelands); una colección de citas y refranes, y la Biblia
Reina-Valera de 1909. Se usa para preentrenar la versión 2 de `micro-llm-es`, el pequeño modelo causal en
español del curso (tokenizador BPE de 16k, unos 10–30 M de parámetros), junto con el corpus generado y escrito a
mano de `finetune_course/assets/corpus/`.

Se reconstruye con `python scripts/make_corpus_debian.py` desde la raíz del repositorio (unos 3 minutos en un
núcleo). El script descarga con `apt-get download` los paquetes exactos de la tabla si no están en la caché
(`~/.cache/finetune_course/debian`, o `--debs`; en total ~1,1 GB, casi todo imágenes y sonidos de los juegos y
manuales), comprueba su SHA-256 y, con la misma versión de groff ({stats['herramientas']['groff']}), da los mismos
bytes. Si una versión ya no está en el archivo de Debian (las actualizaciones de seguridad sustituyen a las
anteriores), se puede bajar del archivo histórico de instantáneas de Debian y dejar en la caché.

## Archivos

- `train.jsonl.gz`, `validation.jsonl.gz`, `test.jsonl.gz` (gzip sin fecha ni nombre en la cabecera): una línea
  JSON por documento con `text` (párrafos separados por una línea en blanco; los títulos, en su propia línea
  corta), `fuente` (nombre del paquete de Debian), `documento` (identificador estable: paquete, archivo, sección
  y trozo) y `licencia` (identificador al estilo SPDX).
- `stats.json`: bytes (UTF-8 del campo `text`) y documentos por split y por fuente, archivos leídos y párrafos
  descartados (y por qué) en cada paquete.

Total: **{mb(t['bytes'])} MB** de texto en {t['documentos']} documentos.

| split | documentos | MB | % de bytes | fuentes |
|---|---|---|---|---|
{split_rows}

Por registro:

| registro | MB | % |
|---|---|---|
{group_rows}

## Fuentes

Todos los paquetes son de la sección main de Debian 12. La licencia se ha leído en el archivo
`usr/share/doc/<paquete>/copyright` de cada uno o, cuando la documentación la declara en sus propias páginas,
en esas páginas; el script comprueba que el texto anotado sigue ahí.

| paquete | versión | qué es y qué parte se usa | licencia | MB |
|---|---|---|---|---|
{src_rows}

Paquetes auxiliares (no aportan texto):

{aux_rows}

Descartados tras revisarlos: `apertium-eng-spa` (datos de un traductor automático, no prosa), `debian-faq` y
`debian-history` (sin español), `linuxcnc-doc-es` y `lilypond-doc-pdf-es` (solo PDF), `eyes17-manuals-es`
(PDF y EPUB, sin probar), el
manual de Debian Edu para Bullseye y la variante `es_CO` de la guía de MATE (repiten casi todo el texto), la guía
de TeX Live en español (no declara licencia), `shotwell-common`, `okular`, `konqueror`, `gwenview` y
`plasma-desktop-data` (su copyright no dice la licencia de la documentación), la ayuda de unas 50 aplicaciones
pequeñas de GNOME y MATE (aportaban poco: unos 0,5 MB entre todas) y la sección ofensiva de `fortunes-es`.

## Limpieza

1. **HTML, Mallard y DocBook** (`html.parser` de la biblioteca estándar): se quitan `<head>`, scripts, estilos,
   `<pre>`, tablas HTML, navegación, menús, índices, cabeceras y pies, notas al pie, avisos legales, créditos,
   ejemplos de código, figuras y los elementos ocultos; cada párrafo, elemento de lista o título es un bloque.
   Se descartan los bloques con menos de tres palabras fuera de etiquetas de código y los que tienen un enlace
   cuyo texto se genera al publicar (`<xref/>`, `<link xref/>`) o una entidad desconocida: quedarían con un
   hueco. Las entidades de los manuales de KDE se resuelven con las de `kdoctools5`. A los títulos se les quita
   la numeración («6.2.1.»); las combinaciones de teclas y los menús se unen con «+» y «▸».
2. **LyX**: el texto de los párrafos, sin recuadros de notas, índice, fórmulas, código ni referencias.
3. **Páginas de manual**: `groff -Tutf8 -t -man` con líneas muy largas; se quitan cabecera y pie, las etiquetas
   de las opciones y las secciones de nombre, sinopsis, archivos, autores, copyright, traducción, errores,
   historia y «véase también».
4. **Fortunes**: una cita por bloque (partiendo por las líneas `%`), con su atribución en una segunda línea que
   empieza por «—».
5. **Catálogos de traducción de los juegos** (`.mo`): cada mensaje traducido, partido por líneas en blanco, es
   un párrafo. Se quitan los que llevan variables (`%s`, `$nombre`, `{{x}}`) o marcas, y las etiquetas de
   interfaz: un mensaje debe tener al menos 6 palabras y acabar en un signo de final de frase.
6. **Biblia**: el módulo SWORD (OSIS comprimido con zlib) se lee con la biblioteca estándar; cada capítulo es un
   párrafo y cada libro una sección. La ortografía de 1909 se pone al día solo en los acentos («á», «é», «ó»,
   «ú» sueltas; «fué», «fuí», «dió», «vió», «dí», «ví», «huí») y en las mayúsculas de adorno del comienzo de
   cada capítulo; el léxico y la sintaxis («crió», «empero», «vosotros») quedan como están.
7. Unicode en NFC, espacios colapsados, sin guiones blandos ni espacios de anchura cero.
8. **Plantillas**: un párrafo que aparece en {BOILERPLATE_PAGES} o más archivos de un mismo paquete (avisos, pies,
   frases de navegación) se quita en todos.
9. **Filtro de idioma y de prosa** (`is_spanish_paragraph`): al menos {MIN_WORDS} palabras y {MIN_CHARS} caracteres;
   al menos un 20 % de palabras vacías españolas (de, la, que, el, en…) y como mucho la cuarta parte de esa
   fracción en palabras vacías inglesas (the, and, of…); al menos un 75 % de letras entre los caracteres que no
   son espacios, casi todas del alfabeto latino; ninguna racha de tres «palabras de código» (rutas, opciones,
   identificadores, símbolos como `= / _ {{}}`) ni más de un 20 % de ellas; URL por debajo del 20 % del texto;
   ninguna dirección de correo (son datos personales de autores y traductores); no empieza por un signo de
   puntuación (delata un hueco). Un título solo se conserva si le sigue un párrafo aceptado.
10. **Duplicados**: cada párrafo (y cada título) aparece una sola vez en todo el corpus. Dos párrafos son iguales
    si coinciden tras pasar a minúsculas y quitar tildes, cifras, signos y espacios (`norm_key`); se queda el
    primero en el orden de la tabla de fuentes. Esto quita también los casi duplicados triviales
    («versión 7.3» / «7.4»).

## Documentos y división

Cada página se parte en **secciones** (lo que empieza en un título de nivel 1 o 2; una página de manual entera;
un libro de la Biblia; un bloque de ~8 kB de citas o de mensajes de un catálogo) y cada sección en
**documentos** de a lo sumo {DOC_MAX_BYTES // 1000} kB, cortando entre párrafos. La división es **por sección
entera**: todos los documentos de una sección van al mismo split.

- En cada paquete, las secciones se ordenan por un hash SHA-256 con la semilla `{SEED}` y se toman secciones
  enteras hasta ~{pct(VAL_FRACTION, 1)} % de sus bytes para validation y ~{pct(TEST_FRACTION, 1)} % para test; así
  ambos contienen texto de casi todas las fuentes.
- Además, un paquete pequeño entero, `{HELD_OUT_SOURCE}` ({held_desc}), va **solo a test**: mide la
  perplejidad sobre un libro que el modelo no ha visto en absoluto.
- Como cada párrafo aparece una sola vez, ningún párrafo de validation o test está en train.

## Licencia

No hay una licencia única: cada documento conserva la de su paquete de Debian (campo `licencia` de cada fila;
tabla en «Fuentes»): GPL, GFDL, CC BY-SA, MPL, Apache, dominio público… Varias son *copyleft*: quien redistribuya
el corpus o parte de él tiene que respetar la licencia de cada fuente. El código que lo construye es del curso
(Apache-2.0).

## Limitaciones

- **Registro técnico**: más de la mitad es documentación de software (administración de sistemas, ofimática,
  edición de imágenes, redes, programación); abundan los nombres de programas, menús y órdenes. Un modelo
  entrenado solo con esto escribe como un manual.
- **La Biblia pesa mucho**: es la mayor fuente (~{pct(stats['fuentes']['sword-text-sparv']['bytes'], t['bytes'])} % de
  los bytes) y su español es el de 1909 (léxico y sintaxis arcaicos, «he aquí», «empero», enclíticos como
  «díjole»), aunque los acentos se han puesto al día. Se ha incluido porque sin ella la prosa en español que
  Debian empaqueta no llega a los 18 MB; quien quiera un modelo sin ese registro puede filtrar
  `fuente == "sword-text-sparv"`.
- **Juegos**: los mensajes de los catálogos están en el orden del catálogo (alfabético por el original inglés),
  no en el de la historia: cada documento es una colección de frases y párrafos sueltos (diálogos, narración,
  descripciones de unidades), como las citas de `fortunes-es`.
- **Traducciones**: casi todo el texto es traducción del inglés, con calcos, alguna errata y variantes de España
  y de América. Muchas traducciones (el Manual del Administrador de Debian, KiCad, LilyPond, Apache) están
  incompletas; el filtro quita los párrafos en inglés, pero puede quedar alguna frase suelta en inglés o algún
  nombre de opción dentro de un párrafo español.
- **Filtro sencillo**: el filtro de idioma y de código es heurístico; deja pasar alguna línea de menú o de
  ayuda emergente con suficientes palabras y quita alguna frase buena muy corta o con muchas rutas.
- **Duplicados no triviales**: solo se quitan los párrafos iguales tras normalizar; dos párrafos que cambian una
  palabra (frecuentes en la ayuda de LibreOffice) se conservan ambos y pueden caer en splits distintos.
- **Atribución**: las licencias (GPL, CC BY-SA, GFDL, MPL, Apache) permiten redistribuir y modificar citando a
  los autores y, en las copyleft, con la misma licencia; cada documento lleva su `fuente` y su `licencia`, y los
  autores están en el copyright de cada paquete. La licencia de `fortunes-es` se basa en la presunción de
  dominio público de su mantenedor.
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description="Construye el corpus de prosa en español de paquetes de Debian.")
    ap.add_argument("--debs", type=Path, default=CACHE, help=f"carpeta caché de los .deb (por defecto {CACHE})")
    ap.add_argument("--salida", type=Path, default=OUT, help=f"carpeta de salida (por defecto {OUT})")
    args = ap.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="corpus_debian_") as tmp:
            stats = build(args.debs.expanduser(), args.salida, Path(tmp))
    except CorpusError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    t = stats["total"]
    print(f"Escrito {args.salida}: {mb(t['bytes'])} MB en {t['documentos']} documentos "
          + ", ".join(f"{s} {mb(stats['splits'][s]['bytes'])} MB" for s in SPLITS), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
