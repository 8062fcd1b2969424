"""The shape of extraction's code: small modules and functions, no word lists in the
rules (their words are data under kg/data/vocab), a pipeline whose components declare
what they read and write, and no module importing a later stage."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from kg.extract.components import PIPELINE
from kg.extract.driver import analyze
from kg.text import vocabulary

KG = Path(__file__).resolve().parent.parent / "kg"
HAN = re.compile(r"[\u3400-\u9fff]")
# The structural markers kg/extract may name in code (kg/extract/lexicon.py): the
# possessive particle and the conjunction between or inside names.
MARKERS = {"的", "和"}


def _modules(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (KG / part).rglob("*.py"))


def _han_literals(path: Path) -> list[tuple[int, str]]:
    """String constants with Chinese characters, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docs and HAN.search(node.value)]


def test_no_word_lists_in_extraction_code():
    found = {f"{p.relative_to(KG)}:{line}": s for p in _modules("extract") for line, s in _han_literals(p)}
    assert set(found.values()) <= MARKERS, {k: v for k, v in found.items() if v not in MARKERS}
    assert all(k.startswith("extract/lexicon.py:") for k in found), found  # named once


def test_no_word_lists_in_the_places_code():
    found = {f"{p.relative_to(KG)}:{line}": s for p in _modules("places") for line, s in _han_literals(p)}
    found.update({f"gazetteer.py:{line}": s for line, s in _han_literals(KG / "gazetteer.py")})
    assert not found


def test_modules_and_functions_stay_small():
    too_long = []
    for p in _modules("extract", "text", "places") + [KG / "gazetteer.py"]:
        src = p.read_text(encoding="utf-8")
        if len(src.splitlines()) > 600:
            too_long.append(f"{p.relative_to(KG)}: {len(src.splitlines())} lines")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > 60:
                    too_long.append(f"{p.relative_to(KG)}:{node.name}: {n} lines")
    assert not too_long


def test_every_vocabulary_file_is_read_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in KG.rglob("*.py"))
    unused = [str(f.relative_to(vocabulary.VOCAB)) for f in vocabulary.VOCAB.rglob("*.t[sx][vt]")
              if f'"{f.relative_to(vocabulary.VOCAB).with_suffix("")}"' not in code
              and f"'{f.relative_to(vocabulary.VOCAB).with_suffix('')}'" not in code]
    assert not unused


def test_the_pipeline_declares_and_satisfies_what_each_component_reads():
    rows = analyze(PIPELINE)
    assert [r["problems"] for r in rows] == [[] for _ in rows]
    assert all(r["writes"] for r in rows)  # every component says what it writes
    assert len({r["name"] for r in rows}) == len(rows)
    assert rows[-1]["writes"] == ("extraction",)


def test_lower_stages_do_not_import_higher_ones():
    """kg.text imports neither places nor extraction; places do not import extraction."""
    def imports(paths: list[Path]) -> set[str]:
        out = set()
        for p in paths:
            for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    out.add("." * node.level + (node.module or ""))
                elif isinstance(node, ast.Import):
                    out.update(a.name for a in node.names)
        return out
    text = imports(_modules("text"))
    assert not {m for m in text if "places" in m or "extract" in m or "gazetteer" in m}
    places = imports(_modules("places") + [KG / "gazetteer.py"])
    assert not {m for m in places if "extract" in m}
