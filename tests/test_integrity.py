"""Carga segura y huellas (capítulo 12): inspeccionar un pickle no lo ejecuta, `safe_load_weights` solo acepta
tensores, `load_pretrained` no ejecuta código del modelo y `verify_run` detecta un byte cambiado."""
import json, pickle, shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from finetune_course.core import CourseError, load_pretrained
from finetune_course.security.safety_parameters import scan_pickle, safe_load_weights, verify_run


class Payload:
    def __init__(self, witness): self.witness = witness
    def __reduce__(self): return (Path.write_text, (self.witness, "ejecutado"))


def test_scan_pickle_flags_payload_without_running_it(tmp_path):
    witness = tmp_path / "testigo"
    torch.save({"w": torch.ones(3), "x": Payload(witness)}, tmp_path / "malo.pt")
    torch.save({"w": torch.ones(3)}, tmp_path / "bueno.pt")
    (tmp_path / "crudo.pkl").write_bytes(pickle.dumps(Payload(witness)))
    bad = scan_pickle(tmp_path / "malo.pt")
    assert not bad["segura"].all() and "pathlib" in set(bad["módulo"])
    assert scan_pickle(tmp_path / "bueno.pt")["segura"].all()
    assert "pathlib" in set(scan_pickle(tmp_path / "crudo.pkl")["módulo"])
    assert not witness.exists()
    with pytest.raises(CourseError, match="scan_pickle"):
        safe_load_weights(tmp_path / "malo.pt")
    assert not witness.exists()
    assert torch.equal(safe_load_weights(tmp_path / "bueno.pt")["w"], torch.ones(3))
    save_file({"w": torch.ones(3)}, tmp_path / "m.safetensors")
    assert torch.equal(safe_load_weights(tmp_path / "m.safetensors")["w"], torch.ones(3))
    with pytest.raises(CourseError, match="No existe"):
        scan_pickle(tmp_path / "no_existe.pt")


def test_remote_code_is_never_run(tmp_path):
    from transformers import AutoConfig
    witness = tmp_path / "testigo"
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "x-curso", "auto_map": {
        "AutoConfig": "modeling_x.XConfig"}}))
    (tmp_path / "modeling_x.py").write_text(f"from pathlib import Path\nPath({str(witness)!r}).write_text('sí')\n")
    with pytest.raises(CourseError):
        load_pretrained(AutoConfig, str(tmp_path))
    assert not witness.exists()


def test_verify_run_detects_one_changed_byte(tiny_model, tmp_path):
    report = verify_run(tiny_model)
    assert report["coincide"].all() and "model.safetensors" in report.index and "tokenizer.json" in report.index
    run = json.loads((tiny_model / "run.json").read_text())
    assert set(run["data_sha256"]) == {"train", "validation", "test"}
    copy = tmp_path / "copia"
    shutil.copytree(tiny_model, copy)
    data = bytearray((copy / "config.json").read_bytes()); data[-2] ^= 1
    (copy / "config.json").write_bytes(bytes(data))
    (copy / "tokenizer.json").unlink()
    bad = verify_run(copy).query("not coincide")
    assert sorted(bad.index) == ["config.json", "tokenizer.json"]
    assert bad.loc["tokenizer.json", "actual"] == "falta"
    with pytest.raises(CourseError, match="run.json"):
        verify_run(tmp_path)
