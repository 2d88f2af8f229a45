import os, shutil, sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Los ejecutables instalados junto al intérprete (`finetune-course`, `jupyter`...) tienen prioridad.
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")


@pytest.fixture(scope="session")
def root():
    return ROOT


def chromium():
    "Ruta de Chromium o None."
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
