"""Integridad del corpus de prosa en español sacado de paquetes de Debian (`assets/corpus_debian/`).

Comprueba los archivos que se distribuyen (no los regenera: eso necesita los .deb y unos minutos) y, con
ejemplos pequeños, las piezas de `scripts/make_corpus_debian.py` que deciden qué texto entra.
"""
import gzip
import json
import random
import re
import struct
from collections import Counter
from pathlib import Path

import pytest

import make_corpus_debian as mcd   # tests/conftest.py pone scripts/ en sys.path

DIR = Path(__file__).resolve().parents[1] / "finetune_course" / "assets" / "corpus_debian"
FIELDS = {"text", "fuente", "documento", "licencia"}


@pytest.fixture(scope="module")
def splits():
    return {s: mcd.read_jsonl_gz(DIR / f"{s}.jsonl.gz") for s in mcd.SPLITS}


@pytest.fixture(scope="module")
def stats():
    return json.loads((DIR / "stats.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def keys(splits):
    "Claves normalizadas de los párrafos (y títulos) de cada split."
    return {s: [mcd.norm_key(p) for r in rows for p in r["text"].split("\n\n")] for s, rows in splits.items()}


def test_rows_have_the_four_fields(splits):
    for s, rows in splits.items():
        assert rows, f"{s} está vacío"
        for i, r in enumerate(rows):
            assert set(r) == FIELDS, f"{s}[{i}]: campos {sorted(r)}"
            for f in FIELDS:
                assert isinstance(r[f], str) and r[f].strip(), f"{s}[{i}]: campo {f!r} vacío"


def test_every_source_is_in_the_table_with_its_licence(splits):
    for s, rows in splits.items():
        for r in rows:
            src = mcd.SOURCE_BY_NAME.get(r["fuente"])
            assert src is not None, f"{s}: fuente desconocida {r['fuente']!r}"
            assert r["licencia"] == src["licencia"], f"{r['documento']}: licencia {r['licencia']!r}"
            assert r["documento"].startswith(r["fuente"] + ":")


def test_source_table_is_complete():
    names = [s["paquete"] for s in mcd.SOURCES]
    assert len(names) == len(set(names))
    for s in [*mcd.SOURCES, *mcd.AUX_PACKAGES.values()]:
        assert re.fullmatch(r"[0-9a-f]{64}", s["sha256"]), s["paquete"]
        assert s["version"] and s["rutas"]
    for s in mcd.SOURCES:
        for f in ("licencia", "licencia_texto", "parte", "descripcion", "tipo"):
            assert s[f].strip(), f"{s['paquete']}: falta {f}"
        assert s["tipo"] in {"html", "xml", "lyx", "man", "fortune", "gettext", "sword"}
        assert s.get("entidades") in (None, *mcd.AUX_PACKAGES)
    assert mcd.HELD_OUT_SOURCE in mcd.SOURCE_BY_NAME


def test_document_ids_are_unique_and_never_shared_between_splits(splits):
    ids = Counter(r["documento"] for rows in splits.values() for r in rows)
    assert not [d for d, n in ids.items() if n > 1]
    # una sección entera (todo lo que va antes del número de trozo) está en un solo split
    section_split = {}
    for s, rows in splits.items():
        for r in rows:
            sec = re.sub(r":\d+$", "", r["documento"])
            assert section_split.setdefault(sec, s) == s, f"la sección {sec} está en dos splits"


def test_no_normalised_paragraph_in_two_splits(keys):
    sets = {s: set(k) for s, k in keys.items()}
    for a, b in [("train", "validation"), ("train", "test"), ("validation", "test")]:
        assert not sets[a] & sets[b], f"párrafos compartidos entre {a} y {b}"
    # más fuerte: cada párrafo aparece una sola vez en todo el corpus
    dup = [k for k, n in Counter(k for ks in keys.values() for k in ks).items() if n > 1]
    assert not dup, f"{len(dup)} párrafos repetidos"


def test_stats_agree_with_the_files(splits, stats):
    total_b = total_n = 0
    for s, rows in splits.items():
        per = Counter()
        docs = Counter()
        for r in rows:
            per[r["fuente"]] += len(r["text"].encode("utf-8"))
            docs[r["fuente"]] += 1
        st = stats["splits"][s]
        assert st["bytes"] == sum(per.values()) and st["documentos"] == len(rows), s
        assert {k: v["bytes"] for k, v in st["fuentes"].items()} == dict(per), s
        assert {k: v["documentos"] for k, v in st["fuentes"].items()} == dict(docs), s
        total_b, total_n = total_b + st["bytes"], total_n + len(rows)
    assert stats["total"] == {"bytes": total_b, "documentos": total_n}
    for name, d in stats["fuentes"].items():
        assert d["bytes"] == sum(stats["splits"][s]["fuentes"].get(name, {}).get("bytes", 0) for s in mcd.SPLITS)


def test_total_text_is_at_least_18_mb(stats):
    assert stats["total"]["bytes"] >= 18_000_000


def test_held_out_splits_mix_several_sources(splits, stats):
    for s in ("validation", "test"):
        assert len({r["fuente"] for r in splits[s]}) >= 10, s
        share = stats["splits"][s]["bytes"] / stats["total"]["bytes"]
        assert 0.02 <= share <= 0.05, f"{s}: {share:.3f} de los bytes"
    # el paquete reservado está entero en test y en ningún otro split
    assert {r["fuente"] for r in splits["train"] + splits["validation"]}.isdisjoint({mcd.HELD_OUT_SOURCE})
    assert any(r["fuente"] == mcd.HELD_OUT_SOURCE for r in splits["test"])


def test_documents_are_not_too_long(splits):
    "Solo pasa de DOC_MAX_BYTES un documento de un único párrafo largo (con su título, si lo tiene)."
    for rows in splits.values():
        for r in rows:
            paras = r["text"].split("\n\n")
            single = len(paras) == 1 or (len(paras) == 2 and len(paras[0]) <= 120)
            assert len(r["text"].encode("utf-8")) <= mcd.DOC_MAX_BYTES or single, r["documento"]


def test_a_sample_looks_spanish(splits):
    rows = [r for rs in splits.values() for r in rs]
    sample = random.Random(0).sample(rows, 400)
    shares = [mcd.stopword_shares(r["text"]) for r in sample]
    es = sorted(e for e, _ in shares)
    assert es[len(es) // 2] >= 0.35, f"mediana de palabras vacías españolas {es[len(es) // 2]:.2f}"
    assert max(en for _, en in shares) < 0.05
    assert all(mcd.is_spanish_paragraph(p) or len(p) <= 120
               for r in sample for p in r["text"].split("\n\n")), "párrafo largo que no pasa el filtro"


def test_gzip_headers_carry_no_date_or_name():
    for s in mcd.SPLITS:
        head = (DIR / f"{s}.jsonl.gz").read_bytes()[:10]
        assert head[:2] == b"\x1f\x8b" and struct.unpack("<I", head[4:8])[0] == 0
        assert not head[3] & 0x08, "el gzip guarda un nombre de archivo"


def test_data_card_lists_every_source_and_licence():
    card = (DIR / "README.md").read_text(encoding="utf-8")
    for s in mcd.SOURCES:
        assert f"`{s['paquete']}`" in card and s["licencia"] in card, s["paquete"]
    assert "micro-llm-es" in card


# --- piezas del script, con ejemplos pequeños ---

def test_spanish_filter_on_examples():
    ok = "Para guardar el documento, elija Archivo y después pulse el botón Guardar de la barra."
    assert mcd.is_spanish_paragraph(ok)
    assert not mcd.is_spanish_paragraph("To save the document, choose File and then click the Save button.")
    assert not mcd.is_spanish_paragraph("Ejecute sudo apt-get install --yes /tmp/paquete_1.0.deb en la shell.")
    assert not mcd.is_spanish_paragraph("Pulse Aceptar.")                                   # demasiado corto
    assert not mcd.is_spanish_paragraph("Escriba a la lista de correo fulano@example.org si tiene dudas.")
    assert not mcd.is_spanish_paragraph(", que es la opción que se usa por omisión en todos los casos.")


def test_norm_key_catches_near_exact_duplicates():
    assert mcd.norm_key("Versión 7.3: «Guardar» el archivo.") == mcd.norm_key("versión 7,4 — guardar el ARCHIVO")
    assert mcd.norm_key("Abrir el archivo") != mcd.norm_key("Cerrar el archivo")


def test_html_blocks_drop_navigation_code_and_hidden_text():
    raw = ("<html><head><title>T</title></head><body><div class='navheader'>Anterior Siguiente</div>"
           "<h2>Un título</h2><p>Texto con <code>ls -l</code> dentro.</p><pre>make install</pre>"
           "<p><code>solo_codigo --todo</code></p><span hidden='true'>oculto</span>"
           "<p>Pulse <span class='keycombo'>Ctrl</span> ahora.</p></body></html>")
    blocks = [(k, t) for k, _, t, _, _ in mcd.html_blocks(raw)]
    assert ("h", "Un título") in blocks
    assert ("p", "Texto con ls -l dentro.") in blocks
    text = " ".join(t for _, t in blocks)
    assert "Anterior" not in text and "make install" not in text and "oculto" not in text
    units = mcd.html_units("x.html", raw)
    assert ("p", "solo_codigo --todo") not in units[0][1]   # bloque solo de código: fuera


def test_mo_messages_reads_a_small_catalogue():
    pairs = [(b"", b"Content-Type: text/plain; charset=UTF-8\n"), (b"Hello", "Hola, ¿qué tal?".encode())]
    n = len(pairs)
    orig, trans, data_off = 28, 28 + 8 * n, 28 + 16 * n
    table_o, table_t, blob = b"", b"", b""
    for msgid, _ in pairs:
        table_o += struct.pack("<2I", len(msgid), data_off + len(blob))
        blob += msgid + b"\x00"
    for _, msgstr in pairs:
        table_t += struct.pack("<2I", len(msgstr), data_off + len(blob))
        blob += msgstr + b"\x00"
    data = struct.pack("<7I", 0x950412DE, 0, n, orig, trans, 0, 0) + table_o + table_t + blob
    assert mcd.mo_messages(data) == ["Hola, ¿qué tal?"]


def test_rv1909_spelling_is_modernised():
    out = mcd.modernize_rv1909("Y SAMUEL habló á todo Israel: y fué oída su voz é Isaac dió gracias.",
                               proper=frozenset({"samuel"}))
    assert out == "Y Samuel habló a todo Israel: y fue oída su voz e Isaac dio gracias."


def test_gzip_writer_is_deterministic(tmp_path):
    rows = [dict(text="Un párrafo de prueba.", fuente="x", documento="x:1", licencia="MIT")]
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    mcd.write_jsonl_gz(a, rows)
    mcd.write_jsonl_gz(b, rows)
    assert a.read_bytes() == b.read_bytes()
    assert mcd.read_jsonl_gz(a) == rows
    assert gzip.decompress(a.read_bytes()).decode("utf-8").endswith("\n")


def test_a_deb_with_another_sha256_is_refused(tmp_path):
    src = mcd.SOURCES[0]
    (tmp_path / mcd.deb_filename(src)).write_bytes(b"no es un .deb")
    with pytest.raises(mcd.CorpusError, match="SHA-256"):
        mcd.get_deb(src, tmp_path)
