"""¿Compensa recortar el vocabulario de `e5-small` a las piezas que usa el español? Tamaño, carga, velocidad y AdamW.

Uso:
    python benchmarks/e5_vocab_pruning.py            # unos 2 minutos con 1 hilo

El vocabulario recortado es el del apéndice 00b: las piezas que salen al tokenizar los `train` de todos los datos
del curso (textos, preguntas y respuestas, con el prefijo «passage: »), más todos los caracteres sueltos (para que ningún carácter conocido pase a
ser `<unk>`), las cuatro especiales y `<mask>`. Se compara con el modelo completo en:

- `textos_no_vistos_iguales`: cuántos textos de `validation` y `test` se tokenizan igual con las dos variantes;
- `mb_en_disco` y segundos de carga (`from_pretrained` del modelo y del tokenizador; mediana de 3, tras una carga
  de calentamiento, con el fichero ya en la caché del sistema);
- `ms_hacia_delante`: mediana de 5 pasadas de 16 mensajes de 55–65 tokens (sin gradiente);
- `ms_paso_adamw`: mediana de 3 pasos de entrenamiento (hacia delante, hacia atrás y AdamW) de
  `AutoModelForSequenceClassification` con esos 16 mensajes, y la memoria del gradiente y de los dos momentos de
  AdamW de los parámetros entrenables. La variante «completo, embeddings congelados» congela
  `embeddings.word_embeddings`.

Todo con un hilo (`torch.set_num_threads(1)`) para que la medida no dependa de otros procesos; escribe
`benchmarks/results/e5_vocab_pruning.json`.
"""
import json, os, platform, statistics, tempfile, time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import pandas as pd
import torch
from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer
from transformers.utils import logging as hf_logging

from finetune_course.core import asset_path
from finetune_course.e5 import TOKENIZER_CONFIG, e5_small_path, e5_tokenizer, read_e5_file

OUT = Path(__file__).parent / "results" / "e5_vocab_pruning.json"


DATASETS = ("phishing", "inyeccion", "seguridad", "tareas", "corpus")   # conjuntos medidos (los de clasificar e instruir)

def course_texts(split):
    dirs = [asset_path(d) for d in DATASETS]
    frames = [pd.read_json(p / f"{split}.jsonl", lines=True) for p in dirs]
    return [t for df in frames for col in ("text", "prompt", "respuesta") if col in df for t in df[col]]


def spanish_keep(f, tok, train):
    used = {i for e in tok.encode_batch(["passage: " + t for t in train]) for i in e.ids}
    singles = {i for i, p in enumerate(f["pieces"]) if len(p) == 1}
    return sorted(used | singles | set(range(4)) | {len(f["pieces"]) - 1})


def write_pruned(full_dir, f, keep, dest):
    "Carpeta con la tabla de embeddings y el tokenizador recortados a `keep`."
    model = AutoModel.from_pretrained(full_dir)
    emb = torch.nn.Embedding(len(keep), model.config.hidden_size, padding_idx=model.config.pad_token_id)
    emb.weight.data = model.embeddings.word_embeddings.weight.data[keep].clone()
    model.embeddings.word_embeddings = emb
    model.config.vocab_size = len(keep)
    model.save_pretrained(dest)
    g = dict(f, pieces=[f["pieces"][i] for i in keep], scores=f["scores"][keep],
             **{k: keep.index(f[k]) for k in ("bos", "eos", "pad", "unk")})
    e5_tokenizer(g).save(str(Path(dest) / "tokenizer.json"))
    (Path(dest) / "tokenizer_config.json").write_text(json.dumps(TOKENIZER_CONFIG), encoding="utf-8")


def median_time(fn, repeats, warmup=1):
    for _ in range(warmup): fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter(); fn(); times.append(time.perf_counter() - t0)
    return statistics.median(times)


def batch_of_16(tokenizer, texts):
    "16 mensajes que dan entre 55 y 65 tokens, con relleno al más largo."
    chosen = [t for t in texts if 55 <= len(tokenizer("passage: " + t).input_ids) <= 65][:16]
    assert len(chosen) == 16
    return tokenizer(["passage: " + t for t in chosen], padding=True, return_tensors="pt")


def train_step_ms(folder, batch, freeze_embeddings=False):
    torch.manual_seed(0)
    model = AutoModelForSequenceClassification.from_pretrained(folder, num_labels=2)
    if freeze_embeddings: model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=2e-5)
    labels = torch.arange(len(batch["input_ids"])) % 2

    def step():
        opt.zero_grad(set_to_none=False)
        model(**batch, labels=labels).loss.backward()
        opt.step()
    ms = median_time(step, repeats=3) * 1000
    trainable = sum(p.numel() for p in params)
    return ms, trainable, trainable * 3 * 4 / 1e6    # gradiente + dos momentos de AdamW, float32


def measure(name, folder, batch_texts, freeze=False):
    folder = Path(folder)
    load_model = median_time(lambda: AutoModel.from_pretrained(folder), repeats=3)
    load_tok = median_time(lambda: AutoTokenizer.from_pretrained(folder), repeats=3)
    tokenizer, model = AutoTokenizer.from_pretrained(folder), AutoModel.from_pretrained(folder).eval()
    batch = batch_of_16(tokenizer, batch_texts)
    with torch.inference_mode():
        fwd = median_time(lambda: model(**batch), repeats=5) * 1000
    step, trainable, adam_mb = train_step_ms(folder, batch, freeze)
    return dict(variante=name, piezas=tokenizer.backend_tokenizer.get_vocab_size(with_added_tokens=False),
                mb_en_disco=round(sum(p.stat().st_size for p in folder.iterdir()) / 1e6, 1),
                s_carga_modelo=round(load_model, 3), s_carga_tokenizador=round(load_tok, 3),
                tokens_lote=int(batch["attention_mask"].sum()), ms_hacia_delante=round(fwd, 1),
                entrenables_m=round(trainable / 1e6, 2), mb_gradiente_y_adamw=round(adam_mb, 0),
                ms_paso_adamw=round(step, 1))


def main():
    torch.set_num_threads(1)
    hf_logging.set_verbosity_error(); hf_logging.disable_progress_bar()
    full_dir, f = e5_small_path(), read_e5_file()
    tok = e5_tokenizer(f)
    train, held = course_texts("train"), course_texts("validation") + course_texts("test")
    keep = spanish_keep(f, tok, train)
    with tempfile.TemporaryDirectory() as d:
        write_pruned(full_dir, f, keep, d)
        ptok = AutoTokenizer.from_pretrained(d).backend_tokenizer
        new_id = {old: new for new, old in enumerate(keep)}
        same = sum([new_id.get(i, -1) for i in a.ids] == b.ids
                   for a, b in zip(tok.encode_batch(held), ptok.encode_batch(held)))
        rows = [measure("completo", full_dir, held), measure("completo, embeddings congelados", full_dir, held, True),
                measure("recortado", d, held)]
    for r in rows[1:2]: r.update(mb_en_disco=None, s_carga_modelo=None, s_carga_tokenizador=None)   # misma carpeta
    out = dict(script="benchmarks/e5_vocab_pruning.py", maquina=f"{platform.processor() or platform.machine()}",
               hilos=torch.get_num_threads(), torch=torch.__version__, piezas_completo=len(f["pieces"]),
               piezas_recortado=len(keep), textos_train=len(train), textos_no_vistos=len(held),
               textos_no_vistos_iguales=same, filas=rows)
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(pd.DataFrame(rows).set_index("variante").to_string())
    print(f"no vistos tokenizados igual: {same} de {len(held)}")


if __name__ == "__main__":
    main()
