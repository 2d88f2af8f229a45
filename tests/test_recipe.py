"""La receta entera vive en `TrainConfig` (también qué se entrena y cuántos ejemplos), se guarda con el modelo, se
pone desde la CLI y la ficha del modelo la cuenta."""
import json

import pytest

from conftest import run_cli
from finetune_course.core import CourseError
from finetune_course.steps.config import TrainConfig, config_from_dict, config_to_dict
from finetune_course.steps.train import finetune
from finetune_course.security.ethics import trained_part


def test_recipe_fields_are_validated():
    with pytest.raises(CourseError, match="elige una"): TrainConfig(lora=True, random_init=True)
    with pytest.raises(CourseError, match="al menos 2"): TrainConfig(max_train_examples=1)
    with pytest.raises(CourseError, match="True o False"): TrainConfig(lora="sí")
    with pytest.raises(CourseError, match="lora_r"): TrainConfig(lora=True, lora_r=0)
    cfg = TrainConfig(lora=True, lora_r=4, max_train_examples=10)
    assert config_from_dict(config_to_dict(cfg)) == cfg


def test_finetune_takes_the_whole_recipe_from_the_config(tmp_path):
    cfg = TrainConfig(epochs=1, max_length=16, lora=True, lora_r=4, max_train_examples=24, freeze_layers=0)
    res = finetune("phishing", model="minilm", config=cfg, output_dir=tmp_path/"m", progress=False,
                   save_checkpoints=False, evaluate_test=False)
    assert res.train_examples == 24
    saved = json.loads((tmp_path/"m"/"train_config.json").read_text())
    assert saved["lora"] is True and saved["lora_r"] == 4 and saved["max_train_examples"] == 24
    assert "LoRA de rango 4" in trained_part(saved)
    with pytest.raises(TypeError): finetune("phishing", lora=True)          # ya no es un argumento suelto


def test_cli_sets_the_recipe(tmp_path):
    r = run_cli("train", "--task", "phishing", "--model", "minilm", "--output", tmp_path/"m", "--epochs", "1",
                "--max-length", "16", "--max-train-examples", "16", "--freeze-base")
    assert r.returncode == 0, r.stderr[-2000:]
    saved = json.loads((tmp_path/"m"/"train_config.json").read_text())
    assert saved["freeze_base"] is True and saved["max_train_examples"] == 16 and not saved["lora"]
    r = run_cli("train", "--task", "phishing", "--output", tmp_path/"x", "--lora", "--random-init")
    assert r.returncode == 2 and "elige una" in r.stderr
