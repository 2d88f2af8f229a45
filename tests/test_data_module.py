"""Paso 3 (`data`): carga de ficheros con errores en español, validación, división estratificada y tokenización."""
import hashlib, json
from collections import Counter

import pytest
from datasets import Dataset, DatasetDict

from finetune_course.core import CourseError, asset_path
from finetune_course.steps.objective import get_task, TaskSpec
from finetune_course.steps.data import (load_file, load_task_data, validate_data, split_data, tokenize_data,
                                  drop_duplicates, token_lengths, truncation_cost)

SPEC = get_task("phishing")
LABELS = SPEC.labels


def rows(n=40, share=0.3):
    "n filas con una proporción `share` de phishing y textos distintos."
    k = int(n * share)
    return [{"text": f"Mensaje número {i}: " + ("confirma tu PIN en banco-falso.top" if i < k else "nos vemos mañana"),
             "label": "phishing" if i < k else "legitimo"} for i in range(n)]


def write_jsonl(path, items):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    return path


def test_missing_file(tmp_path):
    with pytest.raises(CourseError, match="no existe"):
        load_file(tmp_path / "no_existe.jsonl")


def test_empty_file(tmp_path):
    (tmp_path / "vacio.jsonl").write_text("\n  \n", encoding="utf-8")
    with pytest.raises(CourseError, match="está vacío"):
        load_file(tmp_path / "vacio.jsonl")


def test_malformed_json_line_names_file_and_line(tmp_path):
    p = write_jsonl(tmp_path / "datos.jsonl", rows(10))
    lines = p.read_text(encoding="utf-8").splitlines()
    lines[6] = lines[6].rstrip("}")                       # línea 7 sin la llave de cierre
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CourseError) as e:
        load_file(p, labels=LABELS)
    assert "línea 7" in str(e.value) and "datos.jsonl" in str(e.value) and "JSON" in str(e.value)


def test_json_array_is_not_json_lines(tmp_path):
    p = tmp_path / "lista.json"
    p.write_text(json.dumps(rows(3)), encoding="utf-8")
    with pytest.raises(CourseError, match="JSON Lines"):
        load_file(p)


def test_missing_field(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [*rows(3), {"mensaje": "hola", "label": "legitimo"}])
    with pytest.raises(CourseError, match=r"línea 4: falta el campo «text»"):
        load_file(p)
    assert len(load_file(write_jsonl(tmp_path / "m.jsonl", [{"mensaje": "hola", "label": "legitimo"}]),
                         text_field="mensaje")) == 1


def test_empty_text(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [*rows(2), {"text": "   ", "label": "legitimo"}])
    with pytest.raises(CourseError, match=r"línea 3: el texto .* vacío"):
        load_file(p)


def test_unknown_label(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [*rows(5), {"text": "Gana un iPhone", "label": "spam"}])
    with pytest.raises(CourseError, match=r"línea 6: etiqueta desconocida «spam»") as e:
        load_file(p, labels=LABELS)
    assert "phishing" in e.value.fix
    assert len(load_file(p)) == 6                          # sin `labels` no se comprueban


def test_unknown_extension(tmp_path):
    (tmp_path / "d.txt").write_text("hola", encoding="utf-8")
    with pytest.raises(CourseError, match="extensión"):
        load_file(tmp_path / "d.txt")


