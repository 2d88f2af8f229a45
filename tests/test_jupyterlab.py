"""JupyterLab arranca sin pantalla en un puerto local, responde en /lab, tiene la extensión de ipywidgets
y se detiene el servidor que arrancó esta prueba (por su PID)."""
import json, os, signal, socket, subprocess, sys, time, urllib.request

from conftest import ROOT


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def test_jupyterlab_serves_lab_with_widgets(tmp_path):
    port = free_port()
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"), "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg")}
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
           "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.port_retries=0", f"--notebook-dir={ROOT}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        base, status, body = f"http://127.0.0.1:{port}", None, ""
        deadline = time.time() + 90
        while time.time() < deadline:
            assert proc.poll() is None, proc.stdout.read().decode(errors="replace")[-2000:]
            try:
                with urllib.request.urlopen(f"{base}/lab", timeout=5) as r:
                    status, body = r.status, r.read().decode(errors="replace")
                break
            except OSError:
                time.sleep(1)
        assert status == 200, "JupyterLab no respondió en /lab"
        assert "JupyterLab" in body
        with urllib.request.urlopen(f"{base}/lab/api/extensions", timeout=10) as r:
            exts = {e["name"].lstrip("@").replace("/", "-") for e in json.load(r)}
        assert "jupyter-widgets-jupyterlab-manager" in exts, sorted(exts)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try: proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL); proc.wait(timeout=10)
    assert proc.poll() is not None
