"""Los cuestionarios de todo el curso: opciones barajadas con una semilla fija, respuestas repartidas entre las
posiciones (ninguna posición con más del 40 %) y preguntas bien formadas."""
import ast, json
from collections import Counter
from pathlib import Path

from finetune_course.quiz import Question

ROOT = Path(__file__).resolve().parents[1]


def _value(node):
    "Valor literal de un nodo, también de un f-string (sus huecos se leen como el código que los calcula)."
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}" for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)): return [_value(e) for e in node.elts]
    try: return ast.literal_eval(node)
    except ValueError: return "{" + ast.unparse(node) + "}"        # un valor calculado en el cuaderno


def course_questions():
    "(cuaderno, `Question`) de cada pregunta escrita en los cuadernos del curso."
    out = []
    for nb in sorted((ROOT / "nbs").glob("*.ipynb")):
        for c in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            src = "".join(c["source"])
            if c["cell_type"] != "code" or src.startswith("#| export"): continue
            for node in ast.walk(ast.parse(src)):
                target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
                if (isinstance(node, (ast.Assign, ast.AugAssign)) and getattr(target, "id", None) == "QUESTIONS"
                        and isinstance(node.value, ast.List)):     # preguntas como tuplas (cuestionario final)
                    out += [(nb.name, Question(*_value(e))) for e in node.value.elts]
                if "Quiz(" not in src: continue
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Question":
                    if any(isinstance(a, ast.Starred) for a in node.args): continue     # argumentos calculados
                    args = [_value(a) for a in node.args] + [None] * 4
                    kw = {k.arg: _value(k.value) for k in node.keywords}
                    fields = dict(zip(("text", "options", "answer", "explanation"), args))
                    fields.update(kw)
                    out.append((nb.name, Question(**{k: v for k, v in fields.items() if v is not None})))
                elif isinstance(node, ast.Dict) and {"text", "options", "answer"} <= {getattr(k, "value", None) for k in node.keys}:
                    out.append((nb.name, Question(**{k.value: _value(v) for k, v in zip(node.keys, node.values)})))
    return out


def test_the_course_has_quizzes_in_every_chapter():
    qs = course_questions()
    assert len(qs) >= 60, len(qs)
    chapters = {nb for nb, _ in qs}
    for n in ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15"]:
        assert any(nb.startswith(n + "_") for nb in chapters), n


def test_no_answer_position_holds_more_than_40_percent():
    qs = [q for _, q in course_questions()]
    shown = Counter(q.position for q in qs)
    worst, count = shown.most_common(1)[0]
    assert count / len(qs) <= 0.40, f"la posición {worst} tiene {count} de {len(qs)} respuestas: {dict(shown)}"
    for n_options in {len(q.options) for q in qs}:      # y dentro de cada tamaño de pregunta
        same = [q.position for q in qs if len(q.options) == n_options]
        if len(same) >= 10:
            assert Counter(same).most_common(1)[0][1] / len(same) <= 0.5, (n_options, Counter(same))


def test_every_question_has_an_explanation():
    for nb, q in course_questions():
        assert len(q.explanation) >= 20, (nb, q.text)
