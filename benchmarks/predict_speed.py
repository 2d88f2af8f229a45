"""Velocidad y memoria de `finetune-course predict` (streaming, lotes por longitud, bf16 si la CPU lo soporta) frente al
bucle ingenuo (un texto cada vez, fp32), en la misma ejecución y la misma máquina.

Uso: `python benchmarks/predict_speed.py [--model minilm] [--n 20000] [--naive 400]`. Escribe
`benchmarks/results/predict_speed_<modelo>.json`.
Cada medición corre en un proceso aparte para que su pico de memoria (RSS) sea solo suyo."""
import argparse, json, os, platform, random, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_PREDICT = r"""
import resource, sys, time
from finetune_course.cli import main
t0 = time.perf_counter(); code = main(sys.argv[1:]); secs = time.perf_counter() - t0
print(code, secs, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

CHILD_NAIVE = r"""
import json, resource, sys, time, torch
from finetune_course.steps.train import load_finetuned
model, tok, spec = load_finetuned(sys.argv[1])
texts = [json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8")][:int(sys.argv[3])]
t0 = time.perf_counter()
with torch.no_grad():
    for t in texts:                                   # un texto cada vez, fp32, sin ordenar ni agrupar
        enc = tok(t, truncation=True, max_length=tok.model_max_length, return_tensors="pt")
        model(**enc).logits.softmax(-1)
secs = time.perf_counter() - t0
print(0, secs, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

def messages(n:int, seed:int=0) -> list:
    "`n` mensajes de longitudes variadas: los del curso, solos o encadenados de 2 a 4 (correos largos)."
    pool = []
    for task in ("phishing", "inyeccion"):
        for split in ("train", "validation", "test"):
            pool += [json.loads(l)["text"] for l in open(ROOT/f"finetune_course/assets/{task}/{split}.jsonl", encoding="utf-8")]
    rng = random.Random(seed)
    return [rng.choice(pool) if rng.random() < 0.8 else "\n\n".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(n)]

def child(code:str, *args) -> tuple:
    r = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip(): raise SystemExit(r.stderr[-3000:])
    rc, secs, rss = r.stdout.split()[-3:]
    if int(rc) != 0: raise SystemExit(r.stderr[-3000:])
    return float(secs), float(rss)

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=20000, help="mensajes para predict")
    ap.add_argument("--naive", type=int, default=400, help="mensajes para el bucle ingenuo (es lento)")
    ap.add_argument("--model", default="e5-small", help="modelo base (por defecto, el del curso)")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="predict-speed-"))
    from finetune_course.steps.train import finetune
    from finetune_course.steps.config import TrainConfig
    res = finetune("phishing", model=a.model, config=TrainConfig(epochs=1, max_train_examples=256), output_dir=tmp/"modelo",
                   progress=False, evaluate_test=False)   # la velocidad no depende del acierto
    inp = tmp/"mensajes.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for i, t in enumerate(messages(a.n)): f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    secs, rss = child(CHILD_PREDICT, "predict", "--model", tmp/"modelo", "--input", inp, "--output", tmp/"pred.jsonl")
    n_out = sum(1 for _ in open(tmp/"pred.jsonl", encoding="utf-8"))
    assert n_out == a.n, (n_out, a.n)
    nsecs, nrss = child(CHILD_NAIVE, tmp/"modelo", inp, a.naive)
    import torch
    out = dict(fecha=time.strftime("%Y-%m-%d"), maquina=platform.processor() or platform.machine(), nucleos=os.cpu_count(),
               hilos=torch.get_num_threads(), modelo_base=a.model, max_length=res.config.max_length,
               mensajes=a.n, predict_textos_s=round(a.n / secs, 1), predict_segundos=round(secs, 1),
               predict_pico_rss_mb=round(rss), ingenuo_mensajes=a.naive, ingenuo_textos_s=round(a.naive / nsecs, 1),
               ingenuo_pico_rss_mb=round(nrss), aceleracion=round((a.n / secs) / (a.naive / nsecs), 2),
               tokens_medios=round(sum(len(res.tokenizer(t)["input_ids"]) for t in messages(500)) / 500, 1))
    dest = ROOT/f"benchmarks/results/predict_speed_{a.model}.json"
    dest.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2, ensure_ascii=False))

if __name__ == "__main__": main()
