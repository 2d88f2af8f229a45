"""Receta ingenua frente a la receta por defecto del curso: misma tarea, datos, epochs y tamaño de lote.

Uso:
    python benchmarks/train_speed.py            # todo el conjunto de entrenamiento de phishing, 3 epochs
    python benchmarks/train_speed.py --quick    # 400 ejemplos, 1 epoch (comprobación rápida)
    python benchmarks/train_speed.py --examples 800 --epochs 2   # un subconjunto

Imprime ejemplos/s de cada receta, su cociente y el F1 macro en prueba de ambas, y lo guarda en
`benchmarks/results/train_speed.json` (el capítulo 08 muestra esa tabla). En una GPU funciona igual.

- Ingenua (la de los tutoriales habituales): relleno de todos los ejemplos a 128 tokens, fp32, orden aleatorio,
  todos los pesos entrenables.
- Por defecto (`TrainConfig()`): relleno dinámico por lote, lotes agrupados por longitud, tabla de embeddings de
  palabras y dos capas más bajas congeladas, y autocast bf16 donde el hardware lo soporta (se comprueba al ejecutar).
  Las dos usan AdamW fusionado, el optimizador por defecto de `transformers`.
"""
import argparse, json, os, platform, sys, tempfile, time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from finetune_course.steps.config import TrainConfig, use_bf16
from finetune_course.core import pick_device
from finetune_course.steps.train import finetune

RESULTS = Path(__file__).parent / "results" / "train_speed.json"


def recipes(epochs, batch_size, lr):
    common = dict(epochs=epochs, batch_size=batch_size, lr=lr, max_length=128, seed=42)
    return {"ingenua": TrainConfig(dynamic_padding=False, group_by_length=False, bf16=False, freeze_embeddings=False,
                                   freeze_layers=0, **common),
            "por defecto": TrainConfig(**common)}


def run(name, cfg, n, out):
    load0 = os.getloadavg()[0]
    from dataclasses import replace
    res = finetune("phishing", config=replace(cfg, max_train_examples=n), output_dir=out, progress=False,
                   save_checkpoints=False)
    ex = res.train_examples * cfg.epochs
    return {"receta": name, "ejemplos": res.train_examples, "epochs": cfg.epochs, "batch_size": cfg.batch_size,
            "relleno": "dinámico" if cfg.dynamic_padding else f"fijo a {cfg.max_length}",
            "agrupado por longitud": cfg.group_by_length, "embeddings congelados": cfg.freeze_embeddings,
            "capas congeladas": cfg.freeze_layers,
            "bf16": use_bf16(cfg),
            "segundos": round(res.train_seconds, 1), "ejemplos/s": round(ex / res.train_seconds, 2),
            "f1_test": round(res.metrics["test"]["f1_macro"], 4),
            "carga media (inicio/fin)": f"{load0:.1f}/{os.getloadavg()[0]:.1f}"}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="400 ejemplos y 1 epoch")
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--examples", type=int, help="usar solo estos ejemplos de entrenamiento (por defecto, todos)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=TrainConfig().lr)
    ap.add_argument("--output", default=str(RESULTS), help="JSON de resultados")
    a = ap.parse_args(argv)
    n, epochs = (400, 1) if a.quick else (a.examples, a.epochs)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, cfg in recipes(epochs, a.batch_size, a.lr).items():
            rows.append(run(name, cfg, n, Path(tmp) / name.replace(" ", "_")))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    naive, fast = rows
    summary = {"speedup": round(fast["ejemplos/s"] / naive["ejemplos/s"], 2),
               "f1_diferencia": round(fast["f1_test"] - naive["f1_test"], 4),
               "dispositivo": pick_device().reason, "cpu": platform.processor() or platform.machine(),
               "nucleos": os.cpu_count(), "fecha": time.strftime("%Y-%m-%d %H:%M"), "quick": a.quick, "recetas": rows}
    print(f"\nReceta por defecto: {summary['speedup']}× más rápida que la ingenua; "
          f"F1 en prueba {fast['f1_test']} frente a {naive['f1_test']} (diferencia {summary['f1_diferencia']:+}).")
    out = Path(a.output); out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


if __name__ == "__main__":
    main()
