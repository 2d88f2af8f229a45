"""El repositorio está en orden: README generado, .ci/run ejecuta la orden de pruebas del README."""
import json, re, subprocess, sys

from conftest import ROOT


def readme_test_command():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    cmds = [l for l in re.findall(r"```sh\n(.*?)\n```", text, re.S) if "pytest" in l]
    assert len(cmds) == 1, cmds
    return cmds[0].strip()


def test_readme_is_generated_from_index():
    r = subprocess.run([sys.executable, "tools/build_readme.py", "--check"], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_test_command() in ci.splitlines()


def test_readme_test_command_covers_all_notebooks_and_pytest():
    cmd = readme_test_command()
    assert "nbdev-test" in cmd and "pytest" in cmd and "HF_HUB_OFFLINE=1" in cmd


def test_index_links_every_chapter():
    "La tabla de capítulos de `nbs/index.ipynb` (y del README) enlaza cada cuaderno de `nbs/` y nada que no exista."
    import re
    nb = json.loads((ROOT / "nbs" / "index.ipynb").read_text(encoding="utf-8"))
    text = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    linked = set(re.findall(r"\]\(([\w]+\.ipynb)\)", text))
    chapters = {p.name for p in (ROOT / "nbs").glob("*.ipynb") if p.stem != "index"}
    assert chapters - linked == set(), f"capítulos sin enlace en el índice: {sorted(chapters - linked)}"
    assert linked - chapters == set(), f"enlaces a cuadernos que no existen: {sorted(linked - chapters)}"
