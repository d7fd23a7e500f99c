"""Regexes compiled at first use (dataexam.lazyrx; issue 16): the import of the inference compiles none of the
patterns only some inputs need, and a stand-in reads as the compiled pattern it stands for."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys

from dataexam.lazyrx import LazyPattern, lazy_compile


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once():
    rx = lazy_compile(r"\b(\d{1,2})\s*-\s*(\d{1,2})\s*(months?)\b", re.IGNORECASE)
    assert rx._compiled is None
    m = rx.search("Strampler 3-6 Months, blau")
    assert m is not None and m.groups() == ("3", "6", "Months")
    compiled = rx._compiled
    assert compiled is not None and rx.sub("#", "0-3 months") == "#" and rx.findall("x") == []
    assert rx._compiled is compiled and rx.pattern == compiled.pattern and rx.flags == compiled.flags
    again = pickle.loads(pickle.dumps(rx))
    assert isinstance(again, LazyPattern) and again.search("12 - 18 months").group(1) == "12"
    assert copy.deepcopy(rx).match("1-2 month").group(3) == "month"


def test_importing_the_inference_compiles_no_pattern_an_input_may_never_need():
    code = ("import dataexam.inference, dataexam.special_terms as st, dataexam.inference.household as h, "
            "dataexam.inference.lifedeclared as ld, dataexam.inference.lifeposts as lp; "
            "pats = [st.MASS_AT_TIME, st.SERVICE_WORDS, st.EVERYDAY_PATTERNS['animals'].rx, h._AGE_SIZE, "
            "*(rx for _, rx in ld._TYPES), *lp._PATTERNS.values()]; "
            "print(sum(p._compiled is not None for p in pats), len(pats))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 20


def test_no_everyday_pattern_is_compiled_by_the_import_and_each_reads_its_class_once_used():
    # the strike patterns (things, an owner's things, travellers', sports') were compiled at import: ~0.07 s of CPU a
    # run (most of the report's regex compiling) for texts that never say "strike", "grève" or "huelga"
    code = ("import dataexam.inference, dataexam.special_terms as st; "
            "pats = [q for p in st.EVERYDAY_PATTERNS.values() for q in (p.rx, p.needs) if q is not None]; "
            "print(sum(not hasattr(q, '_compiled') or q._compiled is not None for q in pats), len(pats))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 20
    from dataexam.special_terms import EVERYDAY_PATTERNS, everyday_spans
    for name, text in (("things on strike (en)", "my laptop is on strike again"),
                       ("travellers' strikes", "strike at the airport, flight cancelled"),
                       ("sports' strikes", "got a strike in the last frame")):
        assert EVERYDAY_PATTERNS[name].rx.search(text) is not None, name
        assert everyday_spans(text), name