def test_csv_input(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text('text,label\n"Hola, ¿qué tal?",legitimo\n"Paga ya en pago-falso.top\ncon tu tarjeta",phishing\n'
                 "NA,legitimo\n", encoding="utf-8")
    ds = load_file(p, labels=LABELS)
    assert ds.num_rows == 3 and ds["label"] == ["legitimo", "phishing", "legitimo"]
    assert ds[0]["text"] == "Hola, ¿qué tal?" and "\n" in ds[1]["text"] and ds[2]["text"] == "NA"
    bad = tmp_path / "b.csv"
    bad.write_text("text,label\nhola,legitimo\n,phishing\n", encoding="utf-8")
    with pytest.raises(CourseError, match="línea 3"):
        load_file(bad)
    excel = tmp_path / "excel.csv"                         # UTF-8 con BOM, como lo guarda Excel
    excel.write_text("text,label\nhola,legitimo\n", encoding="utf-8-sig")
    assert load_file(excel, labels=LABELS)["text"] == ["hola"]
    nocol = tmp_path / "c.csv"
    nocol.write_text("mensaje,label\nhola,legitimo\n", encoding="utf-8")
    with pytest.raises(CourseError, match="falta la columna «text»"):
        load_file(nocol)


def test_input_file_is_not_modified(tmp_path):
    p = write_jsonl(tmp_path / "mios.jsonl", rows(30))
    before = hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns
    load_file(p, labels=LABELS)
    broken = tmp_path / "roto.jsonl"
    broken.write_bytes(p.read_bytes() + b'{"text": "sin cerrar"\n')
    broken_bytes = broken.read_bytes()
    with pytest.raises(CourseError):
        load_file(broken, labels=LABELS)
    assert (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) == before
    assert broken.read_bytes() == broken_bytes
    assert sorted(x.name for x in tmp_path.iterdir()) == ["mios.jsonl", "roto.jsonl"]   # nada escrito al lado


def test_stratification_keeps_label_shares():
    ds = Dataset.from_list(rows(400, share=0.2))
    parts = split_data(ds, SPEC, test_size=0.15, val_size=0.15, seed=42)
    assert sum(p.num_rows for p in parts.values()) == 400
    for name, part in parts.items():
        share = Counter(part["label"])["phishing"] / part.num_rows
        assert abs(share - 0.2) <= 0.05, (name, share)
    assert abs(parts["test"].num_rows - 60) <= 1 and abs(parts["validation"].num_rows - 60) <= 1
    assert not set(parts["train"]["text"]) & set(parts["test"]["text"])


def test_same_seed_same_split_other_seed_other_split():
    ds = Dataset.from_list(rows(200))
    a, b, c = (split_data(ds, SPEC, seed=s) for s in (42, 42, 1))
    for name in ("train", "validation", "test"):
        assert a[name]["text"] == b[name]["text"]
    assert a["test"]["text"] != c["test"]["text"]


def test_split_rejects_bad_sizes_and_tiny_classes():
    ds = Dataset.from_list(rows(50))
    with pytest.raises(CourseError, match="fracción"):
        split_data(ds, SPEC, test_size=0)
    with pytest.raises(CourseError, match="se quedan con todo"):
        split_data(ds, SPEC, test_size=0.6, val_size=0.4)
    with pytest.raises(CourseError, match="menos de 3"):
        split_data(Dataset.from_list(rows(10, share=0.1)), SPEC)


def test_validate_data_reports_and_raises():
    r = rows(20)
    dsd = DatasetDict(train=Dataset.from_list(r[:15] + r[:2]), test=Dataset.from_list(r[14:]))
    rep = validate_data(dsd, SPEC)
    assert rep.duplicates["train"] == 2 and rep.leakage["train/test"] == 1 and not rep.ok
    assert "Fuga" in repr(rep) and "<table" in rep._repr_html_()
    with pytest.raises(CourseError, match="Fuga"):
        validate_data(dsd, SPEC, strict=True)
    with pytest.raises(CourseError, match="vacíos"):
        validate_data(Dataset.from_list([*r[:3], {"text": " ", "label": "phishing"}]), SPEC)
    with pytest.raises(CourseError, match="no conoce"):
        validate_data(Dataset.from_list([*r[:3], {"text": "x", "label": "spam"}]), SPEC)
    rare = validate_data(Dataset.from_list(rows(100, share=0.05)), SPEC)
    assert any("solo un" in w for w in rare.warnings)
    assert drop_duplicates(dsd["train"], SPEC).num_rows == 15


@pytest.mark.parametrize("task", ["phishing", "inyeccion"])
def test_shipped_task_data(task):
    spec = get_task(task)
    if not asset_path(spec.data, "train.jsonl", must_exist=False).exists():
        pytest.skip(f"los datos de «{task}» aún no están en assets/")
    dsd = load_task_data(task)
    assert list(dsd) == ["train", "validation", "test"]
    rep = validate_data(dsd, spec)
    assert all(v == 0 for v in rep.leakage.values())
    assert set(dsd["train"]["label"]) == set(spec.labels)


def test_task_without_data():
    with pytest.raises(CourseError, match="no tiene datos"):
        load_task_data(TaskSpec("mia", ["a", "b"], "b"))


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer
    from finetune_course.core import load_pretrained
    return load_pretrained(AutoTokenizer, "minilm")


def test_tokenize_data(tokenizer):
    ds = Dataset.from_list(rows(20) + [{"text": "palabra " * 300, "label": "legitimo"}])
    out = tokenize_data(DatasetDict(train=ds), tokenizer, SPEC, max_length=32)["train"]
    assert {"input_ids", "attention_mask", "labels"} <= set(out.column_names) and "text" not in out.column_names
    assert out["labels"] == [SPEC.label2id[l] for l in ds["label"]]
    lens = [len(x) for x in out["input_ids"]]
    assert max(lens) == 32 and len(set(lens)) > 1                                   # recorta, no rellena
    with pytest.raises(CourseError, match="al menos 8"):
        tokenize_data(ds, tokenizer, SPEC, max_length=0)
    L = token_lengths(ds, tokenizer, SPEC)
    assert L[-1] > 300
    cost = truncation_cost(L, (32, 4096))
    assert cost.loc[4096, "ejemplos recortados"] == 0 and cost.loc[32, "tokens perdidos"] > 0
