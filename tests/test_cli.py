"""La línea de comandos en un proceso aparte, como la usaría una persona."""
import subprocess, sys


def run(*args, **kw):
    return subprocess.run(["finetune-course", *args], capture_output=True, text=True, timeout=120, **kw)


def test_env_reports_environment():
    r = run("env", "--no-network")
    assert r.returncode == 0, r.stderr
    for key in ("Python", "PyTorch", "Transformers", "bf16", "Modelos incluidos", "minilm"):
        assert key in r.stdout


def test_no_subcommand_shows_help_and_fails():
    r = run()
    assert r.returncode == 2
    assert "SUBCOMANDO" in r.stdout


def test_course_error_is_printed_without_traceback():
    code = ("import sys\nfrom finetune_course import cli\nfrom finetune_course.core import CourseError\n"
            "def boom(args): raise CourseError('Algo falló.', 'Haz esto otro.')\n"
            "cli.cmd_env = boom\nsys.exit(cli.main(['env']))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "Error: Algo falló." in r.stderr and "Cómo arreglarlo: Haz esto otro." in r.stderr
    assert "Traceback" not in r.stderr
